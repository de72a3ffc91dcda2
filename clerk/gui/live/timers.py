"""A public speaker's countdown against the speaker time limit (a setting, e.g. 3 minutes).

Start and stop are saved (the speaker's ``started_at``/``ended_at``), so the countdown
survives a restart and undo; the label is redrawn each second from ``speaker_clock``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QWidget

from clerk.domain.model import AgendaItem, Meeting, Speaker
from clerk.gui.live.formal_bar import ALARM, WARN, left_text
from clerk.gui.theme import restyle
from clerk.services import formal, reading


class SpeakerTimer(QWidget):
    def __init__(
        self,
        speakers: QListWidget,
        formal_call: Callable[..., bool],
        now: Callable[[], datetime],
        parent=None,
    ):
        super().__init__(parent)
        self._list = speakers
        self._formal = formal_call
        self._now = now
        self.meeting: Meeting | None = None
        self.item: AgendaItem | None = None
        self.settings: Mapping[str, object] = {}
        self.label = QLabel("", self)
        self.label.setObjectName("speakerClock")
        self.label.setAccessibleName("Speaker's time left")
        self.button = QPushButton("Start timer (F12)", self)
        self.button.setObjectName("speakerTimer")
        self.button.clicked.connect(self.start_or_stop)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        speakers.currentRowChanged.connect(lambda _row: self.tick())

    def show_item(self, meeting: Meeting, item: AgendaItem | None, settings) -> None:
        self.meeting, self.item, self.settings = meeting, item, settings
        self.tick()

    def speaker(self) -> Speaker | None:
        """The speaker chosen in the list, else the one speaking, else the last added."""
        if self.item is None or not self.item.speakers:
            return None
        row = self._list.currentItem()
        if row is not None:
            key = row.data(Qt.ItemDataRole.UserRole)
            found = next((s for s in self.item.speakers if s.key == key), None)
            if found is not None:
                return found
        speaking = [s for s in self.item.speakers if s.started_at and not s.ended_at]
        return (speaking or list(self.item.speakers))[-1]

    def start_or_stop(self) -> None:
        speaker = self.speaker()
        if speaker is None or self.item is None:
            return
        now = self._now()
        if speaker.started_at is not None and speaker.ended_at is None:
            self._formal(formal.finish_speaker, self.item.key, speaker.key, now)
        else:
            self._formal(formal.start_speaker, self.item.key, speaker.key, now)

    def tick(self) -> None:
        speaker = self.speaker()
        if speaker is None or self.meeting is None:
            self.label.setText("")
            restyle(self.label, "")
            self.button.setEnabled(False)
            return
        self.button.setEnabled(True)
        try:
            limits = reading.time_limits(self.meeting, self.settings)
        except ValueError:
            limits = None
        clock = reading.speaker_clock(speaker, self._now(), limits)
        running = speaker.started_at is not None and speaker.ended_at is None
        self.button.setText("Stop timer (F12)" if running else "Start timer (F12)")
        if clock is None:
            minutes = limits.speaker_minutes if limits else None
            self.label.setText(
                f"{speaker.name}: {minutes} minutes to speak" if minutes else speaker.name
            )
            restyle(self.label, "")
            return
        if clock.remaining is None:
            words = f"{int(clock.elapsed.total_seconds()) // 60} min spoken"
        else:
            words = left_text(clock.remaining)
        done = "" if running else " (finished)"
        self.label.setText(f"{speaker.name}: {words}{done}")
        style = ALARM if clock.overdue else WARN if clock.warning else ""
        restyle(self.label, style if running else "")
