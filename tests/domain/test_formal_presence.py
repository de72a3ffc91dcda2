"""The presence ledger: who was in the room at a moment, for an item, and the simple fields."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clerk.domain.formal import RuleError
from clerk.domain.formal import presence as ledger
from clerk.domain.model import Attendance, PresenceKind
from clerk.errors import ClerkError, NotFound
from tests.domain.test_formal_support import at, committee, taken


def ids(people) -> list[str]:
    return [p.id for p in people]


def test_who_was_present_at_1840_follows_arrivals_departures_and_withdrawals():
    m = committee()
    m = taken(m, "i4", at(18, 30), at(18, 50))
    m = ledger.record_departure(m, "dale", at(18, 35), "i4", "left during item 4")
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 38))
    m = ledger.record_return(m, "cedar", at(18, 45))

    # Gorsedene came at 18:20 (the simple field); Fernley sent apologies.
    assert ids(ledger.attending_at(m, at(18, 10))) == [
        "ash",
        "birch",
        "cedar",
        "dale",
        "elm",
        "holm",
        "officer",
    ]
    assert ids(ledger.in_room_at(m, at(18, 40))) == [
        "ash",
        "birch",
        "elm",
        "gorse",
        "holm",
        "officer",
    ]
    assert ids(ledger.attending_at(m, at(18, 40))) == [
        "ash",
        "birch",
        "cedar",
        "elm",
        "gorse",
        "holm",
        "officer",
    ]
    assert ids(ledger.members_in_room_at(m, at(18, 40))) == ["ash", "birch", "elm", "gorse"]
    assert [(p.id, item) for p, item in ledger.withdrawn_at(m, at(18, 40))] == [("cedar", "i4")]
    # Back in the room at 18:45: the event takes effect at its own time.
    assert "cedar" in ids(ledger.in_room_at(m, at(18, 45)))
    assert "cedar" not in ids(ledger.in_room_at(m, at(18, 44, 59)))


def test_departure_and_return_are_read_from_the_ledger():
    m = committee()
    m = ledger.record_departure(m, "dale", at(19, 5), note="left during item 5")
    dale = m.person("dale")
    assert ledger.moves_of(m, dale) == ledger.Moves(None, at(19, 5), "left during item 5")
    m = ledger.record_arrival(m, "dale", at(19, 20))
    # Back after leaving: no departure for good, and present from the start, so not late.
    assert ledger.moves_of(m, m.person("dale")) == ledger.Moves()
    m = ledger.record_departure(m, "dale", at(19, 40))
    assert ledger.moves_of(m, m.person("dale")).left_at == at(19, 40)
    # The person's own value never carries the times: the ledger is the one record.
    assert m.person("dale") == dale


def test_a_late_arrival_and_a_departure_are_both_in_the_ledger():
    m = committee()  # Gorsedene's late arrival at 18:20 is in the ledger
    m = ledger.record_departure(m, "gorse", at(19, 0))
    kinds = [(e.kind, e.at) for e in m.presence if e.person == "gorse"]
    assert kinds == [(PresenceKind.ARRIVED, at(18, 20)), (PresenceKind.LEFT, at(19, 0))]
    gorse = m.person("gorse")
    moves = ledger.moves_of(m, gorse)
    assert (moves.arrived_at, moves.left_at) == (at(18, 20), at(19, 0))
    assert not ledger.state_at(m, gorse, at(18, 10)).attending
    assert ledger.state_at(m, gorse, at(18, 30)).attending


def test_a_late_arrival_makes_someone_who_sent_apologies_present():
    m = committee()
    m = ledger.record_arrival(m, "fern", at(18, 25))
    fern = m.person("fern")
    assert ledger.moves_of(m, fern).arrived_at == at(18, 25)
    assert fern.attendance is Attendance.APOLOGIES  # the register's mark, as it was
    assert ledger.attendance_of(m, fern) is Attendance.PRESENT
    assert "fern" not in ids(ledger.attending_at(m, at(18, 24)))
    assert "fern" in ids(ledger.attending_at(m, at(18, 25)))


@pytest.mark.parametrize(
    ("do", "message"),
    [
        (lambda m: ledger.record_arrival(m, "ash", at(18, 30)), "already at the meeting"),
        (lambda m: ledger.record_departure(m, "fern", at(18, 30)), "not at the meeting"),
        (lambda m: ledger.record_return(m, "ash", at(18, 30)), "has not left the room"),
        (lambda m: ledger.record_arrival(m, "nobody", at(18, 30)), "no person 'nobody'"),
        (lambda m: ledger.record_withdrawal(m, "ash", "nope", at(18, 30)), "no such agenda item"),
    ],
)
def test_impossible_entries_are_refused_with_one_line(do, message):
    m = committee()
    with pytest.raises(ClerkError, match=message) as info:
        do(m)
    assert "\n" not in str(info.value)


def test_withdrawing_twice_is_refused_and_an_entry_before_a_later_one_is_checked():
    m = committee()
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 38))
    with pytest.raises(RuleError, match="already left the room"):
        ledger.record_withdrawal(m, "cedar", "i5", at(18, 40))
    # An arrival back-dated before a departure that followed it would be a double arrival.
    m = ledger.record_departure(m, "dale", at(18, 35))
    m = ledger.record_arrival(m, "dale", at(18, 50))
    with pytest.raises(RuleError, match="already at the meeting"):
        ledger.record_arrival(m, "dale", at(18, 30))


def test_not_there_is_not_found_and_a_broken_rule_is_a_rule_error():
    m = committee()
    with pytest.raises(NotFound):
        ledger.record_arrival(m, "nobody", at(18, 30))
    with pytest.raises(RuleError):
        ledger.record_arrival(m, "ash", at(18, 30))


def test_removing_an_entry_restores_the_timeline():
    m = committee()
    m2 = ledger.record_departure(m, "dale", at(18, 35))
    key = next(e.key for e in m2.presence if e.person == "dale")
    m3 = ledger.remove_event(m2, key)
    assert ledger.moves_of(m3, m3.person("dale")).left_at is None
    assert "dale" in ids(ledger.attending_at(m3, at(19, 0)))
    with pytest.raises(NotFound):
        ledger.remove_event(m3, "missing")


def test_presence_for_an_item_tells_start_throughout_some_and_withdrawn():
    m = committee()
    m = taken(m, "i4", at(18, 30), at(18, 50))
    m = ledger.record_withdrawal(m, "cedar", "i4", at(18, 30))
    m = ledger.record_return(m, "cedar", at(18, 50))
    m = ledger.record_departure(m, "dale", at(18, 40))
    p = ledger.presence_for_item(m, "i4")
    assert "cedar" not in ids(p.at_some_time)
    assert ids(p.withdrew) == ["cedar"]
    assert "dale" in ids(p.at_start) and "dale" not in ids(p.throughout)
    assert "dale" in ids(p.at_some_time)
    assert "ash" in ids(p.throughout)
    # An item not yet taken has nobody.
    assert ledger.presence_for_item(m, "i5").at_start == ()


def test_item_span_runs_to_the_next_item_when_no_end_was_stamped():
    m = committee()
    m = taken(m, "i4", at(18, 30))
    m = taken(m, "i5", at(18, 52))
    assert ledger.item_span(m, "i4") == (at(18, 30), at(18, 52))
    assert ledger.item_span(m, "i5") == (at(18, 52), None)


def test_removing_a_withdrawal_leaves_the_arrival_alone():
    before = committee()
    m = ledger.record_withdrawal(before, "gorse", "i4", at(18, 40))
    key = m.presence[-1].key
    m = ledger.remove_event(m, key)
    assert ledger.moves_of(m, m.person("gorse")).arrived_at == at(18, 20)
    assert m.presence == before.presence


def test_a_long_ledger_is_checked_without_building_a_message_until_a_rule_is_broken(
    monkeypatch,
):
    m = committee()
    for n in range(150):  # 300 entries: Dalby leaves and comes back every few seconds
        m = ledger.record_departure(m, "dale", at(18, 0) + timedelta(seconds=20 * n))
        m = ledger.record_arrival(m, "dale", at(18, 0) + timedelta(seconds=20 * n + 10))
    assert len(m.presence) == 301  # and Gorsedene's late arrival
    named = []
    real = ledger.short_name
    monkeypatch.setattr(ledger, "short_name", lambda p: named.append(p.id) or real(p))
    m = ledger.record_departure(m, "dale", at(19, 0))
    ledger.check_ledger(m)
    assert named == []
    with pytest.raises(RuleError, match="Dalby is not at the meeting at 19:05"):
        ledger.record_departure(m, "dale", at(19, 5))
    assert named == ["dale"]
    # Back-dated into the middle of the ledger: the entries after it are checked against it.
    with pytest.raises(RuleError, match="already at the meeting"):
        ledger.record_arrival(m, "dale", at(18, 0, 5))


def test_timelines_carried_on_from_one_change_to_the_next_equal_those_built_afresh():
    import random

    rng = random.Random(18)
    for _ in range(20):
        m = taken(committee(), "i4", at(18, 30), at(18, 50))
        ids = [p.id for p in m.people]
        for _ in range(40):
            pid, t = rng.choice(ids), at(18, 0) + timedelta(minutes=rng.randint(0, 90))
            do = rng.choice(["arrive", "leave", "withdraw", "return", "remove"])
            try:
                if do == "arrive":
                    m = ledger.record_arrival(m, pid, t)
                elif do == "leave":
                    m = ledger.record_departure(m, pid, t)
                elif do == "withdraw":
                    m = ledger.record_withdrawal(m, pid, "i4", t)
                elif do == "return":
                    m = ledger.record_return(m, pid, t)
                elif m.presence:
                    m = ledger.remove_event(m, rng.choice(m.presence).key)
            except RuleError:
                pass
            carried = {pid: ledger.state_at(m, m.person(pid), None) for pid in ids}
            events = {pid: ledger.person_events(m, m.person(pid)) for pid in ids}
            ledger._cache = None  # built afresh
            assert carried == {pid: ledger.state_at(m, m.person(pid), None) for pid in ids}
            assert events == {pid: ledger.person_events(m, m.person(pid)) for pid in ids}
