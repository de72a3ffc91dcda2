"""Draft minutes: composing (pure) and rendering to Word.

Interface used by the command line and the GUI:

- ``write_minutes(meeting, out, *, template=None, include_exempt=False, settings=None)``
  writes the draft minutes (and, when the meeting has exempt items and ``include_exempt`` is
  false, a confidential annex beside it, ``OUT-confidential.docx``); returns the paths written.
- ``compose(meeting, settings=None, *, part="public"|"confidential"|"all") -> list[Block]``:
  the minutes as blocks, with no Word in sight.
- ``preview_html(meeting, settings=None, include_exempt=False) -> str``: the same composition
  as simple HTML for the on-screen preview.
- ``write_decision_list`` and ``write_action_list``: the two short lists, as Word files.
- ``MinutesError``: ``str()`` is one clear line; ``bad_input`` is true for a bad template.
- ``settings`` is the store's settings table as a dict; see ``clerk.minutes.settings``.
- ``style`` is a ``HouseStyle`` (``clerk.minutes.style``): everything Clerk writes itself;
  default the English principal council's. ``StyleError`` is a bad style, in one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from clerk.domain.model import Meeting
from clerk.domain.text import clean_line
from clerk.domain.wording import long_date
from clerk.minutes.blocks import Block, BlockKind, plain_text
from clerk.minutes.compose import compose, minuted_items
from clerk.minutes.preview import blocks_html
from clerk.minutes.settings import SETTINGS, resolve
from clerk.minutes.style import HouseStyle, StyleError, load_preset, preset_names, read_style_file

if TYPE_CHECKING:
    from clerk.minutes.lists import write_action_list, write_decision_list
    from clerk.minutes.render import Canvas, MinutesError, open_template  # noqa: F401

# Writing Word files (python-docx and lxml) is imported when first used, not with the package:
# the preview and the house styles need none of it, and the window opens without it.
_LATER = {
    "write_action_list": "clerk.minutes.lists",
    "write_decision_list": "clerk.minutes.lists",
    "Canvas": "clerk.minutes.render",
    "MinutesError": "clerk.minutes.render",
    "open_template": "clerk.minutes.render",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "SETTINGS",
    "Block",
    "BlockKind",
    "HouseStyle",
    "StyleError",
    "load_preset",
    "preset_names",
    "read_style_file",
    "MinutesError",
    "compose",
    "confidential_path",
    "plain_text",
    "preview_html",
    "write_action_list",
    "write_decision_list",
    "write_minutes",
]


def has_exempt_minutes(meeting: Meeting) -> bool:
    return any(it.exempt for _, it in minuted_items(meeting))


def confidential_path(out: Path | str, settings: Mapping[str, Any] | None = None) -> Path:
    """Where the confidential annex of minutes written to ``out`` goes."""
    from clerk.minutes.render import MinutesError
    from clerk.safefiles import name_part_problem

    out = Path(out)
    suffix = resolve(settings)["confidential_suffix"]
    if problem := name_part_problem(str(suffix)):  # a value saved before settings were checked
        raise MinutesError(f"the setting minutes.confidential_suffix is unusable: {problem}")
    return out.with_name(f"{out.stem}{suffix}{out.suffix or '.docx'}")


def write_minutes(
    meeting: Meeting,
    out: Path | str,
    *,
    template: Path | str | None = None,
    include_exempt: bool = False,
    settings: Mapping[str, Any] | None = None,
    style: HouseStyle | None = None,
    stage: Literal["draft", "final"] | None = None,
) -> list[Path]:
    """Write the draft minutes (and the confidential annex when needed); return the paths.

    Both documents are drawn before either is written, so a fault in the template or the
    composition never leaves one written and the other not.
    """
    from clerk.minutes.render import Canvas, open_template

    conf = resolve(settings)
    template = template or conf["template"]
    part: Literal["public", "confidential", "all"] = "all" if include_exempt else "public"
    jobs = [(Path(out), compose(meeting, settings, part=part, style=style, stage=stage))]
    if not include_exempt and has_exempt_minutes(meeting):
        blocks = compose(meeting, settings, part="confidential", style=style, stage=stage)
        jobs.append((confidential_path(out, settings), blocks))
    canvases = []
    for path, blocks in jobs:
        canvas = Canvas(open_template(template))
        canvas.blocks(blocks)
        what = "confidential annex" if path != Path(out) else "draft minutes"
        if stage == "final" and path == Path(out):
            what = "minutes"
        canvas.doc.core_properties.title = clean_line(
            f"{meeting.committee}, {long_date(meeting.date)}: {what}"
        )[:250]
        canvases.append((path, canvas))
    return [canvas.save(path) for path, canvas in canvases]


def preview_html(
    meeting: Meeting,
    settings: Mapping[str, Any] | None = None,
    include_exempt: bool = False,
    style: HouseStyle | None = None,
    *,
    links: bool = False,
) -> str:
    """The draft minutes as HTML for the screen (the public part unless ``include_exempt``);
    ``links``: each paragraph a link to its block, for the drafting view."""
    part: Literal["public", "confidential", "all"] = "all" if include_exempt else "public"
    return blocks_html(compose(meeting, settings, part=part, style=style), links=links)
