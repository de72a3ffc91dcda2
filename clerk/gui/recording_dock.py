"""The meeting's recording in the main window: a Record switch (off by default) with a red REC
sign while it records, the moments to play from, and the transcript of the item beside the
notes, a line of which can go into the notes.

Everything it does goes through ``clerk.services.recording`` and ``clerk.services.transcripts``;
the microphone (PortAudio) is loaded only when the clerk turns recording on. Playing uses
PortAudio too: Qt Multimedia is not part of PySide6-Essentials.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.recording import RecordingError
from clerk.services import recording, transcripts

LIVE_STEP_MS = 5000
REC_STYLE = "QLabel { color: white; background: #c0392b; font-weight: bold; padding: 1px 6px; }"


class _Done(QObject):
    finished = Signal(str)


def insert_line(editor: QPlainTextEdit, line: str) -> None:
    """``line`` as its own paragraph at the end of the notes (saved as typing is)."""
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    before = editor.toPlainText()
    gap = "" if not before.strip() else ("\n" if before.endswith("\n\n") else "\n\n")
    if before.endswith("\n") and gap == "\n\n":
        gap = "\n"
    cursor.insertText(gap + line)
    editor.setTextCursor(cursor)


class RecordingDock(QDockWidget):
    """The Recording panel; ``set_session`` for the meeting open, ``shutdown`` before quitting."""

    def __init__(self, window, make_source=None):
        super().__init__("Recording", window)
        self.setObjectName("recordingDock")
        self.window_ = window
        self.make_source = make_source or recording.microphone_source
        self.session = None
        self.rec: recording.MeetingRecording | None = None
        self.notes_editor: QPlainTextEdit | None = None
        self._done = _Done(self)
        self._done.finished.connect(self._transcribed)

        self.rec_sign = QLabel("● REC")
        self.rec_sign.setObjectName("recSign")
        self.rec_sign.setStyleSheet(REC_STYLE)
        self.rec_sign.setAccessibleName("Recording")
        self.rec_sign.hide()
        window.statusBar().addPermanentWidget(self.rec_sign)

        self.record_action = QAction("&Record this meeting", self)
        self.record_action.setCheckable(True)
        self.record_action.setChecked(False)
        self.record_action.setShortcut("Ctrl+Shift+R")
        self.record_action.toggled.connect(self._switch)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.record_button = QPushButton("Record")
        self.record_button.setObjectName("recordButton")
        self.record_button.setCheckable(True)
        self.record_button.toggled.connect(self.record_action.setChecked)
        self.record_action.toggled.connect(self.record_button.setChecked)
        self.state = QLabel("Not recording")
        self.state.setObjectName("recordingState")
        top.addWidget(self.record_button)
        top.addWidget(self.state, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel("Play from:"))
        self.marks = QListWidget()
        self.marks.setObjectName("recordingMarks")
        self.marks.itemActivated.connect(self._play_mark)
        layout.addWidget(self.marks, 1)
        row = QHBoxLayout()
        self.transcribe_button = QPushButton("Transcribe")
        self.transcribe_button.clicked.connect(self.transcribe)
        missing = transcripts.available()
        if missing:
            self.transcribe_button.setEnabled(False)
            self.transcribe_button.setToolTip(missing)
        self.stop_button = QPushButton("Stop playing")
        self.stop_button.clicked.connect(recording.stop_playing)
        row.addWidget(self.transcribe_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.follow = QCheckBox("Transcribe while recording (a few seconds behind)")
        self.follow.setEnabled(missing is None)
        layout.addWidget(self.follow)
        self._live: transcripts.LiveTranscript | None = None
        self._live_busy = False
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_STEP_MS)
        self._live_timer.timeout.connect(self._live_step)
        self.follow.toggled.connect(self._follow_toggled)
        layout.addWidget(QLabel("Transcript of this item:"))
        self.lines = QListWidget()
        self.lines.setObjectName("transcriptLines")
        self.lines.setWordWrap(True)
        self.lines.itemActivated.connect(self._play_line)
        layout.addWidget(self.lines, 2)
        self.insert_button = QPushButton("Insert line into notes")
        self.insert_button.setObjectName("insertTranscriptLine")
        self.insert_button.clicked.connect(self.insert_selected_line)
        layout.addWidget(self.insert_button)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._tidy(window.db)

    def _tidy(self, db) -> None:
        """On start: seal what a crash left mid-recording, delete recordings past retention."""
        try:
            sealed = recording.recover(db)
            pruned = recording.prune(db)
        except Exception as exc:  # a read-only database: recording is not what stops Clerk
            self._say(f"Recordings not checked: {exc}")
            return
        if sealed:
            self._say(f"Recovered {sealed} recording segment(s) cut off when Clerk stopped.")
        elif pruned:
            self._say(f"Deleted the recordings of {len(pruned)} meeting(s) past their keeping.")

    # -- the meeting open ------------------------------------------------------------------
    def set_session(self, session, bridge, notes_editor: QPlainTextEdit | None = None) -> None:
        self.shutdown()
        self.session = session
        self.notes_editor = notes_editor
        clock = getattr(self.window_, "clock", None)
        now = clock.now if clock is not None else None
        if now is None:
            self.rec = recording.MeetingRecording(session, self.make_source)
        else:
            self.rec = recording.MeetingRecording(session, self.make_source, clock=now)
        self.rec.subscribe(self._show_state)
        bridge.changed.connect(lambda _change: self.refresh())
        self.record_action.setChecked(False)
        self._live = None
        self._show_state(self.rec.state)
        self.refresh()

    def _follow_toggled(self, on: bool) -> None:
        if on:
            self._live_timer.start()
        else:
            self._live_timer.stop()

    def _live_step(self) -> None:
        if self.rec is None or self.rec.state != "recording" or self._live_busy:
            return
        if self._live is None or self._live.rec is not self.rec:
            self._live = transcripts.LiveTranscript(self.rec)
        live = self._live
        self._live_busy = True

        def work() -> None:
            try:
                made = live.step()
                self._done.finished.emit(f"Transcript: {made} new lines" if made else "")
            except RecordingError as exc:
                self._done.finished.emit(str(exc))

        threading.Thread(target=work, name="live-transcript", daemon=True).start()

    def shutdown(self) -> None:
        if self.rec is not None:
            try:
                self.rec.close()
            except RecordingError as exc:
                self._say(str(exc))
            self.rec = None

    def _switch(self, on: bool) -> None:
        if self.rec is None:
            if on:
                self.record_action.setChecked(False)
            return
        if on:
            self.show()
        try:
            state = self.rec.start() if on else self.rec.stop()
        except RecordingError as exc:
            self._say(str(exc))
            self.record_action.setChecked(False)
            state = self.rec.state
        self._show_state(state)
        self.refresh()

    def _show_state(self, state: str) -> None:
        self.rec_sign.setVisible(state == "recording")
        self.state.setText(
            {
                "off": "Not recording",
                "recording": "Recording",
                "exempt": "Paused: press and public excluded (nothing is recorded)",
            }[state]
        )

    # -- what to play, and the transcript ---------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.isHidden():
            return  # read when shown: a hidden panel costs the meeting's actions nothing
        self.marks.clear()
        self.lines.clear()
        if self.session is None:
            return
        db, meeting = self.session.db, self.session.meeting
        for mark in recording.recording_marks(db, meeting):
            if mark.place is None:
                continue
            row = QListWidgetItem(f"{mark.at:%H:%M:%S}  {mark.label}")
            row.setData(Qt.ItemDataRole.UserRole, mark.at)
            self.marks.addItem(row)
        if meeting.current_item is not None:
            for line in transcripts.transcript(db, meeting.id, meeting.current_item):
                row = QListWidgetItem(f"[{line.clock}] {line.text}")
                row.setData(Qt.ItemDataRole.UserRole, line.at)
                row.setData(Qt.ItemDataRole.UserRole + 1, line.text)
                self.lines.addItem(row)

    def _play_mark(self, row: QListWidgetItem) -> None:
        self._play(row.data(Qt.ItemDataRole.UserRole))

    def _play_line(self, row: QListWidgetItem) -> None:
        self._play(row.data(Qt.ItemDataRole.UserRole))

    def _play(self, at) -> None:
        if self.session is None:
            return
        try:
            self._say(recording.play_from(self.session.db, self.session.meeting.id, at))
        except RecordingError as exc:
            self._say(str(exc))

    def insert_selected_line(self) -> None:
        row = self.lines.currentItem()
        if row is None or self.notes_editor is None:
            return
        insert_line(self.notes_editor, row.data(Qt.ItemDataRole.UserRole + 1))

    def transcribe(self) -> None:
        if self.session is None:
            return
        db, meeting = self.session.db, self.session.meeting
        self.transcribe_button.setEnabled(False)
        self._say("Transcribing the recording …")

        def work() -> None:
            try:
                made = transcripts.transcribe_meeting(db, meeting)
                self._done.finished.emit(f"Transcript made: {made} lines")
            except RecordingError as exc:
                self._done.finished.emit(str(exc))

        threading.Thread(target=work, name="transcribe", daemon=True).start()

    def _transcribed(self, message: str) -> None:
        self._live_busy = False
        self.transcribe_button.setEnabled(transcripts.available() is None)
        if message:
            self._say(message)
        self.refresh()

    def _say(self, message: str) -> None:
        self.window_.statusBar().showMessage(message, 8000)
