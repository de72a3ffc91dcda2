"""Hostile or broken input files: refused at once, in one line, with the limit; never parsed
when they are not what they claim."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from clerk import safefiles
from clerk.agenda import AgendaError, read_agenda
from clerk.store.record import RecordError, meeting_from_record, read_record_file

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "demo-meeting.json"


def demo() -> dict:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def clerk(*args):
    return subprocess.run(
        [sys.executable, "-m", "clerk", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


# -- meeting records ---------------------------------------------------------------------------


def test_a_number_of_thousands_of_digits_is_one_line(tmp_path):
    record = demo()
    record["first_minute_number"] = 7
    text = json.dumps(record).replace(
        '"first_minute_number": 7', '"first_minute_number": 7' + "0" * 5000
    )
    assert "0" * 5000 in text
    (tmp_path / "r.json").write_text(text, encoding="utf-8")
    done = clerk("--db", tmp_path / "c.sqlite3", "import-record", tmp_path / "r.json")
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "digits" in done.stderr


@pytest.mark.parametrize("pages", ["[1e20, 1e20]", f"[{2**31}, {2**31}]", "[1, 100001]"])
def test_pages_past_the_limit_are_refused_the_same_on_every_engine(tmp_path, pages):
    record = demo()
    record["items"][0]["pages"] = [1, 2]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record).replace("[1, 2]", pages, 1), encoding="utf-8")
    with pytest.raises(RecordError, match=r"items\[0\]\.pages\[\d\]: .* greater than"):
        meeting_from_record(read_record_file(path))


@pytest.mark.parametrize("where", ["people[0].id", "items[0].agenda_number"])
def test_a_control_character_in_an_id_is_refused(where):
    record = demo()
    first, key = where.split(".")
    part = record[first.split("[")[0]][0]
    part[key] = part[key] + "\x00x"
    with pytest.raises(RecordError, match=r"is not a valid value here"):
        meeting_from_record(record)


def test_a_record_with_a_million_items_is_refused_fast_without_quoting_it(tmp_path):
    record = demo()
    record["items"][0]["motions"] = [{}] * 1_000_000
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(RecordError) as err:
        meeting_from_record(read_record_file(path))
    assert "1,000,000 entries, more than the limit of" in str(err.value)
    assert len(str(err.value)) < 200
    record["items"] = [{"agenda_number": str(i), "title": "x"} for i in range(1_000_000)]
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(RecordError, match="MB limit for a meeting record"):
        read_record_file(path)


# -- not regular files -------------------------------------------------------------------------


def refused_quickly(call):
    """Run ``call`` in a thread; it must finish (with an error) rather than block."""
    outcome = []

    def run():
        try:
            call()
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading blocked"
    return outcome[0]


def test_a_fifo_is_refused_at_once_as_agenda_record_or_template(tmp_path):
    from clerk.minutes import MinutesError, write_minutes
    from clerk.store.record import meeting_from_record as build

    fifo = tmp_path / "agenda.txt"
    os.mkfifo(fifo)
    exc = refused_quickly(lambda: read_agenda(fifo))
    assert isinstance(exc, AgendaError) and "not a regular file (a pipe)" in str(exc)
    exc = refused_quickly(lambda: read_record_file(fifo))
    assert isinstance(exc, RecordError) and "not a regular file" in str(exc)
    meeting = build(demo())
    exc = refused_quickly(lambda: write_minutes(meeting, tmp_path / "m.docx", template=fifo))
    assert isinstance(exc, MinutesError) and "not a regular file" in str(exc)


def test_a_device_is_refused(tmp_path):
    with pytest.raises(AgendaError, match=r"not a regular file \(a device\)"):
        read_agenda(Path("/dev/zero"))


# -- sizes and zip bombs -----------------------------------------------------------------------


def zip_bomb(path: Path, unpacked: int = 320 * 1024**2) -> None:
    """A .docx-looking zip whose document part declares (and holds) hundreds of megabytes of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"\0" * (16 * 1024 * 1024)
            for _ in range(unpacked // len(block)):
                part.write(block)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "agenda.docx"
    zip_bomb(path)
    return path


def test_a_zip_bomb_agenda_is_refused_by_its_declared_sizes(bomb):
    start = time.process_time()
    with pytest.raises(AgendaError, match="would unpack to more than .* limit for an agenda"):
        read_agenda(bomb)
    assert time.process_time() - start < 5  # a bound for a hung parser, not a timing target


def test_a_zip_bomb_template_is_refused(bomb, tmp_path):
    from clerk.minutes import MinutesError, write_minutes
    from clerk.store.record import meeting_from_record as build

    with pytest.raises(MinutesError, match="limit for a Word template"):
        write_minutes(build(demo()), tmp_path / "m.docx", template=bomb)
    assert not (tmp_path / "m.docx").exists()


def test_a_tightly_packed_part_is_refused_even_within_the_total():
    buffer = io.BytesIO()
    zip_bomb(buffer, unpacked=32 * 1024 * 1024)
    with pytest.raises(safefiles.UnsafeFile, match="unpacks .* times its packed size"):
        safefiles.check_zip(io.BytesIO(buffer.getvalue()), "x.docx", safefiles.LIMITS["agenda"])


def test_an_agenda_text_past_the_limit_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "agenda.txt"
    with open(path, "wb") as f:
        f.write(b"4. Budget report (Pages 9 - 32)\n" * (9 * 1024 * 1024 // 32))
    with pytest.raises(AgendaError) as err:
        read_agenda(path)
    assert "more than the 8 MB limit for an agenda text" in str(err.value)


def test_text_that_is_not_utf8_is_read_with_a_note(tmp_path):
    path = tmp_path / "agenda.txt"
    text = (ROOT.parent / "shared" / "seeds" / "000_887e77f9a3f9c52a.txt").read_text("utf-8")
    path.write_bytes(text.replace("£", "£").encode("cp1252", errors="replace") + b"\x93q\x94")
    found = read_agenda(path)
    assert any("not UTF-8" in note and "Windows-1252" in note for note in found.notes)


def test_memory_of_a_refused_bomb_stays_small(bomb):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(AgendaError):
        read_agenda(bomb)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 200 * 1024
