"""Fuzzing what a clerk types (or pastes) into notes and resolutions: any text at all is saved
through the operations the window uses, read back, and the draft minutes always render."""

from __future__ import annotations

from datetime import time

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk.domain import operations
from clerk.minutes import write_minutes
from clerk.services.meetings import create_demo_meeting
from clerk.services.session import MeetingSession
from clerk.store import repository

ANY_TEXT = st.text(st.characters(), max_size=400) | st.sampled_from(
    [
        "\x00\x07\x1b[31m",
        "\ud800 lone",
        "\ufffe\uffff",
        "مرحبا שלום 😀",
        "- \n\n- ",
        "\r\n\r\n" * 50,
        "x" * 20000,
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(notes=ANY_TEXT, part=ANY_TEXT, reason=ANY_TEXT)
def test_typed_text_is_kept_and_the_minutes_render(db, tmp_path_factory, notes, part, reason):
    session = MeetingSession(db, create_demo_meeting(db))
    key = session.meeting.items[4].key
    session.apply("Take item", operations.take_item, key, session.meeting.at(time(18, 5)))
    session.apply("Notes", operations.set_notes, key, notes)
    session.apply("Resolution", operations.set_resolution, key, [part], reason)
    saved = repository.load_meeting(db.engine, session.meeting.id)
    assert saved == session.meeting
    out = tmp_path_factory.mktemp("m") / "minutes.docx"
    written = write_minutes(saved, out)
    body = "\n".join(p.text for p in docx.Document(written[0]).paragraphs)
    assert saved.items[4].title in body
