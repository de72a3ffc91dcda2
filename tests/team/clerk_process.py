"""One Clerk in its own process, for the team-database tests: it opens a meeting in the
database it is given and does what it is told on standard input, one JSON line per action,
answering one JSON line each (what happened, or which ``ClerkError`` and its sentence).

It is a real second program on the same PostgreSQL database, as two clerks' laptops are: its
own engine and connections, its own copy of the meeting, learning of the other's changes only
through the database.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, time

from clerk.errors import ClerkError
from clerk.services import actions
from clerk.services.database import open_database
from clerk.services.session import MeetingSession


def state(session: MeetingSession) -> dict:
    m = session.meeting
    return {
        "revision": session.revision,
        "started_at": m.started_at.strftime("%H:%M") if m.started_at else None,
        "current_item": m.current_item,
        "items": {it.key: [it.minute_number, it.status.value, it.narrative] for it in m.items},
        "people": {p.id: p.attendance.value for p in m.people},
        "presence": [[e.person, e.kind.value] for e in m.presence],
        "undo": session.undo_label,
    }


def main(url: str, meeting_id: int) -> None:
    db = open_database(url)
    session = MeetingSession.open(db, meeting_id)
    day = session.meeting.date

    def at(text: str) -> datetime:
        return datetime.combine(day, time.fromisoformat(text))

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, *args = json.loads(line)
        answer: dict = {"ok": True}
        try:
            if command == "state":
                answer = state(session)
            elif command == "poll":
                answer["changed"] = session.poll() is not None
            elif command == "undo":
                answer["done"] = session.undo() is not None
            elif command in ("start_meeting", "take_item", "mark_present", "record_departure"):
                *rest, when = args
                getattr(actions, command)(session, *rest, at(when))
            else:
                getattr(actions, command)(session, *args)
        except ClerkError as exc:
            answer = {"error": type(exc).__name__, "message": str(exc)}
        print(json.dumps(answer), flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
