"""The transcript of a meeting's recording: made offline, kept line by line, shown per item.

Each line is tied to the item being taken when it was said (the meeting's own times), so the
item's transcript sits beside its notes, a line can go into the notes, and the words are found
by the search of every meeting. Exempt business was never recorded, so it has no transcript.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from clerk.domain.model import Meeting, Role, new_key
from clerk.recording import RecordingError
from clerk.recording.timeline import item_at
from clerk.services import recording
from clerk.store import recordings, repository
from clerk.store.db import Database

MODEL_FOLDER = "recording.model_folder"


@dataclass(frozen=True, slots=True)
class Line:
    """A line as the clerk sees it: when it was said, where it is heard, the words."""

    key: str
    at: datetime
    item_key: str | None
    segment_file: str
    offset: float  # seconds into the segment's file
    text: str

    @property
    def clock(self) -> str:
        return self.at.strftime("%H:%M:%S")


def available() -> str | None:
    """None when transcripts can be made here, else one line saying what to install."""
    from clerk.recording.transcribe import available as whisper_available

    return whisper_available()


def hotwords(meeting: Meeting) -> list[str]:
    """Members' and officers' names, as the room says them: surnames, full names, titles."""
    out: list[str] = []
    for p in meeting.people:
        if p.surname:
            out.append(p.surname)
            if p.title and p.role is not Role.OFFICER:
                out.append(f"{p.title} {p.surname}")
            if p.forename:
                out.append(f"{p.forename} {p.surname}")
        elif p.name:
            out.append(p.name)
    out.append("Councillor")
    return list(dict.fromkeys(out))


def model_folder(db: Database) -> str | None:
    value = repository.get_setting(db, MODEL_FOLDER, "")
    return value if isinstance(value, str) and value.strip() else None


def transcribe_meeting(
    db: Database,
    meeting: Meeting,
    *,
    transcriber=None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Transcribe every closed segment of the meeting's recording (again); lines made."""
    from clerk.recording.transcribe import Transcriber

    assert meeting.id is not None
    segs = [s for s in recordings.segments(db.engine, meeting.id) if s.frames]
    if not segs:
        raise RecordingError("this meeting has no recording to transcribe")
    model = transcriber or Transcriber(model_folder(db))
    words = hotwords(meeting)
    made = 0
    for n, seg in enumerate(segs, start=1):
        heard = model.transcribe(recording.segment_path(db, meeting.id, seg.file), words)
        lines = [
            recordings.LineInfo(
                new_key(),
                seg.key,
                int(h.start * 1000),
                int(h.end * 1000),
                h.text,
                item_at(meeting, seg.started_at + timedelta(seconds=h.start)),
            )
            for h in heard
        ]
        recordings.replace_lines(db.engine, meeting.id, seg.key, lines)
        made += len(lines)
        if progress is not None:
            progress(n, len(segs))
    return made


def transcript(db: Database, meeting_id: int, item_key: str | None = None) -> list[Line]:
    """The meeting's transcript in the order said; only one item's when ``item_key`` is given."""
    out = []
    for seg, ln in recordings.lines(db.engine, meeting_id):
        if item_key is not None and ln.item_key != item_key:
            continue
        out.append(
            Line(
                ln.key,
                seg.started_at + timedelta(milliseconds=ln.start_ms),
                ln.item_key,
                seg.file,
                ln.start_ms / 1000,
                ln.text,
            )
        )
    return out


class LiveTranscript:
    """The segment being recorded, transcribed a window at a time while the meeting goes on
    (``step`` every few seconds, off the GUI's thread): each window of whole one-second chunks
    on disk is transcribed once and its lines added, so the transcript runs a window behind.
    After the meeting ``transcribe_meeting`` may do each segment again as a whole."""

    def __init__(self, rec: recording.MeetingRecording, transcriber=None, window: float = 10.0):
        self.rec = rec
        self.transcriber = transcriber
        self.window = window
        self._done: dict[str, int] = {}  # segment key -> chunks transcribed

    def step(self) -> int:
        """Transcribe the next window if it is all on disk; the lines added."""
        import numpy as np

        from clerk.recording.chunks import CHUNKS, read
        from clerk.recording.transcribe import Transcriber

        key, seg = self.rec.segment_now()
        if key is None or seg is None:
            return 0
        db, meeting = self.rec.db, self.rec.session.meeting
        folder = recording.segment_path(db, meeting.id, seg.file).with_suffix(CHUNKS)
        chunks = sorted(folder.glob("*.flac"))
        done = self._done.get(key, 0)
        fresh = chunks[done:]
        if len(fresh) * self.rec.chunk_seconds < self.window:
            return 0
        parts = [read(c)[0][:, 0] for c in fresh]
        audio = np.concatenate(parts).astype(np.float32) / 32768.0
        if seg.sample_rate != 16000:  # Whisper hears 16 kHz
            at = np.arange(0, len(audio), seg.sample_rate / 16000)
            audio = np.interp(at, np.arange(len(audio)), audio).astype(np.float32)
        if self.transcriber is None:
            self.transcriber = Transcriber(model_folder(db))
        heard = self.transcriber.transcribe(audio, hotwords(meeting))
        offset = done * self.rec.chunk_seconds
        lines = [
            recordings.LineInfo(
                new_key(),
                key,
                int((offset + h.start) * 1000),
                int((offset + h.end) * 1000),
                h.text,
                item_at(meeting, seg.started_at + timedelta(seconds=offset + h.start)),
            )
            for h in heard
        ]
        recordings.add_lines(db.engine, meeting.id, key, lines)
        self._done[key] = done + len(fresh)
        return len(lines)
