"""The database tables, as SQLAlchemy Core tables.

One table per kind of thing a clerk records, so that every action writes a row or two and no
more. Entities other than meetings and bodies carry the domain's own keys (uuid hex), which
keeps a meeting's rows stable across undo and lets the store save only what changed.
Only portable types are used: the same schema runs on SQLite and PostgreSQL.

Every read and write is a Core statement, so the tables are declared in Core: declaring them
through ``sqlalchemy.orm`` cost about a third of the store's import time at start-up for
nothing. A column is one line in its table (``required`` NOT NULL, ``optional`` nullable);
the Alembic migrations must say the same (tests/store compare them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    text,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY = String(32)
LINE = String(2000)
PERSON = String(200)  # a person's id within a meeting

metadata = MetaData(naming_convention=NAMING)


def required(name: str, type_: Any, *args: Any, **kw: Any) -> Column:
    """A NOT NULL column."""
    return Column(name, type_, *args, nullable=False, **kw)


def optional(name: str, type_: Any, *args: Any, **kw: Any) -> Column:
    """A column that may be NULL."""
    return Column(name, type_, *args, nullable=True, **kw)


def key() -> Column:
    """The row's own key (the domain's uuid hex)."""
    return Column("key", KEY, primary_key=True)


def meeting_id(primary_key: bool = False) -> Column:
    """The meeting the row belongs to; its rows go with it."""
    owner = ForeignKey("meetings.id", ondelete="CASCADE")
    if primary_key:
        return Column("meeting_id", Integer, owner, primary_key=True)
    return required("meeting_id", Integer, owner, index=True)


def item_key() -> Column:
    """The agenda item the row belongs to; its rows go with it."""
    return required("item_key", KEY, ForeignKey("items.key", ondelete="CASCADE"), index=True)


# Organisation-wide settings (fixed phrases, template, municipal year…), as JSON values.
SETTINGS = Table(
    "settings",
    metadata,
    Column("name", String(200), primary_key=True),
    required("value", JSON),
)

# One row: the identity of this database (a UUID made when it was created), copied into every
# backup so that a copy is only ever offered for the database it was made from.
DATABASE_IDENTITY = Table(
    "database_identity",
    metadata,
    Column("id", String(36), primary_key=True),
    required("created_at", DateTime),
)

# A committee or decision maker, with its standing membership as a list of person records (the
# people part of clerk.meeting/1).
BODIES = Table(
    "bodies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    required("name", LINE),
    optional("organisation", LINE),
    required("kind", String(30), default="committee"),
    required("membership", JSON, default=list),
)

# A house style (TOML text): the organisation's (``body_id`` None) or one body's.
HOUSE_STYLES = Table(
    "house_styles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    optional("body_id", Integer, ForeignKey("bodies.id", ondelete="CASCADE"), unique=True),
    required("name", LINE),
    required("source", Text),
    optional("updated_at", DateTime),
)

MEETINGS = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    optional("body_id", Integer, ForeignKey("bodies.id", ondelete="SET NULL"), index=True),
    required("committee", LINE),
    required("kind", String(30)),
    required("date", Date, index=True),
    optional("organisation", LINE),
    optional("scheduled_time", Time),
    optional("venue", LINE),
    optional("first_minute_number", Integer),
    optional("started_at", DateTime),
    optional("finished_at", DateTime),
    optional("officer_name", LINE),
    optional("officer_phone", LINE),
    optional("officer_email", LINE),
    optional("current_item", KEY),
    optional("updated_at", DateTime),
    # Formal business (revision 0002): the quorum rule and time limits, in their record form.
    optional("quorum", JSON),
    optional("time_limits", JSON),
    # Team databases (revision 0005): moved on by one with every change to the meeting.
    required("revision", Integer, server_default=text("0"), default=0),
    # Revision 0004: how many members of the public attended (None: not counted).
    optional("public_count", Integer),
    # Revision 0006: when the chair signed the approved minutes.
    optional("minutes_signed_at", DateTime),
    # Revision 0010: the meeting's type ("Ordinary"), and whether the apologies were accepted.
    optional("meeting_type", String(200)),
    optional("apologies_accepted", Boolean),
)

PEOPLE = Table(
    "people",
    metadata,
    meeting_id(primary_key=True),
    Column("id", PERSON, primary_key=True),
    required("position", Integer),
    required("role", String(30)),
    required("attendance", String(30)),
    optional("title", LINE),
    optional("forename", LINE),
    optional("initials", LINE),
    optional("surname", LINE),
    optional("name", LINE),
    optional("capacity", LINE),
    optional("substitute_for", PERSON),
    # Revision 0004: attended from another place (a multi-location meeting).
    optional("remote", Boolean),
    # Revision 0010: ward, letters after the name, attended in part, reason for apologies, a
    # note on their attendance.
    optional("ward", LINE),
    optional("post_nominals", String(200)),
    optional("in_part", Boolean),
    optional("apology_reason", LINE),
    optional("attendance_note", LINE),
)

ITEMS = Table(
    "items",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("agenda_number", String(20)),
    required("title", Text),
    required("kind", String(30)),
    required("status", String(30)),
    optional("page_first", Integer),
    optional("page_last", Integer),
    optional("description", Text),
    optional("exempt", Boolean),
    optional("exempt_paragraph", Integer),
    optional("planned_minutes", Integer),
    optional("minute_number", Integer),
    optional("started_at", DateTime),
    optional("ended_at", DateTime),
    optional("narrative", Text),
    optional("resolution_parts", JSON),
    optional("resolution_reason", Text),
    optional("time_limit_minutes", Integer),
    # Revision 0007: drafting after the meeting (notes, drafted, checked; None is notes).
    optional("drafting", String(20)),
    # Revision 0006: the meeting whose minutes this item approves, and the amendments they
    # were approved subject to (a list; [] as a correct record; null while undecided).
    optional("approves_meeting", Integer),
    optional("approval", JSON),
)

SPEAKERS = Table(
    "speakers",
    metadata,
    key(),
    item_key(),
    required("position", Integer),
    required("name", LINE),
    optional("capacity", LINE),
    optional("summary", Text),
    optional("started_at", DateTime),
    optional("ended_at", DateTime),
)

MOTIONS = Table(
    "motions",
    metadata,
    key(),
    item_key(),
    required("position", Integer),
    required("kind", String(30)),
    required("text", Text),
    optional("mover", PERSON),
    optional("seconder", PERSON),
    required("result", String(30)),
    required("has_vote", Boolean, default=False),
    required("votes_for", Integer, default=0),
    required("votes_against", Integer, default=0),
    required("votes_abstain", Integer, default=0),
    # {"for": [ids], "against": [ids], "abstain": [ids]} for a recorded (named) vote.
    optional("recorded", JSON),
    optional("casting_vote", PERSON),
    optional("casting_side", String(10)),
    # Revision 0010: agreed by all without a count.
    optional("unanimous", Boolean),
    optional("moved_at", DateTime),
    optional("voted_at", DateTime),
)

DECLARATIONS = Table(
    "declarations",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("person", PERSON),
    required("kind", String(30)),
    required("item_keys", JSON),
    required("nature", Text),
    optional("left_room", Boolean),
    optional("made_at", KEY),
)

ADJOURNMENTS = Table(
    "adjournments",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("from_time", DateTime),
    optional("to_time", DateTime),
    optional("reason", LINE),
)

ACTIONS = Table(
    "actions",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    optional("item_key", KEY),
    required("text", Text),
    optional("owner", LINE),
    optional("due", Date),
    # Revision 0006: open, done, carried or dropped, with the clerk's note; and for an action
    # brought forward from an earlier meeting, the key of the action as first recorded.
    optional("status", String(20)),
    optional("note", Text),
    optional("origin", KEY, index=True),
)

# One exported version of a meeting's minutes (revision 0006).
MINUTES_VERSIONS = Table(
    "minutes_versions",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("number", Integer),
    required("made_at", DateTime),
    required("sha256", String(64)),
    required("final", Boolean, default=False),
    optional("file_name", LINE),
    optional("sent_at", DateTime),
)

# One entry of the presence ledger (arrived, left, withdrew, returned).
PRESENCE = Table(
    "presence_events",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("person", PERSON),
    required("kind", String(30)),
    required("at_time", DateTime),
    optional("item_key", KEY),
    optional("note", LINE),
)

# A resolution to continue beyond the meeting's time limit.
CONTINUATIONS = Table(
    "continuations",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("at_time", DateTime),
    optional("until_time", DateTime),
    optional("item_key", KEY),
)

# A period with the press and public excluded (Schedule 12A paragraphs, items).
EXCLUSIONS = Table(
    "exclusions",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("from_time", DateTime),
    optional("to_time", DateTime),
    required("paragraphs", JSON),
    required("item_keys", JSON),
    optional("resolved_at_item", KEY),
)

# A sentence Clerk writes, reworded for one meeting (revision 0007).
REWORDINGS = Table(
    "rewordings",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    optional("item_key", KEY),
    required("source", String(200)),
    required("text", Text),
    required("original", Text),
)

# Revision 0008: one stretch of a meeting's recording (clerk.recording), its file beside the
# database; ``stopped_at`` None while it is being recorded (or was cut off by a crash).
RECORDING_SEGMENTS = Table(
    "recording_segments",
    metadata,
    key(),
    meeting_id(),
    required("position", Integer),
    required("file", LINE),
    required("started_at", DateTime),
    optional("stopped_at", DateTime),
    required("sample_rate", Integer),
    required("channels", Integer),
    optional("frames", Integer),
    # Why it ended: "stopped" by the clerk, "exempt" (press and public excluded), "interrupted".
    optional("stop_reason", String(30)),
)

# Revision 0008: one line of a recording's transcript, at an offset into its segment.
TRANSCRIPT_LINES = Table(
    "transcript_lines",
    metadata,
    key(),
    meeting_id(),
    required(
        "segment_key",
        KEY,
        ForeignKey("recording_segments.key", ondelete="CASCADE"),
        index=True,
    ),
    required("start_ms", Integer),
    required("end_ms", Integer),
    required("text", Text),
    # The item being taken when the line was said (None: before the first item).
    optional("item_key", KEY),
)
