"""The meeting record clerk.meeting/1: round trips, and bad records refused by path."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings

from clerk.store.record import (
    RecordError,
    meeting_from_record,
    read_record_file,
    record_from_meeting,
)
from tests.strategies import records


def test_example_round_trips_exactly(example_record):
    assert record_from_meeting(meeting_from_record(example_record)) == example_record


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_generated_records_round_trip(record):
    assert record_from_meeting(meeting_from_record(record)) == record


def bad(example, path, value):
    data = copy.deepcopy(example)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["items", 3, "status"], "done", "items[3].status: 'done' is not one of 'pending'"),
        (["items", 0, "minute_number"], "17", "items[0].minute_number: '17' is not of type"),
        (["items", 2, "colour"], "red", "items[2]: unknown key 'colour'"),
        (["surprise"], 1, "unknown key 'surprise'"),
        (
            ["declarations", 0, "person"],
            "nobody",
            "declarations[0].person: no person has id 'nobody'",
        ),
        (
            ["declarations", 1, "items", 0],
            "99",
            "declarations[1].items[0]: no agenda item is numbered '99'",
        ),
        (["actions", 0, "item"], "42", "actions[0].item: no agenda item is numbered '42'"),
        (["items", 0, "started_at"], "25:61", "items[0].started_at: '25:61'"),
        (
            ["finished_at"],
            "2022-02-30T19:00",
            "finished_at: '2022-02-30T19:00' is not a valid time",
        ),
        (["date"], "2022-13-01", "date: '2022-13-01' is not a valid date"),
        (["committee"], KeyError, "'committee' is missing"),
        (["format"], "clerk.meeting/2", "format: 'clerk.meeting/2' should be 'clerk.meeting/1'"),
        (["people", 11, "id"], "marsh", "people[11].id: 'marsh' is used by another person"),
        (["items", 1, "agenda_number"], "1", "items[1].agenda_number: '1' is used by another item"),
        (
            ["items", 1, "minute_number"],
            31,
            "items[1].minute_number: 31 is already the minute of item 1",
        ),
        (["people", 0, "role"], "boss", "people[0].role: 'boss' is not one of"),
        (["items", 4, "pages"], [32, 9], "items[4].pages: first page 32 is after last page 9"),
    ],
)
def test_bad_values_are_named_by_path(example_record, path, value, message):
    with pytest.raises(RecordError) as err:
        meeting_from_record(bad(example_record, path, value))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_dangling_substitute_and_vote_ids(example_record):
    data = copy.deepcopy(example_record)
    data["people"][2]["substitute_for"] = "ghost"
    with pytest.raises(RecordError, match=r"people\[2\].substitute_for: no person has id 'ghost'"):
        meeting_from_record(data)
    data = copy.deepcopy(example_record)
    data["items"][4]["motions"] = [
        {
            "text": "That the report be noted.",
            "mover": "okafor",
            "vote": {"for": 5, "recorded": {"for": ["okafor", "ghost"]}},
        }
    ]
    with pytest.raises(
        RecordError, match=r"items\[4\].motions\[0\].vote.recorded.for\[1\]: no person"
    ):
        meeting_from_record(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is not valid JSON"),
        (b'{"format": "clerk.meeting/1", "committee": "Pl', "is not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        (b"[1, 2, 3]", "a meeting record is a JSON object"),
        (b"[" * 100000, "nested too deeply"),
    ],
)
def test_files_that_are_not_records(tmp_path, content, message):
    path = tmp_path / "record.json"
    path.write_bytes(content)
    with pytest.raises(RecordError) as err:
        meeting_from_record(read_record_file(path))
    assert message in str(err.value)


def test_truncated_example_is_refused(tmp_path, example_record_path):
    data = example_record_path.read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(RecordError, match="is not valid JSON"):
        read_record_file(path)


def test_control_characters_are_removed_and_the_rest_kept(example_record):
    data = copy.deepcopy(example_record)
    data["items"][4]["narrative"] = "Pasted\x00 from\x07 Word\x0bnext line \ud800 é 😀 مرحبا\r\nend"
    meeting = meeting_from_record(data)
    assert meeting.items[4].narrative == "Pasted from Word\nnext line  é 😀 مرحبا\nend"


def test_huge_field_is_refused_clearly(example_record):
    data = copy.deepcopy(example_record)
    data["items"][4]["narrative"] = "x" * (5 * 1024 * 1024)
    with pytest.raises(
        RecordError, match=r"items\[4\].narrative: text is longer than 1,000,000 characters"
    ):
        meeting_from_record(data)


def test_export_is_json_serialisable(example_record):
    text = json.dumps(record_from_meeting(meeting_from_record(example_record)))
    assert json.loads(text) == example_record
