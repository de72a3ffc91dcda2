"""house styles per body; the public's count and remote attendance

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-30 21:50:00

Hand-written and portable (SQLite and PostgreSQL), as 0002: nullable columns are added in
place, without rebuilding a table. A meeting recorded before keeps its data; the new columns
start empty, which is what an older meeting means (the public not counted, nobody remote),
and no body has a style of its own until one is imported (the default preset applies).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("public_count", sa.Integer(), nullable=True))
    with op.batch_alter_table("people", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("remote", sa.Boolean(), nullable=True))
    op.create_table(
        "house_styles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=2000), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["bodies.id"],
            name=op.f("fk_house_styles_body_id_bodies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_house_styles")),
        sa.UniqueConstraint("body_id", name=op.f("uq_house_styles_body_id")),
    )


def downgrade() -> None:
    op.drop_table("house_styles")
    with op.batch_alter_table("people", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("remote")
    with op.batch_alter_table("meetings", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("public_count")
