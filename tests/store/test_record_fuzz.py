"""Fuzzing the record reader: any JSON at all, and real records with values knocked about.

Whatever comes in, the only error that may come out is RecordError, with one line of text.
"""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk.store.record import RecordError, meeting_from_record, record_from_meeting

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)


def read(data) -> None:
    try:
        meeting = meeting_from_record(data)
    except RecordError as exc:
        assert "\n" not in str(exc)
        return
    json.dumps(record_from_meeting(meeting))


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_any_json_is_read_or_refused(data):
    read(data)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, (*prefix, i))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_mutated_example_is_read_or_refused(example_record, data):
    record = copy.deepcopy(example_record)
    all_paths = [p for p in paths(record) if p]
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(all_paths))
        target = record
        try:
            for key in path[:-1]:
                target = target[key]
            action = data.draw(st.sampled_from(["delete", "replace", "null"]))
            if action == "delete":
                del target[path[-1]]
            elif action == "null":
                target[path[-1]] = None
            else:
                target[path[-1]] = data.draw(JSON)
        except (KeyError, IndexError, TypeError):
            continue
    read(record)
