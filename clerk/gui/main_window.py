"""The main window: four views (Meetings, Set-up, Live, Preview), the menus and their keys.

The window owns the open ``MeetingSession`` and hands it to the views; it holds no meeting
logic itself. Every menu action that changes the meeting goes through the live view's
``act`` (one of the catalogue's actions) so typed notes are saved first, and every error is
shown by the one helper in ``clerk.gui.acting``.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from clerk import APP_NAME, faultlog
from clerk.errors import ClerkError
from clerk.gui import shortcuts
from clerk.gui.about import app_icon, show_about
from clerk.gui.acting import run_action, sentence, show_notice
from clerk.gui.app import unsettle
from clerk.gui.bridge import SessionBridge
from clerk.gui.lazy_tab import LazyTab
from clerk.gui.live.view import LiveView
from clerk.gui.theme import apply_theme, restyle
from clerk.services import live as live_service
from clerk.services.clock import Clock, SystemClock
from clerk.services.database import Database
from clerk.services.session import OTHERS, MeetingSession

if TYPE_CHECKING:
    from clerk.gui.meetings_view import MeetingsView
    from clerk.gui.preview import PreviewView
    from clerk.gui.recording_dock import RecordingDock
    from clerk.gui.setup_view import SetupView

POLL_MS = 1000


def file_stem(name: str, limit: int = 40) -> str:
    """ "Children, Education and Communities Policy…" -> "children-education-and-communities":
    words joined by one hyphen, whole words only, at most ``limit`` characters."""
    words = re.findall(r"[^\W_]+", name.lower())
    stem = ""
    for word in words:
        longer = f"{stem}-{word}" if stem else word
        if len(longer) > limit:
            break
        stem = longer
    return stem or (words[0][:limit] if words else "meeting")


JOURNAL_CHECK_MS = 3000


class MainWindow(QMainWindow):
    MEETINGS, SETUP, LIVE, PREVIEW = range(4)

    def __init__(self, db: Database, clock: Clock | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.clock = clock or SystemClock()
        self.session: MeetingSession | None = None
        self.bridge: SessionBridge | None = None
        self.setWindowTitle(APP_NAME)
        icon = app_icon()
        if icon is not None:
            self.setWindowIcon(icon)
        self.live = LiveView(self.clock, self)
        self._meetings_tab = LazyTab(self._build_meetings, scrolling=True)
        self._setup_tab = LazyTab(self._build_setup, scrolling=True)
        self._preview_tab = LazyTab(self._build_preview)
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.addTab(self._meetings_tab, "Meetings")
        self.views.addTab(self._setup_tab, "Set-up")
        self.views.addTab(self.live, "Live")
        self.views.addTab(self._preview_tab, "Preview")
        self.views.currentChanged.connect(self._view_changed)
        self.setCentralWidget(self.views)
        self.live.saved.connect(self._saved)
        self.save_state = QLabel("", self)
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName("Save state of the meeting")
        self.statusBar().addPermanentWidget(self.save_state)
        self.live.save_failed.connect(self._save_failed)
        self.live.typing_refused.connect(
            lambda text: (
                self.statusBar().showMessage(sentence(text)),
                show_notice(self, "Changed by another Clerk", text),
            )
        )
        self._actions: list[QAction] = []
        self._build_menus()
        self._install_recording()
        self._update_title()
        self.statusBar().showMessage(f"Database: {db.location}")
        self.resize(1366, 768)
        # Other Clerks' changes (a team database) appear within POLL_MS; alone, this reads
        # one number a second.
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        # Another program deleting the database's journal is noticed within seconds, not at
        # the next crash (each save checks too).
        self._journal_told = False
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_CHECK_MS)
        self._journal_timer.timeout.connect(self.watch_journal)
        self._journal_timer.start()

    # -- the views built when first shown -------------------------------------------------
    @property
    def meetings(self) -> MeetingsView:
        return cast("MeetingsView", self._meetings_tab.view())

    @property
    def setup(self) -> SetupView:
        return cast("SetupView", self._setup_tab.view())

    @property
    def preview(self) -> PreviewView:
        return cast("PreviewView", self._preview_tab.view())

    def _build_meetings(self) -> QWidget:
        from clerk.gui.meetings_view import MeetingsView

        view = MeetingsView(self.db, self, session_of=lambda: self.session)
        view.openRequested.connect(self.open_meeting)
        view.openAtItemRequested.connect(self.open_meeting_at)
        return view

    def _build_setup(self) -> QWidget:
        from clerk.gui.setup_view import SetupView

        view = SetupView(self)
        if self.session is not None:
            view.set_session(self.session, self.bridge)
        return view

    def _build_preview(self) -> QWidget:
        from clerk.gui.preview import PreviewView
        from clerk.services.minutes_inputs import minutes_inputs

        view = PreviewView(
            lambda meeting: minutes_inputs(self.db, meeting),
            self,
            style_of=self._house_style,
            session_of=lambda: self.session,
            today_of=lambda: self.clock.now().date(),
        )
        view.show_meeting(self.session.meeting if self.session is not None else None)
        return view

    # -- menus -------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, key: str | None = None, *more: str) -> QAction:
        action = QAction(text, self)
        keys = [shortcuts.key(key)] if key else []
        keys += [QKeySequence(k) for k in more]
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        live = self.live
        m = bar.addMenu("&File")
        self._action(m, "&Import agenda…", self.import_agenda, "import_agenda")
        m.addSeparator()
        self._action(m, "&Export draft minutes…", self.export_minutes, "export_minutes")
        self._action(m, "Export &record…", self.export_record, "export_record")
        self._action(m, "Export d&ecision list…", self.export_decision_list)
        self._action(m, "Export &action list…", self.export_action_list)
        m.addSeparator()
        self._action(m, "&Settings…", self.edit_settings, None, "Ctrl+,")
        m.addSeparator()
        self._action(m, "&Quit", self.close, None, "Ctrl+Q")

        m = bar.addMenu("&Edit")
        self.undo_action = self._action(m, "&Undo", self.undo, None, "Ctrl+Z")
        self.redo_action = self._action(m, "&Redo", self.redo, None, "Ctrl+Shift+Z", "Ctrl+Y")

        m = bar.addMenu("Mee&ting")
        first_live = len(self._actions)
        self._action(m, "&Start meeting", live.start_meeting, "start")
        self._action(m, "&Take selected item", live.take_selected_item, "take")
        self._action(m, "&Next item", live.take_next_item, "next")
        self._action(m, "&Defer item", live.defer_item, "defer")
        self._action(m, "&Withdraw item", live.withdraw_item, "withdraw")
        self._action(m, "&Adjourn or resume", live.adjourn_or_resume, "adjourn")
        self._action(m, "&Close meeting", live.close_meeting, "close")
        self._action(
            m, "Correct the stamped t&imes…", live.corrections.open_dialog, "correct_times"
        )
        m.addSeparator()
        self._action(m, "Stamp the &time in the notes", live.notes.stamp_time, "stamp")
        self._action(m, "Insert standard &phrase", live.notes.insert_phrase, "phrase")
        self._action(m, "&Bullet on or off", live.notes.toggle_bullet, "bullet")
        m.addSeparator()
        formal = m.addMenu("&Formal business")
        self._action(formal, "Vote by &show of hands", live.motions.show_of_hands, "show_of_hands")
        self._action(formal, "&Recorded vote", live.motions.recorded_vote, "recorded_vote")
        self._action(formal, "&Casting vote", live.motions.casting_vote, "casting_vote")
        self._action(
            formal,
            "Public speaker's timer: start or stop",
            live.speaker_timer.start_or_stop,
            "speaker_timer",
        )
        self._action(
            formal,
            "&Exclude or readmit press and public",
            live.flow.exclude_or_readmit,
            "exclude_public",
        )
        self._action(
            formal,
            "Resolve to &continue beyond the time limit",
            live.flow.resolve_to_continue,
            "continue_meeting",
        )
        self._action(formal, "Item &time limit", live.flow.set_item_limit, "item_limit")
        self._action(formal, "&Quorum for this meeting", live.flow.set_quorum)
        m.addSeparator()
        go = m.addMenu("&Go to")
        self._action(go, "Agenda list", lambda: self._focus(live.agenda.table), "agenda")
        self._action(
            go, "Attendance list", lambda: self._focus(live.attendance.table), "attendance"
        )
        for name, tab in (
            ("notes", LiveView.NOTES),
            ("resolution", LiveView.RESOLUTION),
            ("motions", LiveView.MOTIONS),
            ("speakers", LiveView.SPEAKERS),
            ("actions", LiveView.ACTIONS),
            ("declarations", LiveView.DECLARATIONS),
        ):
            self._action(go, name.capitalize(), lambda t=tab: self._focus_tab(t), name)
        # Meeting keys act in the Live view only: other views have their own keys (Ctrl+D
        # there makes the next meeting), and a key must never mean two things at once.
        self._live_actions = self._actions[first_live:]

        m = bar.addMenu("&View")
        for name, index, words in (
            ("view_meetings", self.MEETINGS, "Meetings"),
            ("view_setup", self.SETUP, "Set-up"),
            ("view_live", self.LIVE, "Live"),
            ("view_preview", self.PREVIEW, "&Preview"),
        ):
            self._action(m, words, lambda i=index: self.show_view(i), name)
        m.addSeparator()
        self._action(m, "&Larger text", lambda: self._scale_text(1.15), "bigger", "Ctrl++")
        self._action(m, "S&maller text", lambda: self._scale_text(1 / 1.15), "smaller")
        themes = m.addMenu("&Theme")
        group = QActionGroup(self)
        chosen = live_service.look()[1]
        for scheme, words in (
            ("system", "Follow the system"),
            ("light", "Light"),
            ("dark", "Dark"),
        ):
            action = QAction(words, self, checkable=True)
            action.setChecked(scheme == chosen)
            action.triggered.connect(lambda _=False, s=scheme: self._choose_theme(s))
            group.addAction(action)
            themes.addAction(action)

        m = bar.addMenu("&Help")
        self._action(m, "&Keyboard shortcuts", self.show_shortcuts, None, "F1")
        self._action(m, "Open &log folder", self.open_log_folder)
        self._action(m, "&About Clerk", lambda: show_about(self, self.db.location))
        self._update_undo()

    def _focus(self, widget) -> None:
        self.show_view(self.LIVE)
        widget.setFocus()

    def _focus_tab(self, tab: int) -> None:
        self.show_view(self.LIVE)
        self.live.show_tab(tab)

    def show_view(self, index: int) -> None:
        tab = self.views.widget(index)
        if isinstance(tab, LazyTab):
            tab.view()  # built first, so that the focus moves into it as into a built view
        self.views.setCurrentIndex(index)

    def _view_changed(self, index: int) -> None:
        if index != self.LIVE:
            self.live.flush()
        if index == self.MEETINGS:
            self.meetings.refresh()
        elif self.session is not None and not live_service.meeting_exists(
            self.db, self.session.meeting.id
        ):
            self._close_session()  # deleted in the meetings list
        self._enable_live_actions()

    def _enable_live_actions(self) -> None:
        on = self.session is not None and self.views.currentIndex() == self.LIVE
        for action in self._live_actions:
            action.setEnabled(on)

    def _close_session(self) -> None:
        unsettle()  # the meeting closed may become garbage
        self.live.set_session(None, None)
        if self._setup_tab.built:
            self.setup.set_session(None, None)
        if self._preview_tab.built:
            self.preview.show_meeting(None)
        self.session = self.bridge = None
        live_service.forget_open_meeting(self.db)
        self.save_state.setText("")
        self._update_title()
        self._update_undo()
        self._enable_live_actions()

    def open_log_folder(self) -> None:
        """The fault log, for whoever supports the clerk (it holds no meeting text)."""
        folder = faultlog.log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, APP_NAME, f"The log folder is {folder}")

    def show_shortcuts(self) -> None:
        dialog = shortcuts.ShortcutsDialog(self._actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _scale_text(self, factor: float) -> None:
        live_service.scale_text(factor)
        self._retheme()

    def _choose_theme(self, scheme: str) -> None:
        live_service.choose_theme(scheme)
        self._retheme()

    def _retheme(self) -> None:
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, *live_service.look())

    def _install_recording(self) -> None:
        """The Recording panel's two commands in the Meeting menu.

        The panel (clerk.gui.recording_dock, and the recording modules it brings: about 20 ms
        of a start) is made the first time either command is used or ``recording`` is asked
        for; until then the menu holds two stand-ins with the same words and key. A database
        that holds recordings gets its panel at once, which seals what a crash cut off and
        deletes recordings past their keeping."""
        self._recording: RecordingDock | None = None
        self._recording_menu = next(
            a.menu() for a in self.menuBar().actions() if a.text() == "Mee&ting"
        )
        self._recording_menu.addSeparator()
        record = QAction("&Record this meeting", self)
        record.setCheckable(True)
        record.setShortcut("Ctrl+Shift+R")
        record.toggled.connect(self._first_record)
        panel = QAction("Show the recording &panel", self)
        panel.setCheckable(True)
        panel.toggled.connect(self._first_panel)
        self._recording_stand_ins = (record, panel)
        self._recording_menu.addAction(record)
        self._recording_menu.addAction(panel)
        if live_service.has_recordings(self.db):
            self.recording  # noqa: B018 - made now, for what it tidies

    @property
    def recording(self) -> RecordingDock:
        """The Recording panel, made the first time it is asked for."""
        if self._recording is None:
            from clerk.gui.recording_dock import RecordingDock

            dock = RecordingDock(self)
            self._recording = dock
            menu = self._recording_menu
            panel = dock.toggleViewAction()  # titled "Recording" by Qt: say what it does
            panel.setText("Show the recording &panel")
            record_stand_in, panel_stand_in = self._recording_stand_ins
            menu.insertAction(record_stand_in, dock.record_action)
            menu.insertAction(record_stand_in, panel)
            for stand_in in self._recording_stand_ins:
                menu.removeAction(stand_in)
                stand_in.setEnabled(False)  # its key goes to the panel's own action
            dock.hide()
            if self.session is not None and self.bridge is not None:
                dock.set_session(self.session, self.bridge, self.live.notes.editor)
        return self._recording

    def _first_record(self, on: bool) -> None:
        self._recording_stand_ins[0].setChecked(False)
        if on:
            self.recording.record_action.setChecked(True)

    def _first_panel(self, on: bool) -> None:
        self._recording_stand_ins[1].setChecked(False)
        if on:
            self.recording.show()

    # -- the open meeting ----------------------------------------------------------------
    def open_meeting(self, meeting_id: int) -> bool:
        """Open a meeting for clerking in every view; the Live view comes to the front."""
        self.live.flush()
        if self.session is not None:
            unsettle()  # the meeting open until now may become garbage
        try:
            session = live_service.open_session(self.db, meeting_id)
        except Exception as exc:  # a meeting deleted meanwhile, a database gone away
            QMessageBox.warning(self, APP_NAME, f"The meeting cannot be opened: {exc}")
            return False
        self.session = session
        self.bridge = SessionBridge(session, self)
        self.bridge.changed.connect(self._meeting_changed)
        self.live.set_session(session, self.bridge)
        if self._setup_tab.built:
            self.setup.set_session(session, self.bridge)
        if self._preview_tab.built:
            self.preview.show_meeting(session.meeting)
        if self._recording is not None:
            self._recording.set_session(session, self.bridge, self.live.notes.editor)
        self._update_title()
        self._update_undo()
        self.save_state.setText("Meeting open — every change is saved when made")
        self.show_view(self.LIVE if session.meeting.items else self.SETUP)
        self._enable_live_actions()
        return True

    def open_meeting_at(self, meeting_id: int, item_key: str) -> bool:
        """Open a meeting at one of its items (a search result)."""
        already = self.session is not None and self.session.meeting.id == meeting_id
        if not already and not self.open_meeting(meeting_id):
            return False
        self.show_view(self.LIVE)
        if item_key:
            self.live.show_item(item_key)
        return True

    def reopen_left_open(self) -> bool:
        """After a crash: the meeting that was open comes back, at the item being taken."""
        meeting_id = live_service.meeting_left_open(self.db)
        if meeting_id is None:
            return False
        if self.open_meeting(meeting_id):
            self.show_view(self.LIVE)
            self.statusBar().showMessage("Reopened the meeting that was open when Clerk stopped.")
            return True
        return False

    def poll(self) -> None:
        """Bring in another Clerk's changes. Typing is saved first, so that it is checked
        against the copy it was typed on and never written over the other Clerk's."""
        if self.session is None:
            return
        self.live.flush()
        try:
            self.session.poll()
        except ClerkError as exc:
            self.statusBar().showMessage(f"Could not check for other Clerks' changes: {exc}")

    def _meeting_changed(self, change) -> None:
        if self._preview_tab.built:
            self.preview.show_meeting(change.after)
        if self.views.currentIndex() == self.MEETINGS:
            self.meetings.meeting_changed()  # e.g. a Minutes step undone there
        self._update_title()
        self._update_undo()

    def _saved(self, label: str) -> None:
        now = self.clock.now()
        if label == OTHERS:
            self.statusBar().showMessage(
                f"{now:%H:%M:%S} — the meeting was changed by another Clerk"
            )
            return
        self.statusBar().showMessage(f"Saved {now:%H:%M:%S} — {label}")
        self.save_state.setText(f"All changes saved {now:%H:%M:%S}")
        restyle(self.save_state, "")

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage("NOT SAVED — " + message)
        self.save_state.setText("NOT SAVED")
        self.save_state.setStyleSheet("color: #c62828; font-weight: bold;")
        if self.session is not None and self.session.stopped:
            self.watch_journal()

    def watch_journal(self) -> None:
        """Tell the clerk at once (one dialog) when the database's journal has been deleted."""
        if self._journal_told:
            return
        if self.session is not None:
            message = self.session.check_journal()
        elif self.db.journal_lost():
            from clerk.services.recovery import journal_lost

            message = journal_lost(self.db)
        else:
            message = None
        if message is None:
            return
        self._journal_told = True
        self._journal_timer.stop()
        self.statusBar().showMessage("NOT SAVING — the database's journal was deleted")
        self.save_state.setText("NOT SAVING")
        self.save_state.setStyleSheet("color: #c62828; font-weight: bold;")
        QMessageBox.critical(self, APP_NAME, message)

    def _update_title(self) -> None:
        m = self.session.meeting if self.session else None
        if m is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{m.committee} — {m.date:%d %B %Y} — {APP_NAME}")

    def _update_undo(self) -> None:
        s = self.session
        undo = s.undo_label if s else None
        redo = s.redo_label if s else None
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")
        self.redo_action.setEnabled(bool(redo))

    def undo(self) -> None:
        self._undo_or_redo("undo")

    def redo(self) -> None:
        self._undo_or_redo("redo")

    def _undo_or_redo(self, which: str) -> None:
        if self.session is None:
            return
        self.live.flush()
        done: list = []
        session = self.session
        if not run_action(self, which.capitalize(), lambda: done.append(getattr(session, which)())):
            self._update_undo()
            return
        if done[0] is None:
            self.statusBar().showMessage(f"Nothing to {which}.")
        self._update_undo()

    # -- files ---------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        m = self.session.meeting
        return str(Path.home() / f"{file_stem(m.committee)}-{m.date.isoformat()}{suffix}")

    def export_record(self) -> None:
        if self.session is None:
            QMessageBox.information(self, APP_NAME, "Open a meeting first.")
            return
        self.live.flush()
        path, _ = QFileDialog.getSaveFileName(
            self, "Export meeting record", self._default_name(".json"), "Meeting record (*.json)"
        )
        if not path:
            return
        try:
            live_service.export_record_file(self.session, Path(path))
        except OSError as exc:
            QMessageBox.warning(
                self, APP_NAME, f"The record was not written: {exc.strerror or exc}"
            )
            return
        self.statusBar().showMessage(f"Record written to {path}")

    def export_minutes(self) -> None:
        from functools import partial

        from clerk.minutes import write_minutes
        from clerk.services.minutes_inputs import minutes_inputs

        write = write_minutes
        if self.session is not None:  # else _export_word says to open a meeting first
            given = minutes_inputs(self.db, self.session.meeting)
            write = partial(
                write_minutes, rules=given.rules, recording_paused=given.recording_paused
            )
        self._export_word("Export draft minutes", "", write, "Draft minutes")

    def export_decision_list(self) -> None:
        from clerk.minutes import write_decision_list

        self._export_word(
            "Export decision list", "-decisions", write_decision_list, "Decision list"
        )

    def export_action_list(self) -> None:
        from clerk.minutes import write_action_list

        self._export_word("Export action list", "-actions", write_action_list, "Action list")

    def _export_word(self, title: str, suffix: str, write, what: str) -> None:
        """Ask where, then write one of the Word documents made from the meeting."""
        if self.session is None:
            QMessageBox.information(self, APP_NAME, "Open a meeting first.")
            return
        self.live.flush()
        path, _ = QFileDialog.getSaveFileName(
            self, title, self._default_name(f"{suffix}.docx"), "Word document (*.docx)"
        )
        if not path:
            return
        import warnings

        from clerk.minutes import MinutesError
        from clerk.minutes.template_guard import TemplateNote
        from clerk.services.minutes_inputs import minutes_inputs

        settings = minutes_inputs(self.db).settings
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", TemplateNote)
                written = write(
                    self.session.meeting,
                    Path(path),
                    settings=settings,
                    style=self._house_style(self.session.meeting),
                )
        except (MinutesError, OSError) as exc:
            QMessageBox.warning(self, APP_NAME, f"{what} not written: {exc}")
            return
        names = ", ".join(Path(p).name for p in (written or [path]))
        notes = dict.fromkeys(str(w.message) for w in caught if w.category is TemplateNote)
        notes.update(dict.fromkeys(settings.problems))
        self.statusBar().showMessage(" — ".join([f"{what} written: {names}", *notes]))

    def _house_style(self, meeting):
        """The house style of the meeting's body (else the organisation's, else the preset)."""
        from clerk.services.styles import style_for_meeting

        try:
            return style_for_meeting(self.db, meeting.id).style
        except Exception:  # the minutes must still come out, in the default style
            return None

    def edit_settings(self) -> None:
        from clerk.gui.settings_dialog import SettingsDialog

        if SettingsDialog(self.db, self).exec() and self.session is not None:
            self.session.settings_changed()  # every view hears it as a change of SETTINGS

    def import_agenda(self) -> None:
        self.live.flush()
        from clerk.gui.agenda_import import AgendaImportDialog  # only when asked: it reads Word

        dialog = AgendaImportDialog(self.db, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        meeting_id = getattr(dialog, "meeting_id", None)
        dialog.deleteLater()
        if accepted and meeting_id:
            if self._meetings_tab.built:
                self.meetings.refresh()
            self.open_meeting(meeting_id)

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if not self.live.flush():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                "The last notes could not be saved. Close anyway and lose them?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        with contextlib.suppress(Exception):  # closing must not fail because the disk did
            live_service.forget_open_meeting(self.db)
        super().closeEvent(event)
