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
    assert got.minutes["print_times"] is False
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
