"""The shared settings, read once from the settings table into typed values."""

from __future__ import annotations

import pytest

from clerk.domain.formal import interests, quorum, timing
from clerk.domain.formal.rules import FormalRules
from clerk.domain.model import InterestKind, QuorumRule, TimeLimits
from clerk.services import bodies
from clerk.services import settings as settings_service
from clerk.services.formal import formal_settings
from clerk.store import repository
from tests.domain.test_formal_support import committee


def test_stored_settings_become_typed_values_once(db):
    repository.set_setting(db.engine, "formal.quorum", {"fraction": [1, 3], "minimum": 2})
    repository.set_setting(db.engine, "formal.interest_kinds_leaving", ["personal"])
    repository.set_setting(db.engine, "formal.meeting_minutes", 150)
    repository.set_setting(db.engine, "meetings.municipal_year_start_month", 4)
    repository.set_setting(db.engine, "backups.keep", 3)
    repository.set_setting(db.engine, "minutes.print_times", False)
    got = settings_service.load(db)
    assert got.formal.quorum == QuorumRule(numerator=1, denominator=3, minimum=2)
    assert got.formal.interests.leaving == frozenset({InterestKind.PERSONAL})
    assert got.formal.limits == TimeLimits(speaker_minutes=3, meeting_minutes=150)
    assert (got.maintenance.year_start_month, got.maintenance.backups_keep) == (4, 3)
    assert got.minutes.print_times is False and got.minutes.given == {"print_times"}
    assert bodies.year_start_month(db) == 4
    # The live view's rules are the same typed value, and the domain takes it as it is.
    rules = formal_settings(db)
    assert rules == got.formal
    meeting = committee()
    assert quorum.quorum_rule(meeting, rules) is rules.quorum
    assert timing.time_limits(meeting, rules) is rules.limits
    assert interests.interest_rules(rules) is rules.interests
    # A plain mapping is still read the same way.
    stored = repository.all_settings(db.engine)
    assert FormalRules.from_settings(stored) == rules


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("formal.speaker_minutes", "three"),
        ("formal.interest_kinds", ["friendly"]),
        ("formal.quorum", {"fraction": [1, 0]}),
    ],
)
def test_a_bad_stored_rule_is_one_line_when_the_settings_are_built(db, name, value):
    repository.set_setting(db.engine, name, value)
    with pytest.raises(settings_service.SettingError) as info:
        settings_service.load(db)
    assert "\n" not in str(info.value) and str(info.value).startswith("A formal setting")


def test_unset_settings_are_the_defaults():
    got = settings_service.build({})
    assert got.formal == FormalRules()
    assert got.formal.limits.speaker_minutes == timing.DEFAULT_SPEAKER_MINUTES
    assert got.maintenance == settings_service.Maintenance()


# -- the minutes' settings: typed once, the minutes never read the table ----------------------


def test_good_minutes_settings_become_one_typed_value(db):
    from clerk.minutes.settings import MinutesSettings

    repository.set_setting(db.engine, "minutes.organisation", "Harbourside BC")
    repository.set_setting(db.engine, "minutes.print_times", "no")
    repository.set_setting(db.engine, "minutes.present_final_and", 1)
    repository.set_setting(db.engine, "minutes.confidential_suffix", "-exempt")
    repository.set_setting(db.engine, "minutes.none_declared", 42)
    repository.set_setting(db.engine, "gui.title", "not the minutes'")
    got = settings_service.load(db).minutes
    assert isinstance(got, MinutesSettings)
    assert (got.organisation, got.print_times, got.present_final_and) == (
        "Harbourside BC",
        False,
        True,
    )
    assert (got.confidential_suffix, got.none_declared) == ("-exempt", "42")
    assert got.title is None and got.chair_label == "Chair"
    assert got.given == {
        "organisation",
        "print_times",
        "present_final_and",
        "confidential_suffix",
        "none_declared",
    }
    assert got.problems == ()
    with pytest.raises(AttributeError):
        got.chair_label = "Chairman"  # type: ignore[misc]


def test_missing_minutes_settings_are_the_defaults(db):
    from clerk.minutes.settings import DEFAULTS, SETTINGS, MinutesSettings

    got = settings_service.load(db).minutes
    assert got == MinutesSettings()
    assert {s.name: got.value(s.name) for s in SETTINGS} == DEFAULTS
    repository.set_setting(db.engine, "minutes.no_apologies", "   ")
    assert settings_service.load(db).minutes == MinutesSettings()


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("print_times", "perhaps", "not yes or no"),
        ("chair_label", ["not", "a", "phrase"], "not a text"),
        ("confidential_title", {"a": 1}, "not a text"),
        ("confidential_suffix", "/../../x", "unusable"),
    ],
)
def test_a_bad_minutes_setting_falls_back_to_its_default_with_one_line(db, name, value, said):
    from clerk.minutes.settings import DEFAULTS

    repository.set_setting(db.engine, "minutes.organisation", "Harbourside BC")
    repository.set_setting(db.engine, "minutes." + name, value)
    got = settings_service.load(db).minutes
    assert got.organisation == "Harbourside BC"  # the good ones still count
    assert got.value(name) == DEFAULTS[name] and name not in got.given
    assert len(got.problems) == 1
    line = got.problems[0]
    assert "\n" not in line and f"minutes.{name}" in line and said in line


def test_the_minutes_package_never_reads_the_settings_table():
    """The typed value is built once in the services; nothing below them re-parses a
    mapping of stored settings."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "clerk" / "minutes"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "resolve(settings)" not in text, path
        assert "all_settings" not in text and "clerk.store" not in text, path
