"""Child of the disk-full test: saving with a file size limit, then after the limit is lifted."""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from dataclasses import replace
from pathlib import Path

from clerk.services.session import MeetingSession, SaveError
from clerk.store.db import open_database


def set_notes(m, key, text):
    return replace(
        m, items=tuple(replace(it, narrative=text) if it.key == key else it for it in m.items)
    )


def main(db_path: str, meeting_id: int) -> None:
    db = open_database(db_path)
    session = MeetingSession.open(db, meeting_id)
    key = session.meeting.items[4].key
    session.apply("Notes", set_notes, key, "Saved before the disk filled.")
    report = {}
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    biggest = max(os.path.getsize(p) for p in Path(db_path).parent.glob("clerk.sqlite3*"))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 4096, hard))
    big = "A long paragraph typed during the meeting. " * 50000
    try:
        session.apply("Notes", set_notes, key, big)
        report["full"] = None
    except SaveError as exc:
        report["full"] = str(exc)
    report["kept_in_memory"] = session.meeting.items[4].narrative
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    session.apply("Notes", set_notes, key, big)
    report["after"] = len(session.meeting.items[4].narrative)
    db.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
