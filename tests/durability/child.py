"""The child of the kill test: clerks the scripted meeting, saying "saved N" after each save."""

from __future__ import annotations

import sys

from clerk.services.session import MeetingSession
from clerk.store.db import open_database
from tests.durability.scripted import actions


def main(db_path: str, meeting_id: int) -> None:
    db = open_database(db_path)
    session = MeetingSession.open(db, meeting_id)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for n, (label, op, args, merge) in enumerate(actions(session.meeting), start=1):
        session.apply(label, op, *args, merge=merge)
        out.write(f"saved {n}\n")
        out.flush()
    out.write("done\n")
    out.flush()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
