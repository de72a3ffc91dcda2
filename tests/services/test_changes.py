"""What a change changed, as the views hear it: worked out once in the session."""

from __future__ import annotations

from datetime import datetime

import pytest

from clerk.domain.model import ItemKind
from clerk.services import actions
from clerk.services.changes import Part
from clerk.services.meetings import save_new_meeting
from clerk.services.session import MeetingSession
from tests.team.test_two_clerks import meeting


@pytest.fixture
def session(db):
    return MeetingSession.open(db, save_new_meeting(db, meeting()).id)


def at(hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-03-17T{hhmm}")


def test_typing_names_only_the_items_text(session):
    what = actions.set_notes(session, "i3", "Members asked about Sundays.").what
    assert what.only_item_text and what.items == {"i3"} and what.people == frozenset()


def test_taking_an_item_names_the_agenda_list_and_the_meeting(session):
    what = actions.take_item(session, "i1", at("17:30")).what
    assert Part.ITEMS in what and Part.MEETING in what and Part.ITEM_TEXT not in what
    assert what.items == {"i1"}


@pytest.mark.parametrize(
    ("changes", "part"),
    [
        ({"kind": ItemKind.MINUTES}, Part.ITEMS),
        ({"pages": (3, 9)}, Part.ITEMS),
        ({"exempt": True, "exempt_paragraph": 3}, Part.ITEMS),
        ({"planned_minutes": 20}, Part.ITEMS),
    ],
)
def test_every_field_of_an_item_counts_none_is_listed_by_hand(session, changes, part):
    what = actions.edit_item(session, "i4", **changes).what
    assert what.parts == part and what.items == {"i4"}


def test_attendance_names_presence_and_the_person(session):
    actions.start_meeting(session, at("17:30"))
    what = actions.mark_present(session, "baker", at("17:40")).what
    assert Part.PRESENCE in what and "baker" in what.people and Part.ITEMS not in what


def test_undo_names_what_it_puts_back(session):
    actions.set_notes(session, "i3", "Draft.")
    assert session.undo().what.only_item_text


def test_a_change_of_settings_travels_as_a_change(session):
    heard = []
    session.subscribe(heard.append)
    session.settings_changed()
    assert heard[-1].what.parts == Part.SETTINGS and heard[-1].after is session.meeting
