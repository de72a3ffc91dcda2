"""Per-user preferences: the meeting left open, theme and text size never go in the database."""

from __future__ import annotations

from sqlalchemy import text

from clerk.services import live, preferences
from clerk.services.meetings import save_new_meeting
from tests.team.test_two_clerks import meeting


def test_the_meeting_left_open_is_this_users_and_this_databases(db, tmp_path, monkeypatch):
    monkeypatch.setenv(preferences.CONFIG_ENV, str(tmp_path / "one-user"))
    saved = save_new_meeting(db, meeting())
    live.open_session(db, saved.id)
    assert live.meeting_left_open(db) == saved.id
    with db.engine.connect() as conn:  # nothing of it in the (possibly shared) database
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar() == 0
    monkeypatch.setenv(preferences.CONFIG_ENV, str(tmp_path / "another-user"))
    assert live.meeting_left_open(db) is None  # another clerk's recovery opens nothing of ours
    monkeypatch.setenv(preferences.CONFIG_ENV, str(tmp_path / "one-user"))
    live.forget_open_meeting(db)
    assert live.meeting_left_open(db) is None


def test_theme_and_text_size_are_kept_per_user_and_bad_files_mean_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv(preferences.CONFIG_ENV, str(tmp_path))
    assert live.look() == (1.0, "system")
    live.choose_theme("dark")
    live.scale_text(1.15)
    assert live.look() == (1.15, "dark")
    live.choose_theme("purple")
    assert live.look()[1] == "system"
    preferences.path().write_text("{not json", encoding="utf-8")
    assert live.look() == (1.0, "system")
    preferences.path().write_text('{"text_scale": 99, "open_meetings": {"x": "7"}}', "utf-8")
    assert preferences.load().text_scale == 2.5 and preferences.load().open_meetings == {}
