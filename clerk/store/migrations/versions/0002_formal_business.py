"""formal business: presence ledger, quorum, time limits, exclusions, continuations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:00:00

Hand-written and portable (SQLite and PostgreSQL): new nullable columns are added through
batch_alter_table without rebuilding any table, and the new tables follow the naming convention of clerk.store.schema. Existing rows keep their data; the
new columns start empty, which is what an older meeting means (no ledger, no limits).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

KEY = sa.String(length=32)


def _meeting_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["meeting_id"],
        ["meetings.id"],
        name=op.f(f"fk_{table}_meeting_id_meetings"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    # Nullable columns are added in place (ALTER TABLE … ADD COLUMN on both databases); a
    # rebuilt parent table on SQLite with foreign keys on would cascade-delete its children.
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("quorum", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("time_limits", sa.JSON(), nullable=True))
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("time_limit_minutes", sa.Integer(), nullable=True))
    with op.batch_alter_table("speakers", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("ended_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("motions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("casting_side", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("moved_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("voted_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("declarations", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("made_at", KEY, nullable=True))

    op.create_table(
        "presence_events",
        sa.Column("key", KEY, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at_time", sa.DateTime(), nullable=False),
        sa.Column("item_key", KEY, nullable=True),
        sa.Column("note", sa.String(length=2000), nullable=True),
        _meeting_fk("presence_events"),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_presence_events")),
    )
    op.create_table(
        "continuations",
        sa.Column("key", KEY, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at_time", sa.DateTime(), nullable=False),
        sa.Column("until_time", sa.DateTime(), nullable=True),
        sa.Column("item_key", KEY, nullable=True),
        _meeting_fk("continuations"),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_continuations")),
    )
    op.create_table(
        "exclusions",
        sa.Column("key", KEY, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("from_time", sa.DateTime(), nullable=False),
        sa.Column("to_time", sa.DateTime(), nullable=True),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.Column("item_keys", sa.JSON(), nullable=False),
        sa.Column("resolved_at_item", KEY, nullable=True),
        _meeting_fk("exclusions"),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_exclusions")),
    )
    for table in ("presence_events", "continuations", "exclusions"):
        op.create_index(op.f(f"ix_{table}_meeting_id"), table, ["meeting_id"], unique=False)


def downgrade() -> None:
    # Columns are dropped in place (SQLite 3.35 or newer, PostgreSQL): rebuilding a parent
    # table on SQLite with foreign keys on would cascade-delete the rows that refer to it.
    for table in ("exclusions", "continuations", "presence_events"):
        op.drop_index(op.f(f"ix_{table}_meeting_id"), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("declarations", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("made_at")
    with op.batch_alter_table("motions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("voted_at")
        batch_op.drop_column("moved_at")
        batch_op.drop_column("casting_side")
    with op.batch_alter_table("speakers", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("ended_at")
        batch_op.drop_column("started_at")
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("time_limit_minutes")
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("time_limits")
        batch_op.drop_column("quorum")
