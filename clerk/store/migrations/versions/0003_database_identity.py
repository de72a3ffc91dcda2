"""database identity: one row holding a UUID made when the database was created

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 21:45:00

A backup copy carries the identity of the database it was made from; before a copy is offered
in place of a damaged database, the two are compared. A database upgraded to this revision
gets its identity now; its older backups have none and are matched by their folder alone.
"""

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    op.bulk_insert(table, [{"id": str(uuid.uuid4()), "created_at": datetime.now()}])


def downgrade() -> None:
    op.drop_table("database_identity")
