"""meeting revision: a number checked and bumped with every change (team databases)

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-30 22:00:00

Every change to a meeting is written in one transaction that also moves the meeting's
revision on by one; a Clerk whose copy carries an older revision learns that another Clerk
changed the meeting first (``clerk.store.writing.commit_change``). Existing meetings start at
revision 0. The column is added in place, no table is rebuilt (see 0002 for why).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("revision", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35+): a rebuilt meetings table would
    # cascade-delete every meeting's rows on SQLite.
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("revision")
