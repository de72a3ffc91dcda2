"""The command line (DESIGN.md, "Command line").

Exit status: 0 success; 2 wrong usage; 3 a bad input file or record (one line on standard
error, no traceback); 1 anything else that stops the work (database locked or unreadable,
output file cannot be written), again with one line saying what to do.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clerk import __version__, cli_after, cli_cycle, cli_style

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2, 3


class BadInput(Exception):
    """A bad input file or record: exit 3."""


class Failure(Exception):
    """Anything else that stops the command: exit 1."""


def build_parser() -> argparse.ArgumentParser:
    db_help = (
        "database file or URL (default: $CLERK_DB, else clerk.sqlite3 in the user data folder)"
    )
    parser = argparse.ArgumentParser(
        prog="clerk",
        description="Clerk: live clerking of formal meetings and their draft minutes. "
        "With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"clerk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--db", metavar="PATH|URL", help=db_help, default=argparse.SUPPRESS)
        return p

    p = command(
        "import-agenda", "read a published agenda (.txt, .docx, .odt, .pdf) into a new meeting"
    )
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="read and report, save nothing")
    p.add_argument("--json", action="store_true", help="print the meeting record found")
    p.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the meeting's date, when the agenda gives none"
    )
    p.add_argument(
        "--committee",
        metavar="NAME",
        help="the name of the body that meets, when the agenda gives none (or to correct it)",
    )

    p = command("import-record", "import a clerk.meeting/1 record; prints the new meeting id")
    p.add_argument("file", type=Path)

    p = command("export-record", "write a meeting as a clerk.meeting/1 record")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    p = command("minutes", "write the draft minutes of a meeting as a Word file")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    p.add_argument("--template", type=Path, help="a Word template in the house style")
    p.add_argument(
        "--include-exempt",
        action="store_true",
        help="put exempt items in full into the same document (it is then confidential)",
    )
    cli_style.add_minutes_option(p)
    cli_style.add_parser(command)
    cli_after.add_parsers(command)
    cli_cycle.add_parsers(command)

    p = command(
        "recover", "bring the meetings of a file set aside (…damaged-…) back into the database"
    )
    p.add_argument("file", type=Path)

    command("meetings", "list the meetings (id, date, committee, status)")
    command("check", "check the database's integrity and report it")
    return parser


def application_only(argv: list[str]) -> tuple[bool, str | None]:
    """``(True, db)`` when ``argv`` only opens the application (no command; at most ``--db``),
    read without building the parser: its thirty commands cost more than a tenth of a bare
    window's start, on the way to the first window. Anything else goes to the parser."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db="):
        return True, argv[0].removeprefix("--db=")
    return False, None


def main(argv: list[str] | None = None) -> int:
    only, db = application_only(sys.argv[1:] if argv is None else argv)
    if only:
        from clerk.gui.app import run

        return run(db_target=db)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from clerk.gui.app import run

        return run(db_target=args.db)
    try:
        return COMMANDS[args.command](args)
    except BadInput as exc:
        print(f"clerk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Failure as exc:
        print(f"clerk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("clerk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback: one line, and the work stops cleanly
        print(f"clerk: {unexpected(exc)}", file=sys.stderr)
        return EXIT_FAIL


def unexpected(exc: BaseException) -> str:
    """One line for a failure no command foresaw: a database read that failed part way (damaged
    pages, a drive gone), or a fault in Clerk itself."""
    from clerk.services.database import health

    why = health.reason(exc)
    if health.sqlite_code(exc) in (health.SQLITE_CORRUPT, health.SQLITE_NOTADB):
        return (
            f"the database could not be read ({why}): it is damaged; run `clerk check`, "
            "and open the newest backup (in the backups folder beside it) with --db"
        )
    if health.sqlite_code(exc) is not None or isinstance(exc, OSError):
        return f"the database or a file could not be read or written ({why})"
    return f"stopped by an unexpected error ({type(exc).__name__}: {why}); please report it"


def _open(args, *, lock: bool = True, read_only: bool = False):
    from clerk.services.database import DatabaseError, open_database

    try:
        db = open_database(args.db, lock=lock, read_only=read_only)
    except DatabaseError as exc:
        raise Failure(str(exc)) from None
    for line in _notices(db):
        print(f"note: {line}", file=sys.stderr)
    return db


def _not_saved(db, exc: Exception) -> Failure:
    """A save that failed in the database: full, read-only, drive or damage, said as such."""
    from clerk.services.database import health

    if db.path is None or health.sqlite_code(exc) is None:
        return Failure(f"nothing was saved: {unexpected(exc)}")
    return Failure(f"nothing was saved: {health.diagnose(db.path, exc).message}")


def _notices(db) -> list[str]:
    """What every start says: files set aside beside the database, a sync-client folder."""
    from clerk.services.recovery import notices

    return notices(db)


def _load(db, meeting_id: int):
    from clerk.errors import NotFound
    from clerk.services.meetings import load_meeting

    try:
        return load_meeting(db, meeting_id)
    except NotFound:
        raise BadInput(f"there is no meeting {meeting_id} (see: clerk meetings)") from None


def cmd_import_agenda(args) -> int:
    from clerk.agenda import AgendaError, names_no_body, read_agenda, with_body
    from clerk.services.meetings import RecordError, dumps, meeting_from_record

    try:
        found = read_agenda(args.file)
        if args.committee and args.committee.strip():
            found.record = with_body(found.record, args.committee)
        given = _given_date(args, found.record)
        # An agenda that gives no date is read with "date": null (nothing is made up); the
        # rest of the record is checked all the same, and saving needs --date.
        meeting = meeting_from_record({**found.record, "date": given or "2000-01-01"})
    except (AgendaError, RecordError) as exc:
        raise BadInput(str(exc)) from None
    for note in found.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        sys.stdout.write(dumps(found.record))
    else:
        on = f"{meeting.date:%d %B %Y}" if given else "no date found"
        print(
            f"{meeting.committee}, {on}: {len(meeting.items)} items, {len(meeting.people)} people"
        )
    if args.dry_run:
        return EXIT_OK
    gaps = [
        (says, option)
        for says, option, lacking in (
            ("no meeting date", "--date YYYY-MM-DD", not given),
            ("no name of the body that meets", '--committee "NAME"', names_no_body(found.record)),
        )
        if lacking
    ]
    if gaps:
        raise BadInput(
            f"{args.file.name} gives {' and '.join(s for s, _ in gaps)}: nothing was saved; "
            f"import it again with {' and '.join(o for _, o in gaps)}"
        )
    from clerk.services.meetings import save_new_meeting

    db = _open(args)
    try:
        saved = save_new_meeting(db, meeting)
    except Exception as exc:
        raise _not_saved(db, exc) from None
    finally:
        db.close()
    print(saved.id, file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _given_date(args, record: dict) -> str | None:
    """The meeting's date: --date when given (it overrides the agenda's), else the agenda's."""
    if getattr(args, "date", None):
        from datetime import date

        try:
            record["date"] = date.fromisoformat(args.date).isoformat()
        except ValueError:
            raise BadInput(f"--date {args.date!r} is not a date like 2023-02-20") from None
    return record.get("date")


def cmd_import_record(args) -> int:
    from clerk.services.meetings import RecordError, import_record, read_record_file

    try:
        record = read_record_file(args.file)
    except RecordError as exc:
        raise BadInput(str(exc)) from None
    db = _open(args)
    try:
        meeting = import_record(db, record)
    except RecordError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    except Exception as exc:
        raise _not_saved(db, exc) from None
    finally:
        db.close()
    print(meeting.id)
    return EXIT_OK


def cmd_export_record(args) -> int:
    from clerk.services.meetings import dumps, record_from_meeting

    db = _open(args, lock=False, read_only=True)
    try:
        text = dumps(record_from_meeting(_load(db, args.id)))
    finally:
        db.close()
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text.encode("utf-8"))
    return EXIT_OK


def cmd_minutes(args) -> int:
    from clerk.minutes import MinutesError, write_minutes
    from clerk.services.minutes_inputs import minutes_inputs

    db = _open(args, lock=False, read_only=True)
    try:
        meeting = _load(db, args.id)
        given = minutes_inputs(db, meeting)
        style = cli_style.minutes_style(args, db, args.id)
    finally:
        db.close()
    template = args.template or given.settings.template
    import warnings

    from clerk.minutes.template_guard import TemplateNote

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", TemplateNote)
            written = write_minutes(
                meeting,
                args.output,
                template=Path(template) if template else None,
                include_exempt=args.include_exempt,
                settings=given.settings,
                style=style,
                rules=given.rules,
                recording_paused=given.recording_paused,
            )
    except MinutesError as exc:
        raise (BadInput if exc.bad_input else Failure)(str(exc)) from None
    notes = [str(w.message) for w in caught if w.category is TemplateNote]
    for said in dict.fromkeys([*given.settings.problems, *notes]):
        print(f"note: {said}", file=sys.stderr)
    for path in written:
        print(path)
    return EXIT_OK


def cmd_meetings(args) -> int:
    from clerk.services.meetings import list_meetings

    db = _open(args, lock=False, read_only=True)
    try:
        rows = list_meetings(db)
    finally:
        db.close()
    for m in rows:
        print(f"{m.id}\t{m.date.isoformat()}\t{m.committee}\t{m.status}")
    return EXIT_OK


def cmd_check(args) -> int:
    from clerk.services.database import backup, check, health

    db = _open(args, lock=False, read_only=True)
    location = db.location
    try:
        problems = check(db)
    except Exception as exc:  # the check itself could not read the file: that is the finding
        problems = [f"the check could not read the file ({health.reason(exc)})"]
    finally:
        db.close()
    if problems:
        for line in problems[:50]:
            print(f"problem: {' '.join(line.split())}")
        offer = backup.best_backup(db.path).copy if db.path is not None else None
        where = f"the newest sound backup is {offer}" if offer else "no sound backup was found"
        print(f"{location}: {len(problems)} problem(s) found; {where}")
        return EXIT_FAIL
    print(f"{location}: ok")
    return EXIT_OK


def cmd_recover(args) -> int:
    from clerk.services.recovery import recover_meetings

    if not args.file.is_file():
        raise BadInput(f"{args.file} is not a file")
    db = _open(args)
    try:
        done = recover_meetings(db, args.file.absolute())
    finally:
        db.close()
    for line in done.unreadable:
        print(f"clerk: could not recover: {line}", file=sys.stderr)
    ids = ", ".join(str(i) for i in done.recovered) or "none"
    print(f"recovered meetings: {ids}; already here: {done.already}")
    if done.renamed_to is not None:
        print(f"{args.file} is now {done.renamed_to.name} (kept, no longer mentioned)")
    return EXIT_FAIL if done.unreadable else EXIT_OK


def write_atomic(path: Path, data: bytes) -> None:
    from clerk.atomic import WriteError
    from clerk.atomic import write_atomic as write

    try:
        write(path, data)
    except WriteError as exc:
        raise Failure(str(exc)) from None


COMMANDS = {
    "import-agenda": cmd_import_agenda,
    "import-record": cmd_import_record,
    "export-record": cmd_export_record,
    "minutes": cmd_minutes,
    "meetings": cmd_meetings,
    "check": cmd_check,
    "style": cli_style.cmd_style,
    "recover": cmd_recover,
    **cli_after.COMMANDS,
    **cli_cycle.COMMANDS,
}


if __name__ == "__main__":
    sys.exit(main())
