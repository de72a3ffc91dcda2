"""The body's formal rules as one typed value, read from the settings and checked once.

The settings table holds the rules in their stored form (``formal.quorum``,
``formal.interest_kinds``, ``formal.speaker_minutes``…). ``FormalRules.from_settings`` reads
and checks them all in one place, raising ``RuleError`` with one line for a bad value; the
domain's queries (``interest_rules``, ``quorum_rule``, ``time_limits``) take the typed value as
it is, so the views and the composer pass it on and nobody parses a setting twice. A plain
mapping is still accepted there (it is read through ``from_settings``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from clerk.domain.formal.interests import InterestRules, rules_from_settings
from clerk.domain.formal.quorum import SETTING_QUORUM, rule_from_value
from clerk.domain.formal.timing import limits_from_settings
from clerk.domain.model import QuorumRule, TimeLimits


@dataclass(frozen=True, slots=True)
class FormalRules:
    """The kinds of interest and which bar a member, the quorum, and the time limits."""

    interests: InterestRules = field(default_factory=InterestRules)
    quorum: QuorumRule = field(default_factory=QuorumRule)
    limits: TimeLimits = field(default_factory=lambda: limits_from_settings({}))

    @classmethod
    def from_settings(cls, settings: Mapping[str, object] | None) -> FormalRules:
        """The rules the stored settings say (defaults where unset); RuleError when wrong."""
        if isinstance(settings, FormalRules):
            return settings
        settings = settings or {}
        value = settings.get(SETTING_QUORUM)
        return cls(
            interests=rules_from_settings(settings),
            quorum=rule_from_value(value) if value is not None else QuorumRule(),
            limits=limits_from_settings(settings),
        )
