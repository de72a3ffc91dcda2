"""The band under the clock: quorum, "IN PRIVATE", and the time limits of the item and meeting.

Each label is drawn only from what the formal rules say (``quorum_at``, ``exclusion_at``,
``meeting_clock``, ``item_clock``) for the meeting as saved and the time now, so the band can
never disagree with the record. Loud states (inquorate, in private, over the limit) are
words in capitals on a coloured ground: readable from across a committee room, and not by
colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from clerk.domain.formal.wording import paragraphs_reference
from clerk.domain.model import Meeting
from clerk.domain.wording import clock_24
from clerk.gui.theme import restyle
from clerk.services import reading

ALARM = "background: #c62828; color: white; font-weight: bold; padding: 2px 8px;"
PRIVATE = "background: #4a148c; color: white; font-weight: bold; padding: 2px 8px;"
WARN = "background: #ef6c00; color: white; font-weight: bold; padding: 2px 8px;"


def left_text(remaining: timedelta) -> str:
    """ "4:05 left", or "over by 0:12" once the limit has passed."""
    seconds = int(remaining.total_seconds())
    over = seconds < 0
    minutes, secs = divmod(abs(seconds), 60)
    return f"over by {minutes}:{secs:02d}" if over else f"{minutes}:{secs:02d} left"


class FormalBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.quorum = QLabel("", self)
        self.quorum.setObjectName("quorumState")
        self.quorum.setAccessibleName("Quorum")
        self.inquorate = QLabel("INQUORATE", self)
        self.inquorate.setObjectName("inquorateBanner")
        self.inquorate.setAccessibleName("The meeting is inquorate")
        self.inquorate.setStyleSheet(ALARM)
        self.private = QLabel("IN PRIVATE", self)
        self.private.setObjectName("privateBanner")
        self.private.setAccessibleName("Press and public excluded")
        self.private.setStyleSheet(PRIVATE)
        self.readmit_button = QPushButton("Readmit press and public", self)
        self.readmit_button.setObjectName("readmitPublic")
        self.item_limit = QLabel("", self)
        self.item_limit.setObjectName("itemLimit")
        self.item_limit.setAccessibleName("Time left on the item")
        self.meeting_limit = QLabel("", self)
        self.meeting_limit.setObjectName("meetingLimit")
        self.meeting_limit.setAccessibleName("Time left before the meeting's time limit")
        self.continue_button = QPushButton("Resolve to continue…", self)
        self.continue_button.setObjectName("resolveToContinue")
        for label in (self.quorum, self.item_limit, self.meeting_limit):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(40)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quorum, 2)
        row.addWidget(self.inquorate)
        row.addWidget(self.private)
        row.addWidget(self.readmit_button)
        row.addWidget(self.item_limit, 2)
        row.addWidget(self.meeting_limit, 2)
        row.addWidget(self.continue_button)
        self.show_state(None, datetime.now(), {})

    def show_state(
        self, meeting: Meeting | None, now: datetime, settings: Mapping[str, object]
    ) -> None:
        if meeting is None:
            for w in (self.inquorate, self.private, self.readmit_button, self.continue_button):
                w.hide()
            for label in (self.quorum, self.item_limit, self.meeting_limit):
                label.setText("")
            return
        self._show_quorum(meeting, now, settings)
        self._show_private(meeting)
        self._show_limits(meeting, now, settings)

    def _show_quorum(self, meeting: Meeting, now: datetime, settings) -> None:
        try:
            rule = reading.quorum_rule(meeting, settings)
        except ValueError as exc:  # a bad setting: say so rather than guess a quorum
            self.quorum.setText(f"Quorum: {exc}")
            self.inquorate.hide()
            return
        status = reading.quorum_at(meeting, None, rule)
        members = "member" if status.present == 1 else "members"
        self.quorum.setText(f"Quorum {status.required} · {status.present} {members} in the room")
        sitting = meeting.started_at is not None and meeting.finished_at is None
        if sitting and status.inquorate:
            self.inquorate.setText(f"INQUORATE — {status.present} of {status.required} needed")
            self.inquorate.show()
        else:
            self.inquorate.hide()

    def _show_private(self, meeting: Meeting) -> None:
        period = reading.exclusion_at(meeting, None)
        if period is None:
            self.private.hide()
            self.readmit_button.hide()
            return
        self.private.setText(
            f"IN PRIVATE since {clock_24(period.from_)} ({paragraphs_reference(period.paragraphs)})"
        )
        self.private.show()
        self.readmit_button.show()

    def _show_limits(self, meeting: Meeting, now: datetime, settings) -> None:
        item = meeting.item(meeting.current_item) if meeting.current_item else None
        clock = reading.item_clock(meeting, item.key, now) if item else None
        if clock is None or clock.remaining is None:
            self.item_limit.setText("")
            restyle(self.item_limit, "")
        else:
            self.item_limit.setText(
                f"Item {item.agenda_number} limit {item.time_limit_minutes} min · "
                f"{left_text(clock.remaining)}"
            )
            restyle(self.item_limit, ALARM if clock.overdue else "")
        try:
            limits = reading.time_limits(meeting, settings)
        except ValueError:
            limits = None
        clock = reading.meeting_clock(meeting, now, limits) if limits else None
        if clock is None or clock.ends_at is None or meeting.finished_at is not None:
            self.meeting_limit.setText("")
            restyle(self.meeting_limit, "")
            self.continue_button.hide()
            return
        words = f"Meeting limit {clock_24(clock.ends_at)} · {left_text(clock.remaining)}"
        if clock.overdue:
            words = "TIME LIMIT REACHED — " + words
        elif clock.warning:
            words = "TIME LIMIT SOON — " + words
        self.meeting_limit.setText(words)
        restyle(self.meeting_limit, ALARM if clock.overdue else WARN if clock.warning else "")
        self.continue_button.setVisible(clock.warning or clock.overdue)
