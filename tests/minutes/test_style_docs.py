"""The house-style documentation says what the engine does: every style written out in
docs/house-styles.md is a valid style, and docs/house-style-presets.md lists exactly what
each preset sets (regenerate it with ``python -m tests.minutes.test_style_docs``)."""

from __future__ import annotations

import re
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from clerk.minutes.style import load_preset, parse_style, preset_names
from clerk.minutes.style_keys import DEFAULT_PRESET, SECTIONS

DOCS = Path(__file__).resolve().parents[2] / "docs"
PRESETS_PAGE = DOCS / "house-style-presets.md"

HEAD = """# What each preset sets

Generated from the presets shipped with Clerk (`resources/styles/`) by
`python -m tests.minutes.test_style_docs`; a test keeps it in step. For each preset, every key
whose value differs from the default given in [house-styles.md](house-styles.md) (the
`english-principal` values). A style with `based_on = "NAME"` starts from these values: a key
you do not give keeps the value below, or else the default. `clerk style show NAME` prints the
preset's whole file.
"""


def _toml(value) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return str(value)


def presets_page() -> str:
    base = load_preset(DEFAULT_PRESET)
    out = [HEAD]
    for name in preset_names():
        if name == DEFAULT_PRESET:
            continue
        style = load_preset(name)
        out.append(f"## `{name}`\n\n{style.style.description}\n\n```toml")
        for section in SECTIONS:
            if section == "style":
                continue
            ours, theirs = getattr(base, section), getattr(style, section)
            changed = [
                f"{f.name} = {_toml(getattr(theirs, f.name))}"
                for f in fields(type(ours))
                if getattr(ours, f.name) != getattr(theirs, f.name)
            ]
            if changed:
                out.append(f"[{section}]\n" + "\n".join(changed) + "\n")
        out[-1] = out[-1].rstrip("\n")
        out.append("```\n")
    return "\n".join(out)


def styles_in_docs() -> list[tuple[int, str]]:
    """Every ```toml block of house-styles.md that is a style (it has a [section] line)."""
    text = (DOCS / "house-styles.md").read_text(encoding="utf-8")
    blocks = []
    for m in re.finditer(r"```toml\n(.*?)```", text, re.DOTALL):
        if re.search(r"^\[\w+\]", m.group(1), re.MULTILINE):
            blocks.append((text.count("\n", 0, m.start()) + 1, m.group(1)))
    return blocks


def test_presets_page_says_what_each_preset_sets():
    assert PRESETS_PAGE.read_text(encoding="utf-8") == presets_page(), (
        "docs/house-style-presets.md is out of date: python -m tests.minutes.test_style_docs"
    )


@pytest.mark.parametrize(("line", "text"), styles_in_docs(), ids=lambda x: str(x)[:12])
def test_every_style_written_in_the_docs_is_valid(line, text):
    style = parse_style(text, f"docs/house-styles.md line {line}")
    assert style.style.based_on  # read in full, every phrase compiled


def test_the_docs_hold_worked_styles():
    assert len(styles_in_docs()) >= 10


if __name__ == "__main__":
    PRESETS_PAGE.write_text(presets_page(), encoding="utf-8")
    sys.exit(0)
