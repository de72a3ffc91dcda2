"""The recording of an open meeting, as the clerk turns it on and off.

Off by default. While on, it follows the meeting: when the press and public are excluded (or an
exempt item is taken) the recorder stops, nothing is heard or kept, and the segment is closed
as "exempt"; on readmission a new segment starts. Every segment is a row (clerk.store.
recordings) written when it starts, and its audio is on disk a second at a time, so a crash
loses at most that; ``recover`` seals what a crash left on the next start.

The files lie beside the database, in ``<database file>.recordings/meeting-<id>/``, the
owner's only. The microphone (PortAudio) is reached only through the source factory the
application passes in, so nothing of it is imported until recording is turned on.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clerk.domain.formal.exclusion import in_private
from clerk.domain.model import Meeting
from clerk.recording import RecordingError
from clerk.recording.timeline import Mark, Span, marks
from clerk.services.session import Change, MeetingSession
from clerk.store import recordings, repository
from clerk.store.db import Database, default_location

if TYPE_CHECKING:  # numpy and soundfile are imported only when recording begins
    from clerk.recording.recorder import Recorder

KEEP_DAYS = "recording.keep_days"


def root_folder(db: Database) -> Path:
    """Where a database's recordings lie: beside the file, or (a server) in the user's data."""
    if db.path is not None:
        return db.path.with_name(db.path.name + ".recordings")
    tag = hashlib.sha256(db.location.encode()).hexdigest()[:12]
    return default_location().parent / "recordings" / tag


def meeting_folder(db: Database, meeting_id: int) -> Path:
    return root_folder(db) / f"meeting-{meeting_id}"


def exempt_now(meeting: Meeting) -> bool:
    """Is the business now in private: the press and public excluded, or an exempt item taken
    (and the public not readmitted since it began)?"""
    if in_private(meeting, None):
        return True
    current = meeting.item(meeting.current_item) if meeting.current_item else None
    if current is None or not current.exempt:
        return False
    began = current.started_at
    return not any(
        x.to is not None and (began is None or x.to >= began) for x in meeting.exclusions
    )


class MeetingRecording:
    """The recording of one open meeting; ``state`` is "off", "recording" or "exempt"."""

    def __init__(
        self,
        session: MeetingSession,
        make_source: Callable[[], object],
        *,
        clock: Callable[[], datetime] = datetime.now,
        chunk_seconds: float = 1.0,
    ):
        self.session = session
        self.db = session.db
        self.make_source = make_source
        self.clock = clock
        self.chunk_seconds = chunk_seconds
        self.on = False
        self._recorder: Recorder | None = None
        self._segment_key: str | None = None
        self._listeners: list[Callable[[str], None]] = []
        session.subscribe(self._meeting_changed)

    @property
    def meeting_id(self) -> int:
        assert self.session.meeting.id is not None
        return self.session.meeting.id

    @property
    def state(self) -> str:
        if not self.on:
            return "off"
        return "recording" if self._segment_key is not None else "exempt"

    def segment_now(self):
        """The key of the segment being recorded and its recorder's segment (or Nones)."""
        if self._segment_key is None or self._recorder is None:
            return None, None
        return self._segment_key, self._recorder.current

    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener(self.state)

    # -- the clerk's switch --------------------------------------------------------------
    def start(self) -> str:
        """Turn recording on; it records at once unless the business is exempt now."""
        if self.on:
            return self.state
        recover(self.db)
        if self._recorder is None:
            from clerk.recording.recorder import Recorder

            done = recordings.segments(self.db.engine, self.meeting_id)
            self._recorder = Recorder(
                self.make_source(),  # type: ignore[arg-type]
                meeting_folder(self.db, self.meeting_id),
                clock=self.clock,
                chunk_seconds=self.chunk_seconds,
                first_number=max((s.position for s in done), default=0) + 1,
            )
        self.on = True
        try:
            self._follow()
        except RecordingError:  # no microphone: recording stays off, not "paused"
            self.on = False
            raise
        return self.state

    def stop(self) -> str:
        """Turn recording off: what was heard is written and sealed."""
        if self.on:
            self._close_segment("stopped")
            self.on = False
            self._tell()
        return self.state

    def close(self) -> None:
        self.stop()
        if self._recorder is not None:
            self._recorder.close()
            self._recorder = None

    def wait(self) -> None:
        """Until every sample heard is on disk (tests, and before a transcript is made)."""
        if self._recorder is not None:
            self._recorder.wait()

    # -- following the meeting -----------------------------------------------------------
    def _meeting_changed(self, change: Change) -> None:
        if self.on:
            self._follow()

    def _follow(self) -> None:
        private = exempt_now(self.session.meeting)
        if private and self._segment_key is not None:
            self._close_segment("exempt")
        elif not private and self._segment_key is None:
            self._open_segment()
        else:
            return
        self._tell()

    def _open_segment(self) -> None:
        from clerk.domain.model import new_key

        assert self._recorder is not None
        seg = self._recorder.start(self.clock())
        key = new_key()
        recordings.add_segment(
            self.db.engine,
            self.meeting_id,
            key,
            seg.file,
            seg.started_at,
            seg.sample_rate,
            seg.channels,
        )
        self._segment_key = key

    def _close_segment(self, reason: str) -> None:
        if self._segment_key is None or self._recorder is None:
            return
        key, self._segment_key = self._segment_key, None
        try:
            seg = self._recorder.stop(reason, self.clock())
        except RecordingError:
            recover(self.db)
            raise
        if seg is not None:
            recordings.close_segment(
                self.db.engine, key, seg.stopped_at or self.clock(), seg.frames or 0, reason
            )


# -- after a crash, and the recording as a whole -------------------------------------------
def recover(db: Database) -> int:
    """Seal every segment a crash left open on this computer and close its row as
    "interrupted"; how many."""
    found = []
    for seg in recordings.open_segments(db):
        target = meeting_folder(db, seg.meeting_id) / seg.file
        if not target.exists() and not target.with_suffix(".chunks").exists():
            continue  # recorded elsewhere (a team database), or nothing reached the disk
        found.append(seg)
        # Only now: the audio libraries (numpy, soundfile) cost a fifth of a start without one.
        from clerk.recording.chunks import seal

        frames = seal(target)
        stopped = seg.started_at + timedelta(seconds=frames / seg.sample_rate)
        recordings.close_segment(db.engine, seg.key, stopped, frames, "interrupted")
    return len(found)


def spans(db: Database, meeting_id: int) -> list[Span]:
    """The recorded stretches; one being recorded now counts with what is on disk so far."""
    out = []
    for s in recordings.segments(db.engine, meeting_id):
        seconds = s.seconds
        if s.stopped_at is None:
            from clerk.recording.chunks import chunked_frames  # only when needed: numpy

            found = chunked_frames(segment_path(db, meeting_id, s.file))
            seconds = found[0] / found[1] if found else 0.0
        if seconds > 0:
            out.append(Span(s.key, s.file, s.started_at, seconds))
    return out


def paused_for_exempt(db: Database, meeting_id: int) -> tuple[datetime, ...]:
    """The moments the meeting's recording stopped for exempt business (the press and public
    excluded, or an exempt item taken), in order; empty when it was never recorded. The
    minutes say so (``sentences.recording_paused``)."""
    return tuple(
        s.stopped_at
        for s in recordings.segments(db.engine, meeting_id)
        if s.stop_reason == "exempt" and s.stopped_at is not None
    )


def segment_path(db: Database, meeting_id: int, file: str) -> Path:
    return meeting_folder(db, meeting_id) / file


def recording_marks(db: Database, meeting: Meeting) -> list[Mark]:
    """Item starts, arrivals, declarations, motions and votes, each with where it is heard."""
    assert meeting.id is not None
    return marks(meeting, spans(db, meeting.id))


def delete_recording(db: Database, meeting_id: int) -> int:
    """Delete the meeting's recording and transcript; how many files went."""
    files = recordings.delete_recording(db.engine, meeting_id)
    folder = meeting_folder(db, meeting_id)
    shutil.rmtree(folder, ignore_errors=True)
    return len(files)


def keep_days(db: Database) -> int:
    value = repository.get_setting(db, KEEP_DAYS, 0)
    return int(value) if isinstance(value, int) and value > 0 else 0


def prune(db: Database, today: date | None = None) -> list[int]:
    """Delete recordings older than the retention setting; the meetings whose went."""
    days = keep_days(db)
    if not days:
        return []
    today = today or date.today()
    gone = []
    for meeting_id, last in recordings.recorded_meetings(db.engine):
        if last is not None and (today - last.date()).days > days:
            delete_recording(db, meeting_id)
            gone.append(meeting_id)
    return gone


def microphone_source():
    """The room's microphone (PortAudio is loaded only when this is called)."""
    from clerk.recording.sources import MicrophoneSource

    return MicrophoneSource()


_player = None


def play_from(db: Database, meeting_id: int, at: datetime) -> str:
    """Play the recording from the moment ``at`` of the meeting; what is played, in words.
    ``RecordingError`` (one line) when that moment was not recorded or sound cannot play."""
    from clerk.recording.playback import Player
    from clerk.recording.timeline import locate

    global _player
    place = locate(spans(db, meeting_id), at)
    if place is None:
        raise RecordingError(f"nothing was recorded at {at:%H:%M:%S}")
    if _player is None:
        _player = Player()
    _player.play(segment_path(db, meeting_id, place.span.file), place.offset)
    return f"playing from {at:%H:%M:%S} ({place.span.file} at {place.offset:.0f} s)"


def stop_playing() -> None:
    if _player is not None:
        _player.stop()
