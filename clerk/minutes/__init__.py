"""Draft minutes: composing (pure) and rendering to Word.

Interface used by the command line and the GUI:

- ``write_minutes(meeting, out, *, template=None, include_exempt=False, settings=None, rules=None)``
  writes the draft minutes (and, when the meeting has exempt items and ``include_exempt`` is
  false, a confidential annex beside it, ``OUT-confidential.docx``); returns the paths written.
- ``compose(meeting, settings=None, *, part="public"|"confidential"|"all") -> list[Block]``:
  the minutes as blocks, with no Word in sight.
- ``preview_html(meeting, settings=None, include_exempt=False) -> str``: the same composition
  as simple HTML for the on-screen preview.
- ``write_decision_list`` and ``write_action_list``: the two short lists, as Word files.
- ``MinutesError``: ``str()`` is one clear line; ``bad_input`` is true for a bad template.
- ``settings`` is a ``MinutesSettings`` (``clerk.minutes.settings``), the ``minutes.*`` settings
  typed and checked once by ``clerk.services.settings``; ``rules`` the body's ``FormalRules``;
  ``recording_paused`` the moments the meeting's recording stopped for exempt business. The
  services work all three out (``clerk.services.minutes_inputs``).
- ``style`` is a ``HouseStyle`` (``clerk.minutes.style``): everything Clerk writes itself;
  default the English principal council's. ``StyleError`` is a bad style, in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import Meeting
from clerk.domain.text import clean_line
from clerk.domain.wording import long_date
from clerk.minutes.blocks import Block, BlockKind, plain_text
from clerk.minutes.compose import compose, minuted_items
from clerk.minutes.preview import blocks_html
from clerk.minutes.settings import SETTINGS, MinutesSettings
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
    "MinutesSettings",
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


def confidential_path(out: Path | str, settings: MinutesSettings | None = None) -> Path:
    """Where the confidential annex of minutes written to ``out`` goes."""
    from clerk.minutes.render import MinutesError
    from clerk.safefiles import name_part_problem

    out = Path(out)
    suffix = (settings or MinutesSettings()).confidential_suffix
    if problem := name_part_problem(suffix):  # checked when built; a value made by hand
        raise MinutesError(f"the setting minutes.confidential_suffix is unusable: {problem}")
    return out.with_name(f"{out.stem}{suffix}{out.suffix or '.docx'}")


def write_minutes(
    meeting: Meeting,
    out: Path | str,
    *,
    template: Path | str | None = None,
    include_exempt: bool = False,
    settings: MinutesSettings | None = None,
    style: HouseStyle | None = None,
    stage: Literal["draft", "final"] | None = None,
    rules: FormalRules | None = None,
    recording_paused: Sequence[datetime] = (),
) -> list[Path]:
    """Write the draft minutes (and the confidential annex when needed); return the paths.

    Both documents are drawn before either is written, so a fault in the template or the
    composition never leaves one written and the other not.
    """
    from clerk.minutes.render import Canvas, open_template

    template = template or (settings.template if settings else None)
    part: Literal["public", "confidential", "all"] = "all" if include_exempt else "public"

    def blocks_of(part: Literal["public", "confidential", "all"]) -> list[Block]:
        return compose(
            meeting,
            settings,
            part=part,
            style=style,
            stage=stage,
            rules=rules,
            recording_paused=recording_paused,
        )

    jobs = [(Path(out), blocks_of(part))]
    if not include_exempt and has_exempt_minutes(meeting):
        blocks = blocks_of("confidential")
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
    settings: MinutesSettings | None = None,
    include_exempt: bool = False,
    style: HouseStyle | None = None,
    *,
    links: bool = False,
    rules: FormalRules | None = None,
    recording_paused: Sequence[datetime] = (),
) -> str:
    """The draft minutes as HTML for the screen (the public part unless ``include_exempt``);
    ``links``: each paragraph a link to its block, for the drafting view."""
    part: Literal["public", "confidential", "all"] = "all" if include_exempt else "public"
    blocks = compose(
        meeting, settings, part=part, style=style, rules=rules, recording_paused=recording_paused
    )
    return blocks_html(blocks, links=links)
