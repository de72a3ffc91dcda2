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
