"""The settings catalogue: every part's settings listed, values read from and written as text."""

from __future__ import annotations

import pytest

from clerk.minutes.settings import SETTINGS as MINUTES_SETTINGS
from clerk.services import settings as service
from clerk.store import repository


def test_every_minutes_setting_is_offered():
    names = {s.name for s in service.catalogue()}
    assert {f"minutes.{s.name}" for s in MINUTES_SETTINGS} <= names
    assert {"formal.quorum", "formal.interest_kinds", "backups.keep"} <= names


@pytest.mark.parametrize(
    ("name", "text", "stored"),
    [
        ("minutes.print_times", "no", False),
        ("minutes.none_declared", "No interests were declared.", "No interests were declared."),
        ("formal.quorum", "4", {"number": 4}),
        ("formal.quorum", "1/3, at least 4", {"fraction": [1, 3], "minimum": 4}),
        ("formal.interest_kinds", "personal, prejudicial", ["personal", "prejudicial"]),
        ("formal.speaker_minutes", "5", 5),
    ],
)
def test_text_round_trips(db, name, text, stored):
    service.save(db, {name: text})
    assert repository.get_setting(db.engine, name) == stored
    assert service.as_text(service.info(name), stored) == text


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("formal.quorum", "a few", "a number"),
        ("formal.quorum", "1/0", "a number"),
        ("formal.speaker_minutes", "three", "a whole number"),
        ("minutes.print_times", "perhaps", "say yes or no"),
        ("formal.interest_kinds", "personal, grudge", "'grudge' is not a kind of interest"),
    ],
)
def test_bad_text_saves_nothing(db, name, text, message):
    with pytest.raises(service.SettingError, match=message):
        service.save(db, {"minutes.chair_label": "Chairman", name: text})
    assert repository.all_settings(db.engine) == {}


def test_empty_text_goes_back_to_the_default(db):
    service.save(db, {"minutes.chair_label": "Chairman"})
    service.save(db, {"minutes.chair_label": "  "})
    assert repository.get_setting(db.engine, "minutes.chair_label") is None
