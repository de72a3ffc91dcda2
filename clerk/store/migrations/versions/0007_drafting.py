"""drafting after the meeting: each item's drafting state, sentences reworded for a meeting

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 01:00:00

Hand-written and portable (SQLite and PostgreSQL), as 0002 and 0004: a nullable column is
added in place (no table is rebuilt, which on SQLite would cascade-delete the children) and
one new table. An item recorded before has no drafting state, which reads as "notes"; no
meeting has a reworded sentence until the clerk rewords one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("drafting", sa.String(length=20), nullable=True))
    op.create_table(
        "rewordings",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=32), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("original", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_rewordings_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rewordings")),
    )
    op.create_index(op.f("ix_rewordings_meeting_id"), "rewordings", ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_rewordings_meeting_id"), table_name="rewordings")
    op.drop_table("rewordings")
    with op.batch_alter_table("items", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("drafting")
