"""house-style facts: the meeting's type, apologies accepted, wards, post-nominals, attendance
in part, reasons for apologies, attendance notes and unanimous votes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 04:00:00

Hand-written and portable (SQLite and PostgreSQL), as 0007: nullable columns added in place
(no table is rebuilt, which on SQLite would cascade-delete the children). A meeting recorded
before has no type and no word on its apologies; its people no ward, no letters after the
name, no reason for apologies and full attendance; its votes none unanimous without counts.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = {
    "meetings": (
        ("meeting_type", sa.String(length=200)),
        ("apologies_accepted", sa.Boolean()),
    ),
    "people": (
        ("ward", sa.String(length=2000)),
        ("post_nominals", sa.String(length=200)),
        ("in_part", sa.Boolean()),
        ("apology_reason", sa.String(length=2000)),
        ("attendance_note", sa.String(length=2000)),
    ),
    "motions": (("unanimous", sa.Boolean()),),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            for name, kind in columns:
                batch_op.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            for name, _ in reversed(columns):
                batch_op.drop_column(name)
