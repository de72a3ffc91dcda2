"""The command line's after-the-meeting commands (docs/after-the-meeting.md).

    clerk search WORDS…
    clerk attendance --body B --from YYYY-MM-DD --to YYYY-MM-DD [-o FILE.csv]
    clerk chapters ID --start HH:MM[:SS] | --from-recording [--vtt] [-o FILE]
    clerk transcribe ID [--model FOLDER]      the meeting's recording, offline (clerk[transcribe])

Registered by ``clerk.cli``; errors are its ``BadInput`` (exit 3) and ``Failure`` (exit 1),
one line each.
"""

from __future__ import annotations

import sys
from pathlib import Path


def add_parsers(command) -> None:
    """The commands; ``command`` is the CLI's maker of commands."""
    p = command("search", "find words in every meeting (one line per hit: id, date, body, item)")
    p.add_argument("words", nargs="+")
    p.add_argument("--limit", type=int, default=200, help="at most this many hits (200)")

    p = command(
        "attendance", "attendance record per member of a body over a period, as .csv or .docx"
    )
    p.add_argument("--body", required=True, help="the body's name, as in: clerk meetings")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument(
        "-o", "--output", type=Path, help="the .csv or .docx to write (default: .csv on stdout)"
    )

    p = command("chapters", "webcast chapters of a meeting: each item's start after the webcast's")
    p.add_argument("id", type=int)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--start", metavar="HH:MM[:SS]", help="when the webcast began")
    when.add_argument(
        "--from-recording",
        action="store_true",
        help="on the meeting's own recording (its exempt gaps left out)",
    )
    p.add_argument("--vtt", action="store_true", help="WebVTT chapters instead of a plain list")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    p = command("transcribe", "transcribe a meeting's recording offline, line by line per item")
    p.add_argument("id", type=int)
    p.add_argument("--model", type=Path, help="a folder holding a Whisper model (CTranslate2)")


def cmd_transcribe(args) -> int:
    from clerk.cli import Failure, _load, _open
    from clerk.recording import RecordingError
    from clerk.services import transcripts

    missing = transcripts.available()
    if missing:
        raise Failure(missing)
    db = _open(args, lock=False)
    try:
        meeting = _load(db, args.id)
        model = None
        if args.model is not None:
            from clerk.recording.transcribe import Transcriber

            model = Transcriber(args.model)
        made = transcripts.transcribe_meeting(db, meeting, transcriber=model)
    except RecordingError as exc:
        raise Failure(str(exc)) from None
    finally:
        db.close()
    print(f"{made} lines transcribed")
    return 0


def cmd_search(args) -> int:
    from clerk.cli import BadInput, Failure, _open
    from clerk.services.search import SearchError, hit_line, search

    words = " ".join(args.words)
    if not any(ch.isalnum() for ch in words):
        raise BadInput("give a word to search for")
    db = _open(args, lock=False)
    try:
        hits = search(db, words, limit=max(1, args.limit))
    except SearchError as exc:
        raise Failure(str(exc)) from None
    finally:
        db.close()
    for hit in hits:
        print(hit_line(hit))
    if not hits:
        print(f"nothing found for: {words}", file=sys.stderr)
    return 0


def _day(value: str, what: str):
    from datetime import date

    from clerk.cli import BadInput

    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{what} {value!r} is not a date like 2026-05-01") from None


def cmd_attendance(args) -> int:
    from clerk.cli import BadInput, _open, write_atomic
    from clerk.services.attendance import as_csv, attendance_record, write_docx

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise BadInput(f"--to {end} is before --from {start}")
    db = _open(args, lock=False)
    try:
        record = attendance_record(db, args.body, start, end)
        if record.meeting_ids and args.output and args.output.suffix.lower() == ".docx":
            write_docx(db, record, args.output)
            print(
                f"{len(record.members)} members, {len(record.meeting_ids)} meetings: {args.output}"
            )
            return 0
    finally:
        db.close()
    if not record.meeting_ids:
        raise BadInput(f"no meetings of {args.body!r} from {start} to {end} (see: clerk meetings)")
    out = as_csv(record)
    if args.output is None:
        sys.stdout.write(out)
    else:
        write_atomic(args.output, out.encode("utf-8"))
        print(f"{len(record.members)} members, {len(record.meeting_ids)} meetings: {args.output}")
    return 0


def cmd_chapters(args) -> int:
    from clerk.cli import BadInput, _load, _open, write_atomic
    from clerk.services import chapters as ch

    try:
        start = None if args.from_recording else ch.parse_start(args.start)
    except ch.ChapterError as exc:
        raise BadInput(str(exc)) from None
    db = _open(args, lock=False)
    try:
        meeting = _load(db, args.id)
        if start is None:
            from clerk.services.recording import spans

            spans_ = spans(db, args.id)
    finally:
        db.close()
    try:
        found = (
            ch.recording_chapters(meeting, spans_) if start is None else ch.chapters(meeting, start)
        )
    except ch.ChapterError as exc:
        raise BadInput(str(exc)) from None
    out = ch.webvtt(found) if args.vtt else ch.chapter_list(found)
    if args.output is None:
        sys.stdout.write(out)
    else:
        write_atomic(args.output, out.encode("utf-8"))
    return 0


COMMANDS = {
    "search": cmd_search,
    "attendance": cmd_attendance,
    "chapters": cmd_chapters,
    "transcribe": cmd_transcribe,
}
