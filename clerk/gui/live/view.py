"""The live view: what the clerk has open for the whole meeting.

Every action is one of the catalogue's (``clerk.services.actions``) and goes through ``act``:
typed notes are saved first (so undo steps stay in the order the clerk made them), the session
saves the change in one transaction, and the views refresh from the bridge's ``changed``
signal. Errors are shown by the one helper (``clerk.gui.acting``); after a failed save the
typed text stays in the editor and is saved with the next try.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from clerk.domain.model import Attendance, ItemStatus
from clerk.errors import ClerkError, Conflict, RuleError, SaveError
from clerk.gui.acting import run_action
from clerk.gui.bridge import SessionBridge
from clerk.gui.live.corrections import TimeCorrections
from clerk.gui.live.declarations import DeclarationsPanel
from clerk.gui.live.entries import ActionsPanel, SpeakersPanel
from clerk.gui.live.formal_bar import FormalBar
from clerk.gui.live.formal_flow import FormalFlow
from clerk.gui.live.motions import MotionsPanel
from clerk.gui.live.notes import NotesPanel, ResolutionPanel
from clerk.gui.live.panels import AgendaPanel, AttendancePanel, ClockBar
from clerk.gui.live.timers import SpeakerTimer
from clerk.services import actions, reading
from clerk.services.changes import Part
from clerk.services.clock import Clock
from clerk.services.formal import formal_settings
from clerk.services.session import MeetingSession


class LiveView(QWidget):
    saved = Signal(str)  # the label of the change just saved
    save_failed = Signal(str)
    #: Typed text another Clerk's change refused (one line); shown without taking the keyboard.
    typing_refused = Signal(str)

    NOTES, RESOLUTION, MOTIONS, SPEAKERS, ACTIONS, DECLARATIONS = range(6)

    def __init__(self, clock: Clock, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.session: MeetingSession | None = None
        self.bridge: SessionBridge | None = None
        self._selected: str | None = None
        self._failing = False
        self.settings: dict = {}
        self.rules = reading.InterestRules()
        self.clock_bar = ClockBar(self)
        self.formal_bar = FormalBar(self)
        self.flow = FormalFlow(self)
        self.agenda = AgendaPanel(self)
        self.attendance = AttendancePanel(self._attendance_key, self)
        self.notes = NotesPanel(self.act, self.clock.now, self)
        self.resolution = ResolutionPanel(self.act, self)
        self.speakers = SpeakersPanel(self.act, self)
        self.actions_panel = ActionsPanel(self.act, self)
        self.declarations = DeclarationsPanel(self.act, self.flow.ask, self.clock.now, self)
        self.motions = MotionsPanel(self.act, self.clock.now, self)
        self.speaker_timer = SpeakerTimer(self.speakers.list, self.act, self.clock.now, self)
        self.speakers.layout().insertWidget(1, self.speaker_timer)
        self.corrections = TimeCorrections(self, lambda: self.meeting, self.act, self._target)
        self.agenda.model.edit_start = self.corrections.item_start
        self.attendance.model.edit_time = self.corrections.presence
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("itemTabs")
        # Every tab in sight on a small screen (1366×768): no scroll arrows hiding the last
        # ones; the splitter gives this pane the width its tabs need.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.addTab(self.notes, "Notes")
        self.tabs.addTab(self.resolution, "Resolution")
        self.tabs.addTab(self.motions, "Motions")
        self.tabs.addTab(self.speakers, "Speakers")
        self.tabs.addTab(self.actions_panel, "Actions")
        self.tabs.addTab(self.declarations, "Interests")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.agenda)
        split.addWidget(self.tabs)
        split.addWidget(self.attendance)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([470, 530, 366])
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock_bar)
        layout.addWidget(self.formal_bar)
        layout.addWidget(split, 1)

        self.clock_bar.start_button.clicked.connect(self.start_meeting)
        self.clock_bar.adjourn_button.clicked.connect(self.adjourn_or_resume)
        self.clock_bar.close_button.clicked.connect(self.close_meeting)
        self.agenda.take_button.clicked.connect(self.take_selected_item)
        self.agenda.next_button.clicked.connect(self.take_next_item)
        self.agenda.defer_button.clicked.connect(self.defer_item)
        self.agenda.withdraw_button.clicked.connect(self.withdraw_item)
        self.agenda.selected.connect(self._select)
        self.formal_bar.readmit_button.clicked.connect(self.flow.readmit)
        self.formal_bar.continue_button.clicked.connect(self.flow.resolve_to_continue)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.setEnabled(False)
        self.tick()

    # -- the session -------------------------------------------------------------------
    def set_session(self, session: MeetingSession | None, bridge: SessionBridge | None) -> None:
        self.flush()
        if self.bridge is not None:
            self.bridge.changed.disconnect(self._changed)
        self.session, self.bridge = session, bridge
        self._selected = None
        self._read_settings()
        if bridge is not None:
            bridge.changed.connect(self._changed)
        self.setEnabled(session is not None)
        if session is not None:
            self._refresh(follow=session.meeting.current_item)
        self.tick()

    @property
    def meeting(self):
        return self.session.meeting if self.session else None

    def show_item(self, item_key: str) -> None:
        """Select an item in the agenda (a search result opened here)."""
        if self.meeting is not None and self.meeting.item(item_key) is not None:
            self._refresh(follow=item_key)

    def flush(self) -> bool:
        """Save typed text now (before another action, undo, closing, switching meeting)."""
        ok = self.notes.autosave.flush()
        return self.resolution.autosave.flush() and ok

    def _read_settings(self) -> None:
        """The body's formal rules (kinds of interest, quorum, time limits), read once."""
        self.settings, self.rules = {}, reading.InterestRules()
        if self.session is not None:
            try:
                self.settings = formal_settings(self.session.db)
                self.rules = reading.interest_rules(self.settings)
            except (RuleError, OSError) as exc:
                QMessageBox.warning(self, "Settings", f"A formal setting is wrong: {exc}")
        self.declarations.set_rules(self.rules, self.settings)

    def act(self, action, *args, **kw) -> bool:
        """Run one of the catalogue's actions on the open session; True when it was done."""
        if self.session is None:
            return False
        typing = action in (actions.set_notes, actions.set_resolution)
        if not typing:
            self.flush()
        title = action.__name__.replace("_", " ").capitalize()
        done = run_action(
            self,
            "Not saved" if typing else title,
            lambda: action(self.session, *args, **kw),
            quiet=typing and self._failing,
            on_error=lambda exc: self._failed(exc, typing),
        )
        if done:
            self._failing = False
        return done

    def _failed(self, exc: ClerkError, typing: bool = False) -> bool:
        if isinstance(exc, Conflict):
            # Another Clerk changed it first: the session holds the meeting as it now is; the
            # editors drop the refused text (kept in a file, the message says where) and show
            # it. While the clerk types, the message must not be a modal dialog: the next
            # keystrokes would go to its buttons and be lost.
            QTimer.singleShot(0, self._after_conflict)
            if typing:
                # Dropped now, not on the next turn of the event loop: the refused text is in
                # its file, and nothing is left unsaved in between.
                self.notes.autosave.forget()
                self.resolution.autosave.forget()
                self.typing_refused.emit(str(exc))
                return True
        elif isinstance(exc, SaveError):
            # Typing keeps trying to save; one dialog says so, the status bar says the rest.
            self.save_failed.emit(str(exc))
            self._failing = True
        return False

    def _after_conflict(self) -> None:
        self.notes.autosave.forget()
        self.resolution.autosave.forget()
        self._failing = False
        self._refresh()

    def _changed(self, change) -> None:
        what = change.what
        if Part.SETTINGS in what:
            self._read_settings()
        if what.only_item_text:
            # Typing saves several times a minute: the lists stay as they are.
            self.agenda.model.replace_meeting(change.after)
            self._show_selected()
            self.saved.emit(change.label)
            return
        follow = None
        if change.after.current_item != change.before.current_item:
            follow = change.after.current_item
        parts = what.parts
        # The selected item's own panels (notes, resolution, speakers) only when that item
        # changed: a key in the register leaves the same item object in place.
        key = self._selected
        selected = key is not None and change.before.item(key) is not change.after.item(key)
        # Row by row where the change names its rows; every row where a change of the whole
        # meeting (its start, the quorum, the people's details) may show in any of them.
        self._refresh(
            follow,
            selected=selected,
            agenda=bool(parts & (Part.ITEMS | Part.MEETING | Part.ADJOURNMENTS)),
            people=bool(parts & (Part.PEOPLE | Part.PRESENCE | Part.MEETING | Part.FORMAL)),
            declarations=bool(parts & (Part.DECLARATIONS | Part.PEOPLE | Part.ITEMS)),
            items=None if parts & (Part.MEETING | Part.ADJOURNMENTS) else set(what.items),
            people_rows=None
            if parts & (Part.PEOPLE | Part.MEETING | Part.FORMAL)
            else set(what.people),
        )
        self.saved.emit(change.label)

    def _refresh(
        self,
        follow: str | None = None,
        *,
        agenda: bool = True,
        people: bool = True,
        declarations: bool = True,
        items: set[str] | None = None,
        people_rows: set[str] | None = None,
        selected: bool = True,
    ) -> None:
        """Show the meeting again; the flags say which lists the change touched, ``items``
        and ``people_rows`` which of their rows (None: all of them), ``selected`` whether the
        selected item itself changed."""
        meeting = self.meeting
        if meeting is None:
            return
        now = self.clock.now()
        if agenda:
            self.agenda.show_meeting(meeting, now, follow, items)
        else:
            self.agenda.model.replace_meeting(meeting)
        if people:
            self.attendance.show_meeting(meeting, people_rows)
        if declarations:
            self.declarations.show_meeting(meeting)
        self._show_selected(item_changed=selected)
        self.clock_bar.show_time(meeting, now)
        self.clock_bar.show_speaker(meeting, now, self.settings)
        self.formal_bar.show_state(meeting, now, self.settings)

    def _select(self, key: str | None) -> None:
        if key != self._selected:
            self.flush()  # the last item's typing is saved before its editor changes item
        self._selected = key
        self._show_selected()

    def _show_selected(self, item_changed: bool = True) -> None:
        """The panels of the selected item; its notes, resolution and speakers only when
        ``item_changed`` (they show nothing but the item)."""
        meeting = self.meeting
        if meeting is None:
            return
        item = meeting.item(self._selected) if self._selected else None
        if item_changed:
            self.notes.show_item(meeting, item)
            self.resolution.show_item(meeting, item)
            self.speakers.show_item(meeting, item)
        self.speaker_timer.show_item(meeting, item, self.settings)
        self.motions.show_item(meeting, item, self.rules, self.settings)
        self.actions_panel.show_meeting(meeting, item)

    def tick(self) -> None:
        now = self.clock.now()
        self.clock_bar.show_time(self.meeting, now)
        self.formal_bar.show_state(self.meeting, now, self.settings)
        self.speaker_timer.tick()
        self.clock_bar.show_speaker(self.meeting, now, self.settings)
        self.agenda.model.set_now(now)

    # -- what the clerk does -----------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def start_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.started_at is not None:
            return
        now = self.clock.now()
        doubts = []
        if now.date() != meeting.date:
            doubts.append(
                f"This meeting is dated {meeting.date:%A %d %B %Y}, but today is {now:%A %d %B %Y}."
            )
        if not any(p.attendance is Attendance.PRESENT for p in meeting.members):
            doubts.append("No member is marked present yet (P in the attendance list).")
        else:
            try:
                quorum = reading.quorum_at(
                    meeting, None, reading.quorum_rule(meeting, self.settings)
                )
            except ValueError:  # a bad quorum setting: the formal bar says so
                quorum = None
            if quorum is not None and quorum.inquorate:
                verb = "is" if quorum.present == 1 else "are"
                doubts.append(
                    f"Only {quorum.present} of the {quorum.required} members needed for a quorum "
                    f"{verb} marked present: the meeting cannot do business until more arrive."
                )
        if doubts and not self._confirm(
            "Start meeting",
            "\n\n".join(doubts) + f"\n\nStart the meeting now, at {now:%H:%M}?",
        ):
            return
        self.act(actions.start_meeting, now)

    def close_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.finished_at is not None:
            return
        now = self.clock.now()
        pending = sum(1 for it in meeting.items if it.status is ItemStatus.PENDING)
        left = f"\n\n{pending} item(s) have not been taken." if pending else ""
        if not self._confirm(
            "Close meeting",
            f"Close the meeting at {now:%H:%M}?{left}\n\nYou can undo this (Ctrl+Z), and "
            "correct the time afterwards (Meeting ▸ Correct times).",
        ):
            return
        self.act(actions.close_meeting, now)

    def adjourn_or_resume(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if reading.is_adjourned(meeting):
            self.act(actions.resume, self.clock.now())
        else:
            self.act(actions.adjourn, self.clock.now())

    def take_selected_item(self) -> None:
        key = self.agenda.selected_key()
        if key is not None:
            self.flow.take(key)
            self.notes.editor.setFocus()

    def take_next_item(self) -> None:
        if self.meeting is None:
            return
        item = reading.next_pending(self.meeting)
        if item is not None:
            self.flow.take(item.key)
            self.notes.editor.setFocus()

    def _target(self) -> str | None:
        return self.agenda.selected_key() or (self.meeting.current_item if self.meeting else None)

    def defer_item(self) -> None:
        key = self._target()
        if key is None:
            return
        item = self.meeting.item(key)
        if item.minute_number is None and not self._confirm(
            "Defer item",
            f"Item {item.agenda_number} has not been taken. Deferred now, it keeps its agenda "
            "place in the minutes with the resolution to defer it (its reason can be typed in "
            "the Resolution tab); it takes no time of the meeting.\n\nTo stamp the time "
            "and minute the discussion first, take the item (F6), then defer it.\n\n"
            "Defer it without taking it?",
        ):
            return
        self.act(actions.defer_item, key)

    def withdraw_item(self) -> None:
        key = self._target()
        if key is not None:
            self.act(actions.withdraw_item, key)

    def _attendance_key(self, key: str, person_id: str) -> None:
        if self.meeting is None or self.meeting.person(person_id) is None:
            return
        now = self.clock.now()
        if key == "P":
            self.act(actions.mark_present, person_id, now)
        elif key == "A":
            self.act(actions.mark_apologies, person_id)
        elif key == "X":
            self.act(actions.mark_absent, person_id)
        elif key == "L":
            self.act(actions.record_departure, person_id, now)
        elif key == "W":
            self.flow.withdraw(person_id)
        elif key == "R":
            self.flow.come_back(person_id)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        panel = self.tabs.widget(index)
        target = {
            self.NOTES: self.notes.editor,
            self.RESOLUTION: self.resolution.parts,
            self.MOTIONS: self.motions.text,
            self.SPEAKERS: self.speakers.name,
            self.ACTIONS: self.actions_panel.text,
            self.DECLARATIONS: self.declarations.member,
        }.get(index, panel)
        target.setFocus()
