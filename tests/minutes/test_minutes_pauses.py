"""Where the minutes tell of the recording's pause for exempt business (clerk.minutes.pauses):
after the resolution that excluded the public, else opening the exempt minute; never for a
meeting not recorded."""

from __future__ import annotations

from dataclasses import replace

from clerk.domain.model import Exclusion, ItemKind, Resolution
from clerk.minutes import compose, plain_text
from clerk.minutes.blocks import BlockKind
from clerk.minutes.style import parse_style
from tests.minutes.factory import at, item, meeting

PAUSED = "The recording of the meeting was paused while the press and public were excluded."


def with_private_business(*, host_resolution: bool = False, exclusion: bool = True):
    """Item 4 excludes the public (its resolution recorded or not); item 5 is exempt."""
    m = meeting()
    host = item(
        "4",
        "Exclusion of Press and Public",
        ItemKind.EXCLUSION,
        43,
        "18:40",
        resolution=Resolution(("That the press and public be excluded (own words).",), None)
        if host_resolution
        else None,
    )
    secret = item(
        "5",
        "Depot Land Purchase",
        minute=44,
        start="18:45",
        exempt=True,
        exempt_paragraph=3,
        narrative="The asking price was SECRET-PRICE.",
        resolution=Resolution(("That the land be bought.",), None),
    )
    m = replace(m, items=m.items + (host, secret))
    if exclusion:
        x = Exclusion(at("18:41"), at("18:55"), (3,), (secret.key,), host.key)
        m = replace(m, exclusions=(x,))
    return m, host, secret


def minute_of(blocks, number: int) -> list[str]:
    """The paragraphs of one minute (after its heading, up to the next)."""
    out, inside = [], False
    for b in blocks:
        if b.kind is BlockKind.HEADING:
            inside = b.plain.startswith(f"{number}.")
            continue
        if inside:
            out.append(b.plain)
    return out


def test_the_pause_follows_the_exclusion_resolution_in_its_minute():
    m, _, _ = with_private_business()
    for part in ("public", "all"):
        blocks = compose(m, part=part, recording_paused=(at("18:41"),))
        excluding = minute_of(blocks, 43)
        assert excluding[-1] == PAUSED, part
        assert "press and public be excluded" in excluding[-2]
        assert plain_text(blocks).count(PAUSED) == 1


def test_after_the_items_own_resolution_to_exclude():
    m, _, _ = with_private_business(host_resolution=True)
    blocks = compose(m, recording_paused=(at("18:41"),))
    excluding = minute_of(blocks, 43)
    assert excluding[-2:] == [
        "Resolved: That the press and public be excluded (own words).",
        PAUSED,
    ]


def test_an_exempt_item_taken_with_no_exclusion_opens_with_the_pause():
    m, _, _ = with_private_business(exclusion=False)
    blocks = compose(m, recording_paused=(at("18:45"),))
    assert minute_of(blocks, 44)[0] == PAUSED
    assert PAUSED not in minute_of(blocks, 43)
    assert "SECRET-PRICE" not in plain_text(blocks)


def test_nothing_without_a_pause_or_when_the_style_says_nothing():
    m, _, _ = with_private_business()
    assert PAUSED not in plain_text(compose(m))
    quiet = parse_style(
        "[style]\nbased_on = 'english-parish'\n[sentences]\nrecording_paused = ''\n"
    )
    assert PAUSED not in plain_text(compose(m, style=quiet, recording_paused=(at("18:41"),)))
    # Every preset says it by default.
    parish = parse_style("[style]\nbased_on = 'english-parish'\n")
    assert PAUSED in plain_text(compose(m, style=parish, recording_paused=(at("18:41"),)))
