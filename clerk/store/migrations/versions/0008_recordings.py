"""the meeting's recording: its segments and their transcript

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 01:00:00

Two new tables, nothing changed in the old ones (portable, as 0002): ``recording_segments``,
one row a stretch of recorded audio whose file lies beside the database, and
``transcript_lines``, the offline transcript of those files, each line tied to the item being
taken when it was said. A meeting recorded before has neither.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recording_segments",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file", sa.String(length=2000), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("frames", sa.Integer(), nullable=True),
        sa.Column("stop_reason", sa.String(length=30), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_recording_segments_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_recording_segments")),
    )
    op.create_index(op.f("ix_recording_segments_meeting_id"), "recording_segments", ["meeting_id"])
    op.create_table(
        "transcript_lines",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("segment_key", sa.String(length=32), nullable=False),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("item_key", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_transcript_lines_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_key"],
            ["recording_segments.key"],
            name=op.f("fk_transcript_lines_segment_key_recording_segments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_transcript_lines")),
    )
    op.create_index(op.f("ix_transcript_lines_meeting_id"), "transcript_lines", ["meeting_id"])
    op.create_index(op.f("ix_transcript_lines_segment_key"), "transcript_lines", ["segment_key"])


def downgrade() -> None:
    op.drop_table("transcript_lines")
    op.drop_table("recording_segments")
