"""after the meeting: minutes versions, approval of minutes, actions carried forward

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 01:00:00

Hand-written and portable (SQLite and PostgreSQL), as 0002: nullable columns are added in
place, without rebuilding a table, and one new table. A meeting recorded before keeps its
data: its actions read as open, its minutes as a draft with no version exported, and no
minutes item is linked to the meeting it approves.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("minutes_signed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("approves_meeting", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approval", sa.JSON(), nullable=True))
    with op.batch_alter_table("actions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("origin", sa.String(length=32), nullable=True))
    op.create_index(op.f("ix_actions_origin"), "actions", ["origin"], unique=False)
    op.create_table(
        "minutes_versions",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(length=2000), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_minutes_versions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_minutes_versions")),
    )
    op.create_index(
        op.f("ix_minutes_versions_meeting_id"), "minutes_versions", ["meeting_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_minutes_versions_meeting_id"), table_name="minutes_versions")
    op.drop_table("minutes_versions")
    op.drop_index(op.f("ix_actions_origin"), table_name="actions")
    # Columns dropped in place (SQLite 3.35+): a rebuilt table would cascade-delete rows.
    with op.batch_alter_table("actions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("origin")
        batch_op.drop_column("note")
        batch_op.drop_column("status")
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("approval")
        batch_op.drop_column("approves_meeting")
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("minutes_signed_at")
