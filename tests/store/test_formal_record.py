"""The formal-business keys of clerk.meeting/1: optional, documented, round-tripping."""

from __future__ import annotations

import copy
import json
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk.domain.formal import RuleError, exclusion, interests, quorum, timing, votes
from clerk.domain.formal import presence as ledger
from clerk.domain.model import PresenceKind, QuorumRule, TimeLimits
from clerk.services.meetings import demo_record
from clerk.store.record import (
    SCHEMA_PATH,
    RecordError,
    meeting_from_record,
    record_from_meeting,
)
from tests.domain.test_formal_support import at, committee, taken

NEW_TOP_KEYS = {"presence", "quorum", "time_limits", "continuations", "exclusions"}


def formal_meeting():
    """The fictional committee with every kind of formal record in it."""
    m = quorum.set_quorum_rule(committee(), QuorumRule(membership=9, minimum=3))
    m = timing.set_time_limits(m, TimeLimits(speaker_minutes=3, meeting_minutes=150))
    m = taken(m, "i2", at(18, 2), at(18, 5))
    m = interests.declare_interest(m, "cedar", "prejudicial", ["i4"], "a relative's taxi firm")
    m = taken(m, "i4", at(18, 30), at(18, 55))
    m = interests.declare_interest(
        m, "elm", "disclosable_pecuniary", ["i4"], "a licence", made_at="i4", at=at(18, 31)
    )
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 30))
    m = ledger.record_departure(m, "dale", at(18, 40), "i4", "left during item 4")
    m = votes.move_motion(m, "i4", "That the policy be approved.", "ash", "birch", key="m1")
    m = votes.record_show_of_hands(m, "i4", "m1", 1, 1, 0, at=at(18, 50))
    m = votes.record_named_vote(m, "i4", "m1", {"ash": "for", "birch": "against"})
    m = votes.record_casting_vote(m, "i4", "m1", "ash", "for")
    m = ledger.record_return(m, "cedar", at(18, 55))
    m = ledger.record_return(m, "elm", at(18, 55))
    m = timing.set_item_time_limit(m, "i5", 15)
    m = taken(m, "i6", at(19, 0))
    m = exclusion.exclude_press_and_public(m, at(19, 1), ["i7"], [1, 2], resolved_at_item="i6")
    m = exclusion.readmit_press_and_public(m, at(19, 20))
    m = timing.resolve_to_continue(m, at(20, 25), at(20, 45), "i6")
    return m


def test_record_without_formal_data_still_imports_and_round_trips_exactly():
    record = demo_record()  # a record written before the formal business existed
    original = copy.deepcopy(record)
    meeting = meeting_from_record(record)
    assert record == original
    out = record_from_meeting(meeting)
    assert out == record
    assert not NEW_TOP_KEYS & set(out)
    assert meeting.presence == () and meeting.quorum is None


def test_every_new_key_round_trips():
    record = record_from_meeting(formal_meeting())
    assert set(record) >= NEW_TOP_KEYS
    again = record_from_meeting(meeting_from_record(json.loads(json.dumps(record))))
    assert again == record
    assert record["quorum"] == {"fraction": [1, 4], "minimum": 3, "membership": 9}
    assert record["exclusions"] == [
        {"from": "19:01", "to": "19:20", "paragraphs": [1, 2], "items": ["7"], "resolved_at": "6"}
    ]
    assert record["continuations"] == [{"at": "20:25", "until": "20:45", "item": "6"}]
    declared = {d["person"]: d for d in record["declarations"]}
    assert declared["elm"]["made_at"] == "4" and "made_at" not in declared["cedar"]
    vote = record["items"][3]["motions"][0]["vote"]
    assert vote["casting_side"] == "for"
    assert vote["recorded"]["did_not_vote"] == ["gorse"]
    assert record["items"][4]["time_limit_minutes"] == 15
    assert {"person": "dale", "kind": "left", "at": "18:40", "item": "4",
            "note": "left during item 4"} in record["presence"]  # fmt: skip


def test_imported_ledger_answers_the_same_questions():
    m = formal_meeting()
    back = meeting_from_record(record_from_meeting(m))
    for t in (at(18, 10), at(18, 35), at(18, 45), at(19, 0)):
        assert [p.id for p in ledger.in_room_at(back, t)] == [p.id for p in ledger.in_room_at(m, t)]
    assert quorum.inquorate_spells(back) == quorum.inquorate_spells(m)


def test_schema_documents_each_new_key():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for key in NEW_TOP_KEYS:
        assert schema["properties"][key]["description"]


def bad(record: dict, path: list, value) -> dict:
    record = copy.deepcopy(record)
    target = record
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return record


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["presence", 0, "kind"], "vanished", "presence[0].kind: 'vanished' is not one of"),
        (["presence", 0, "person"], "nobody", "presence[0].person: no person has id 'nobody'"),
        (["presence", 0, "item"], "99", "presence[0].item: no agenda item is numbered '99'"),
        (["quorum"], {"fraction": [5, 4]}, "quorum: a quorum fraction"),
        (["exclusions", 0, "paragraphs"], [8], "exclusions[0].paragraphs[0]"),
        (["exclusions", 0, "to"], "18:00", "exclusions[0].to: the press and public"),
        (["continuations", 0, "until"], "20:00", "continuations[0].until"),
        (["declarations", 1, "made_at"], "99", "declarations[1].made_at"),
        (["time_limits", "meeting_minutes"], 0, "time_limits.meeting_minutes"),
    ],
)
def test_bad_formal_values_are_named_by_path(path, value, message):
    record = record_from_meeting(formal_meeting())
    with pytest.raises(RecordError) as info:
        meeting_from_record(bad(record, path, value))
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_impossible_ledger_in_a_record_is_refused():
    record = record_from_meeting(formal_meeting())
    record["presence"].append({"person": "ash", "kind": "returned", "at": "19:00"})
    with pytest.raises(RecordError, match=r"^presence: Cllr Ashdown has not left the room"):
        meeting_from_record(record)


def test_casting_side_needs_its_person():
    record = record_from_meeting(formal_meeting())
    del record["items"][3]["motions"][0]["vote"]["casting_vote"]
    with pytest.raises(RecordError, match="casting_side"):
        meeting_from_record(record)


# -- any ledger the operations allow survives the record --------------------------------------

KINDS = list(PresenceKind)
PEOPLE = ["ash", "birch", "cedar", "dale", "elm", "fern", "gorse", "holm"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(PEOPLE), st.sampled_from(KINDS), st.integers(0, 240)),
        max_size=25,
    ),
    st.one_of(st.none(), st.integers(1, 9)),
)
def test_any_allowed_ledger_round_trips(steps, fixed_quorum):
    m = committee()
    if fixed_quorum is not None:
        m = quorum.set_quorum_rule(m, QuorumRule(number=fixed_quorum))
    for person, kind, minutes in steps:
        when = at(18, 0) + timedelta(minutes=minutes, seconds=minutes % 7)
        try:
            if kind is PresenceKind.ARRIVED:
                m = ledger.record_arrival(m, person, when)
            elif kind is PresenceKind.LEFT:
                m = ledger.record_departure(m, person, when, "i4")
            elif kind is PresenceKind.WITHDREW:
                m = ledger.record_withdrawal(m, person, "i5", when)
            else:
                m = ledger.record_return(m, person, when)
        except RuleError:
            continue
    record = record_from_meeting(m)
    back = meeting_from_record(json.loads(json.dumps(record)))
    assert record_from_meeting(back) == record

    def entries(meeting):
        number = {it.key: it.agenda_number for it in meeting.items}
        # The simple fields' entries come back after the record's presence list.
        return sorted(
            (e.person, e.kind, e.at, number.get(e.item_key) or "") for e in meeting.presence
        )

    assert entries(back) == entries(m)
    assert [ledger.moves_of(back, p) for p in back.people] == [
        ledger.moves_of(m, p) for p in m.people
    ]
    assert quorum.inquorate_spells(back, until=at(23, 0)) == quorum.inquorate_spells(
        m, until=at(23, 0)
    )
