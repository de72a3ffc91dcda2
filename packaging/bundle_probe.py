"""Recording, tried from inside the built bundle (run by ``check_bundle.py``, not by a clerk).

    clerk --bundle-probe recording DATABASE SOUND_FILE

The bundle's program (``launch.py``) hands the arguments here when the first one is
``--bundle-probe``, so the check runs the bundle's own modules and libraries, with no Python
or source tree: the sound file is played in as the room's microphone would be (the file source,
through the same recorder), for the first meeting of ``DATABASE``; FLAC chunks must be on disk
while it records, and one sealed FLAC file of the whole length after it stops. It also says
which libsndfile and PortAudio were loaded, whether there is a sound output, and what the
application says about the transcript. One line of JSON on standard output; exit 0 when the
recording was written.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path


def _sound() -> dict:
    """The sound libraries as the bundle loads them."""
    import soundfile

    found: dict = {
        "soundfile": soundfile.__version__,
        "libsndfile": soundfile.__libsndfile_version__,
    }
    from clerk.recording import RecordingError
    from clerk.recording.playback import output_device, sound_library

    try:
        sd = sound_library()
    except RecordingError as exc:
        found["portaudio"] = None
        found["output"] = str(exc)
        return found
    found["portaudio"] = sd.get_portaudio_version()[1]
    found["portaudio_file"] = getattr(sd, "_libname", None)
    found["library_path"] = os.environ.get("LD_LIBRARY_PATH")
    try:
        found["output"] = output_device(sd)
    except RecordingError as exc:
        found["output"] = str(exc)
    return found


def recording(database: str, sound_file: str) -> dict:
    from clerk.recording.sources import FileSource
    from clerk.services import actions
    from clerk.services import recording as rec
    from clerk.services.database import open_database
    from clerk.services.session import MeetingSession
    from clerk.services.transcripts import available

    db = open_database(database)
    out: dict = {"transcribe": available() or "available"}
    try:
        meeting_id = min(_meeting_ids(db))
        session = MeetingSession.open(db, meeting_id)
        if session.meeting.started_at is None:
            actions.start_meeting(session, datetime.now())
        source = FileSource(Path(sound_file))
        recorder = rec.MeetingRecording(session, lambda: source)
        recorder.start()
        source.pump(source.frames / source.sample_rate)
        recorder.wait()
        folder = rec.meeting_folder(db, meeting_id)
        chunks = sorted(folder.glob("*.chunks/*.flac"))
        out["chunks_while_recording"] = len(chunks)
        out["chunk_seconds"] = [_seconds(p) for p in chunks]
        recorder.close()
        source.close()
        sealed = sorted(folder.glob("*.flac"))
        out["sealed"] = [p.name for p in sealed]
        out["sealed_seconds"] = sum(_seconds(p) for p in sealed)
        out["chunks_left"] = len(list(folder.glob("*.chunks/*")))
        out["heard_seconds"] = source.heard / source.sample_rate
    finally:
        db.close()
    out.update(_sound())
    return out


def _meeting_ids(db) -> list[int]:
    from clerk.store import repository

    return [int(m.id) for m in repository.list_meetings(db.engine)]


def _seconds(path: Path) -> float:
    import soundfile

    info = soundfile.info(str(path))
    return info.frames / info.samplerate


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "recording":
        print("usage: clerk --bundle-probe recording DATABASE SOUND_FILE", file=sys.stderr)
        return 2
    found = recording(argv[1], argv[2])
    print(json.dumps(found))
    return 0 if found.get("sealed_seconds", 0) > 0 and found["chunks_while_recording"] else 1
