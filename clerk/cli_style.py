"""The command line's house-style commands (docs/house-styles.md, "Commands").

    clerk style list | show NAME | export NAME -o FILE | import FILE [--body B]
    clerk minutes ID --style NAME|FILE …

Registered by ``clerk.cli``; errors are its ``BadInput`` (exit 3) and ``Failure`` (exit 1),
one line each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(command) -> None:
    """The ``style`` command and its sub-commands; ``command`` is the CLI's maker of commands."""
    p = command("style", "house styles: list, show, export and import them")
    sub = p.add_subparsers(dest="style_command", metavar="SUBCOMMAND", required=True)

    def subcommand(name: str, help_: str) -> argparse.ArgumentParser:
        s = sub.add_parser(name, help=help_, description=help_)
        s.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help="database")
        return s

    subcommand("list", "the presets and the styles stored in the database")
    s = subcommand("show", "print a style's file (a preset or a stored style)")
    s.add_argument("name")
    s = subcommand("export", "write a style's file, to edit")
    s.add_argument("name")
    s.add_argument("-o", "--output", type=Path, required=True, help="the .toml file to write")
    s = subcommand("import", "check a style file and store it")
    s.add_argument("file", type=Path)
    s.add_argument(
        "--body", help="the body (name or id) it is for; without it, the whole organisation"
    )


def add_minutes_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", metavar="NAME|FILE", help="a house style for this run")


def cmd_style(args) -> int:
    return {"list": _list, "show": _show, "export": _export, "import": _import}[args.style_command](
        args
    )


def _errors():
    from clerk.cli import BadInput, Failure

    return BadInput, Failure


def _list(args) -> int:
    from clerk.cli import _open
    from clerk.services.styles import style_listing

    db = _open(args, lock=False)
    try:
        rows = style_listing(db)
    finally:
        db.close()
    for name, where, title in rows:
        print("\t".join(x for x in (name, where, title) if x))
    return 0


def _source(args) -> str:
    from clerk.minutes.style import StyleError, preset_names
    from clerk.services.styles import preset_for_editing, style_source

    bad_input, _ = _errors()
    try:
        if args.name in preset_names():
            return preset_for_editing(args.name)
        from clerk.cli import _open

        db = _open(args, lock=False)
        try:
            return style_source(db, args.name)
        finally:
            db.close()
    except StyleError as exc:
        raise bad_input(str(exc)) from None


def _show(args) -> int:
    sys.stdout.write(_source(args))
    return 0


def _export(args) -> int:
    from clerk.cli import write_atomic

    write_atomic(args.output, _source(args).encode("utf-8"))
    print(args.output)
    return 0


def _import(args) -> int:
    from clerk.cli import _open
    from clerk.minutes.style import StyleError
    from clerk.services.styles import import_style

    bad_input, _ = _errors()
    try:
        text = args.file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise bad_input(f"{args.file}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise bad_input(f"{args.file}: cannot be read ({exc})") from None
    db = _open(args)
    try:
        body_id = _body_id(db, args.body) if args.body else None
        name = import_style(db, text, body_id, args.file.name)
    except StyleError as exc:
        raise bad_input(f"{args.file}: {exc} (nothing was stored)") from None
    finally:
        db.close()
    print(f"{name}: stored for {args.body or 'the organisation'}")
    return 0


def _body_id(db, body: str) -> int:
    from clerk.services.bodies import list_bodies

    bad_input, _ = _errors()
    bodies = list_bodies(db)
    for b in bodies:
        if str(b.id) == body.strip() or b.name.casefold() == body.strip().casefold():
            return b.id
    names = ", ".join(b.name for b in bodies) or "none yet"
    raise bad_input(f"there is no body {body!r} (bodies: {names})")


def minutes_style(args, db, meeting_id: int):
    """The style for ``clerk minutes``: ``--style`` (a preset, a stored style or a file), else
    the meeting's body's stored style, else the organisation's, else the default preset."""
    from clerk.minutes.style import StyleError, parse_style, preset_names, read_style_file
    from clerk.services.styles import style_for_meeting, style_source

    bad_input, _ = _errors()
    chosen = getattr(args, "style", None)
    try:
        if chosen is None:
            choice = style_for_meeting(db, meeting_id)
            if choice.problem:
                print(f"clerk: note: {choice.problem}", file=sys.stderr)
            return choice.style
        path = Path(chosen)
        if chosen not in preset_names() and (path.suffix == ".toml" or path.exists()):
            return read_style_file(path)
        return parse_style(style_source(db, chosen), chosen)
    except StyleError as exc:
        raise bad_input(str(exc)) from None
