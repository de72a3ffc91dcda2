"""Nothing set aside is forgotten: files kept beside the database after a restore, and the
meetings in them brought back into the current database on request.

Every start (the application's and each command's) lists the ``<name>.damaged-*`` files that a
restore kept beside the database, with what to do about each; ``recover_meetings`` reads every
meeting it still can from such a file and imports those the current database does not hold
already. A file fully recovered is renamed ``<name>.recovered-*`` (kept, no longer mentioned).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clerk.store import backup, health, repository
from clerk.store.db import Database, DatabaseError, open_database
from clerk.store.record import meeting_from_record, record_from_meeting


def set_aside(db: Database) -> list[Path]:
    return backup.set_aside_files(db.path) if db.path is not None else []


def notices(db: Database) -> list[str]:
    """One line for each thing the clerk must know at every start."""
    lines = [
        f"{aside} was set aside from this database and may hold meetings; open it with "
        f"--db {aside}, or bring its meetings back with `clerk recover {aside}`"
        for aside in set_aside(db)
    ]
    if db.path is not None and (client := health.sync_client(db.path)):
        lines.append(
            f"{db.path} is in a folder managed by {client}, which may change or delete its "
            "journal while Clerk runs; keep the database in a local folder"
        )
    return lines


@dataclass
class Recovery:
    recovered: list[int] = field(default_factory=list)  # new meeting ids in this database
    already: int = 0  # meetings this database holds already, identical
    unreadable: list[str] = field(default_factory=list)  # one line each
    renamed_to: Path | None = None


def recover_meetings(db: Database, source: Path) -> Recovery:
    """Import into ``db`` each meeting of ``source`` that ``db`` does not already hold."""
    from clerk.services.meetings import save_new_meeting

    result = Recovery()
    try:
        other = open_database(source, lock=False, read_only=True)
    except DatabaseError as exc:
        result.unreadable.append(str(exc))
        return result
    try:
        try:
            ids = [m.id for m in repository.list_meetings(other.engine)]
        except Exception as exc:
            result.unreadable.append(f"the list of meetings cannot be read ({health.reason(exc)})")
            return result
        held = {
            _key(record_from_meeting(repository.load_meeting(db.engine, m.id)))
            for m in repository.list_meetings(db.engine)
        }
        for meeting_id in ids:
            try:
                meeting = repository.load_meeting(other.engine, meeting_id)
            except Exception as exc:
                result.unreadable.append(f"meeting {meeting_id}: {health.reason(exc)}")
                continue
            record = record_from_meeting(meeting)
            if _key(record) in held:
                result.already += 1
                continue
            # Through the record: new keys, so a changed copy never collides with the original.
            result.recovered.append(save_new_meeting(db, meeting_from_record(record)).id)
    finally:
        other.close()
    if not result.unreadable and ".damaged-" in source.name:
        target = source.with_name(source.name.replace(".damaged-", ".recovered-", 1))
        try:
            source.rename(target)
            for suffix in ("-wal", "-shm"):
                extra = Path(str(source) + suffix)
                if extra.exists():
                    extra.rename(Path(str(target) + suffix))
            result.renamed_to = target
        except OSError:
            pass
    return result


def _key(record: dict) -> str:
    import json

    return json.dumps(record, sort_keys=True)


def rescue_record(db: Database, meeting) -> Path | None:
    """Write ``meeting``'s record beside the database (else in the home folder), in a file of
    its own that nothing else writes; None when neither could be written."""
    from datetime import datetime

    from clerk.atomic import WriteError, write_atomic
    from clerk.store.record import dumps

    name = f"{db.path.stem if db.path else 'clerk'}-meeting-{meeting.id}-"
    name += f"{datetime.now():%Y%m%d-%H%M%S}.rescued.json"
    data = dumps(record_from_meeting(meeting)).encode("utf-8")
    places = [db.path.parent] if db.path is not None else []
    for folder in [*places, Path.home()]:
        try:
            return write_atomic(folder / name, data, private=True)
        except (WriteError, OSError):
            continue
    return None


def journal_lost(db: Database, meeting=None) -> str:
    """The WAL was deleted under Clerk: copy back what it held, write the open meeting's
    record to a file of its own, and say (one message) what happened and what to do."""
    rescued = db.rescue_journal()
    kept = rescue_record(db, meeting) if meeting is not None and meeting.id else None
    journal = db.journal.name if db.journal else "journal"
    text = (
        f"Another program deleted the database's journal ({journal}) while Clerk was running "
        "(a sync or clean-up tool?). Clerk has stopped saving so that nothing more is lost. "
    )
    text += (
        "The changes saved so far were copied back into the database. "
        if rescued
        else "The changes saved so far may not all be in the database. "
    )
    if kept is not None:
        text += f"The open meeting, as it is now, was written to {kept}. "
    elif meeting is not None:
        text += "Export the open meeting's record now (File menu). "
    text += "Close Clerk and start it again"
    if kept is not None and not rescued:
        text += f"; if anything is missing, import {kept.name} with `clerk import-record`"
    if db.path is not None and (client := health.sync_client(db.path)):
        text += f"; and move the database out of the {client} folder"
    return text + "."
