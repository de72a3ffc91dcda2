"""A clerk's whole live meeting on a SQLite file — opened at the current schema, checked, the
meeting read, items taken and notes typed, undone and redone, other Clerks polled for, the
quick check and the daily backup — runs on the driver alone: SQLAlchemy (about a third of a
second of CPU and 26 MB at every start) and Alembic are not imported. Run in a process of its
own, since this one has imported them already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from datetime import datetime
from clerk.domain import operations
from clerk.services import database, live
from clerk.services.database import open_database
from clerk.services.meetings import has_meetings
from clerk.services.recording import recover

db = open_database(sys.argv[1])
session = live.open_session(db, int(sys.argv[2]))
assert has_meetings(db) and live.meeting_exists(db, session.meeting.id)
recover(db)
first = session.meeting.items[0].key
session.apply("Take", operations.take_item, first, datetime(2026, 12, 1, 18, 0))
session.apply("Notes", operations.set_notes, first, "Typed on the driver.")
session.undo()
session.redo()
assert session.poll() is None
problems = database.check(db, quick=True)
database.rolling_backup(db)
saved = (session.meeting.items[0].narrative, session.revision, problems)
db.close()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
print("RESULT " + json.dumps({"saved": saved, "loaded": loaded}))
"""


def test_a_live_meeting_on_sqlite_never_imports_sqlalchemy(tmp_path):
    from clerk.services.meetings import create_demo_meeting, load_meeting
    from clerk.store.db import open_database

    path = tmp_path / "clerk.sqlite3"
    db = open_database(path)
    meeting = create_demo_meeting(db)
    db.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), str(meeting.id)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    assert result["loaded"] == []
    narrative, revision, problems = result["saved"]
    assert narrative == "Typed on the driver." and problems == []
    # What the driver wrote reads back the same through SQLAlchemy.
    db = open_database(path)
    try:
        back = load_meeting(db, meeting.id)
        assert back.items[0].narrative == "Typed on the driver."
        assert back.items[0].minute_number is not None
        with db.engine.connect() as conn:
            from sqlalchemy import text

            stored = conn.execute(
                text("SELECT revision FROM meetings WHERE id = :i"), {"i": meeting.id}
            ).scalar()
        assert stored == revision == 4  # take, notes, undo of the notes, redo
    finally:
        db.close()
