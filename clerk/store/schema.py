"""The database tables, as SQLAlchemy 2 typed mappings.

One table per kind of thing a clerk records, so that every action writes a row or two and no
more. Entities other than meetings and bodies carry the domain's own keys (uuid hex), which
keeps a meeting's rows stable across undo and lets the store save only what changed.
Only portable types are used: the same schema runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY = String(32)
LINE = String(2000)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Organisation-wide settings (fixed phrases, template, municipal year…), as JSON values."""

    __tablename__ = "settings"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class DatabaseIdentity(Base):
    """One row: the identity of this database (a UUID made when it was created), copied into
    every backup so that a copy is only ever offered for the database it was made from."""

    __tablename__ = "database_identity"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Body(Base):
    """A committee or decision maker, with its standing membership."""

    __tablename__ = "bodies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(LINE)
    organisation: Mapped[str | None] = mapped_column(LINE)
    kind: Mapped[str] = mapped_column(String(30), default="committee")
    # Standing membership as a list of person records (the people part of clerk.meeting/1).
    membership: Mapped[list] = mapped_column(JSON, default=list)


class HouseStyleRow(Base):
    """A house style (TOML text): the organisation's (``body_id`` None) or one body's."""

    __tablename__ = "house_styles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(LINE)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class MeetingRow(Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("bodies.id", ondelete="SET NULL"), index=True
    )
    committee: Mapped[str] = mapped_column(LINE)
    kind: Mapped[str] = mapped_column(String(30))
    date: Mapped[date] = mapped_column(Date, index=True)
    organisation: Mapped[str | None] = mapped_column(LINE)
    scheduled_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(LINE)
    first_minute_number: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    officer_name: Mapped[str | None] = mapped_column(LINE)
    officer_phone: Mapped[str | None] = mapped_column(LINE)
    officer_email: Mapped[str | None] = mapped_column(LINE)
    current_item: Mapped[str | None] = mapped_column(KEY)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Formal business (revision 0002): the quorum rule and time limits, in their record form.
    quorum: Mapped[dict | None] = mapped_column(JSON)
    time_limits: Mapped[dict | None] = mapped_column(JSON)
    # Team databases (revision 0005): moved on by one with every change to the meeting.
    revision: Mapped[int] = mapped_column(Integer, server_default=text("0"), default=0)
    # Revision 0004: how many members of the public attended (None: not counted).
    public_count: Mapped[int | None] = mapped_column(Integer)
    # Revision 0006: when the chair signed the approved minutes.
    minutes_signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Revision 0010: the meeting's type ("Ordinary"), and whether the apologies were accepted.
    meeting_type: Mapped[str | None] = mapped_column(String(200))
    apologies_accepted: Mapped[bool | None] = mapped_column(Boolean)


class PersonRow(Base):
    __tablename__ = "people"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(30))
    attendance: Mapped[str] = mapped_column(String(30))
    title: Mapped[str | None] = mapped_column(LINE)
    forename: Mapped[str | None] = mapped_column(LINE)
    initials: Mapped[str | None] = mapped_column(LINE)
    surname: Mapped[str | None] = mapped_column(LINE)
    name: Mapped[str | None] = mapped_column(LINE)
    capacity: Mapped[str | None] = mapped_column(LINE)
    substitute_for: Mapped[str | None] = mapped_column(String(200))
    # Revision 0004: attended from another place (a multi-location meeting).
    remote: Mapped[bool | None] = mapped_column(Boolean)
    # Revision 0010: ward, letters after the name, attended in part, reason for apologies, a
    # note on their attendance.
    ward: Mapped[str | None] = mapped_column(LINE)
    post_nominals: Mapped[str | None] = mapped_column(String(200))
    in_part: Mapped[bool | None] = mapped_column(Boolean)
    apology_reason: Mapped[str | None] = mapped_column(LINE)
    attendance_note: Mapped[str | None] = mapped_column(LINE)


class ItemRow(Base):
    __tablename__ = "items"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    agenda_number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    page_first: Mapped[int | None] = mapped_column(Integer)
    page_last: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    exempt: Mapped[bool | None] = mapped_column(Boolean)
    exempt_paragraph: Mapped[int | None] = mapped_column(Integer)
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    minute_number: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    narrative: Mapped[str | None] = mapped_column(Text)
    resolution_parts: Mapped[list | None] = mapped_column(JSON)
    resolution_reason: Mapped[str | None] = mapped_column(Text)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    # Revision 0007: drafting after the meeting (notes, drafted, checked; None is notes).
    drafting: Mapped[str | None] = mapped_column(String(20))
    # Revision 0006: the meeting whose minutes this item approves, and the amendments they
    # were approved subject to (a list; [] as a correct record; null while undecided).
    approves_meeting: Mapped[int | None] = mapped_column(Integer)
    approval: Mapped[list | None] = mapped_column(JSON)


class SpeakerRow(Base):
    __tablename__ = "speakers"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    item_key: Mapped[str] = mapped_column(ForeignKey("items.key", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(LINE)
    capacity: Mapped[str | None] = mapped_column(LINE)
    summary: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class MotionRow(Base):
    __tablename__ = "motions"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    item_key: Mapped[str] = mapped_column(ForeignKey("items.key", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    mover: Mapped[str | None] = mapped_column(String(200))
    seconder: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[str] = mapped_column(String(30))
    has_vote: Mapped[bool] = mapped_column(Boolean, default=False)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstain: Mapped[int] = mapped_column(Integer, default=0)
    # {"for": [ids], "against": [ids], "abstain": [ids]} for a recorded (named) vote.
    recorded: Mapped[dict | None] = mapped_column(JSON)
    casting_vote: Mapped[str | None] = mapped_column(String(200))
    casting_side: Mapped[str | None] = mapped_column(String(10))
    # Revision 0010: agreed by all without a count.
    unanimous: Mapped[bool | None] = mapped_column(Boolean)
    moved_at: Mapped[datetime | None] = mapped_column(DateTime)
    voted_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeclarationRow(Base):
    __tablename__ = "declarations"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    person: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    item_keys: Mapped[list] = mapped_column(JSON)
    nature: Mapped[str] = mapped_column(Text)
    left_room: Mapped[bool | None] = mapped_column(Boolean)
    made_at: Mapped[str | None] = mapped_column(KEY)


class AdjournmentRow(Base):
    __tablename__ = "adjournments"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    from_: Mapped[datetime] = mapped_column("from_time", DateTime)
    to: Mapped[datetime | None] = mapped_column("to_time", DateTime)
    reason: Mapped[str | None] = mapped_column(LINE)


class ActionRow(Base):
    __tablename__ = "actions"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str | None] = mapped_column(KEY)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(LINE)
    due: Mapped[date | None] = mapped_column(Date)
    # Revision 0006: open, done, carried or dropped, with the clerk's note; and for an action
    # brought forward from an earlier meeting, the key of the action as first recorded.
    status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(KEY, index=True)


class MinutesVersionRow(Base):
    """One exported version of a meeting's minutes (revision 0006)."""

    __tablename__ = "minutes_versions"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[datetime] = mapped_column(DateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    file_name: Mapped[str | None] = mapped_column(LINE)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class PresenceRow(Base):
    """One entry of the presence ledger (arrived, left, withdrew, returned)."""

    __tablename__ = "presence_events"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    person: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column("at_time", DateTime)
    item_key: Mapped[str | None] = mapped_column(KEY)
    note: Mapped[str | None] = mapped_column(LINE)


class ContinuationRow(Base):
    """A resolution to continue beyond the meeting's time limit."""

    __tablename__ = "continuations"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column("at_time", DateTime)
    until: Mapped[datetime | None] = mapped_column("until_time", DateTime)
    item_key: Mapped[str | None] = mapped_column(KEY)


class ExclusionRow(Base):
    """A period with the press and public excluded (Schedule 12A paragraphs, items)."""

    __tablename__ = "exclusions"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    from_: Mapped[datetime] = mapped_column("from_time", DateTime)
    to: Mapped[datetime | None] = mapped_column("to_time", DateTime)
    paragraphs: Mapped[list] = mapped_column(JSON)
    item_keys: Mapped[list] = mapped_column(JSON)
    resolved_at_item: Mapped[str | None] = mapped_column(KEY)


class RewordingRow(Base):
    """A sentence Clerk writes, reworded for one meeting (revision 0007)."""

    __tablename__ = "rewordings"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str | None] = mapped_column(KEY)
    source: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    original: Mapped[str] = mapped_column(Text)


class RecordingSegmentRow(Base):
    """Revision 0008: one stretch of a meeting's recording (clerk.recording), its file beside the
    database; ``stopped_at`` None while it is being recorded (or was cut off by a crash)."""

    __tablename__ = "recording_segments"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    file: Mapped[str] = mapped_column(LINE)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime)
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    frames: Mapped[int | None] = mapped_column(Integer)
    # Why it ended: "stopped" by the clerk, "exempt" (press and public excluded), "interrupted".
    stop_reason: Mapped[str | None] = mapped_column(String(30))


class TranscriptLineRow(Base):
    """Revision 0008: one line of a recording's transcript, at an offset into its segment."""

    __tablename__ = "transcript_lines"
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    segment_key: Mapped[str] = mapped_column(
        ForeignKey("recording_segments.key", ondelete="CASCADE"), index=True
    )
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The item being taken when the line was said (None: before the first item).
    item_key: Mapped[str | None] = mapped_column(KEY)
