"""The importer on the shared corpus of real agendas and minutes (``../shared/corpus``).

Every agenda is scored with the shared checker (``tests/agenda/corpus_scores.py`` runs
``check_agenda.py`` itself); the table of scores is printed whatever the outcome, and the test
fails under 98% of the corpus's fields. No real agenda may be refused; minutes on their own
must be. When the corpus is not beside the repository the tests skip and say so.
"""

from __future__ import annotations

import pytest

from clerk.agenda import AgendaError, read_agenda_text
from tests.agenda import corpus_scores

THRESHOLD = 0.98


@pytest.fixture(scope="module")
def scores():
    reason = corpus_scores.available()
    if reason:
        pytest.skip(reason)
    return corpus_scores.score_all()


def test_the_corpus_scores_at_least_98_percent(scores, capsys):
    table = corpus_scores.table(scores)
    with capsys.disabled():
        print(f"\nagenda corpus scores\n{table}")
    passed = sum(s.passed for s in scores)
    total = sum(s.total for s in scores)
    assert len(scores) >= 20 and total > 0
    assert passed / total >= THRESHOLD, f"corpus score {passed}/{total} is under 98%\n{table}"


def test_no_real_agenda_is_refused(scores):
    refused = {s.stem: s.refused for s in scores if s.refused}
    assert refused == {}


def _minutes_files():
    reason = corpus_scores.available()
    folder = corpus_scores.CORPUS.parent / "minutes"
    if reason or not folder.is_dir():
        return []
    return sorted(folder.glob("*.txt"))


MINUTES = _minutes_files()


@pytest.mark.skipif(not MINUTES, reason="the shared corpus of minutes is not beside the repository")
@pytest.mark.parametrize("path", MINUTES, ids=[p.stem for p in MINUTES])
def test_minutes_on_their_own_are_refused(path):
    text = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[2:])
    first = next(line.strip() for line in text.splitlines() if line.strip())
    if first.lower().startswith("agenda and minutes"):
        # A ModernGov "Agenda and minutes" page is the agenda with the minutes under each item.
        found = read_agenda_text(text, source_name=path.name)
        assert found.record["items"]
        return
    with pytest.raises(AgendaError, match="not an agenda") as caught:
        read_agenda_text(text, source_name=path.name)
    assert "\n" not in str(caught.value)


def test_the_header_is_chosen_right_even_from_the_whole_document(scores):
    """The header half on its own: body, kind, date, time, venue and organisation read from the
    whole text (items, minutes blocks and decoys included), as the expected files give them."""
    import json

    from clerk.agenda.build import _meeting_kind
    from clerk.agenda.lines import split_lines
    from clerk.agenda.notice import read_notice

    fold = corpus_scores._checker().fold
    missed, total = [], 0
    for stem in corpus_scores.stems():
        expected = json.loads((corpus_scores.CORPUS / f"{stem}.expected.json").read_text("utf-8"))
        notice = read_notice(split_lines(corpus_scores.document_text(stem)))
        got = {
            "committee": notice.committee,
            "organisation": notice.organisation,
            "kind": _meeting_kind(notice.committee or "(committee not found)"),
            "date": notice.date and notice.date.isoformat(),
            "scheduled_time": notice.time and notice.time.strftime("%H:%M"),
            "venue": notice.venue,
        }
        for key, value in got.items():
            if key in expected:
                total += 1
                if fold(expected[key]) != fold(value):
                    missed.append(f"{stem} {key}: expected {expected[key]!r}, got {value!r}")
    assert total >= 70
    assert missed == []
