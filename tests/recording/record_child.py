"""A Clerk recording a meeting from a sound file in real time, to be killed mid-way
(test_crash.py). Prints ``heard SECONDS`` as the file plays; never ends by itself."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

from clerk.recording.sources import FileSource
from clerk.services import actions, recording
from clerk.services.session import MeetingSession
from clerk.store.db import open_database


def main(db_path: str, meeting_id: str, sound: str) -> None:
    db = open_database(Path(db_path))
    session = MeetingSession.open(db, int(meeting_id))
    source = FileSource(Path(sound))
    rec = recording.MeetingRecording(session, lambda: source)
    actions.start_meeting(session, datetime.now().replace(microsecond=0))
    rec.start()
    source.play()
    while True:
        print(f"heard {source.heard / source.sample_rate:.3f}", flush=True)
        time.sleep(0.1)


if __name__ == "__main__":
    main(*sys.argv[1:])
