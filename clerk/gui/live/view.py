"""The live view: what the clerk has open for the whole meeting.

Every action goes through ``perform``: typed notes are saved first (so undo steps stay in the
order the clerk made them), the session saves the change in one transaction, and the views
refresh from the bridge's ``changed`` signal. A failed save shows a dialog; the typed text
stays in the editor and is saved with the next try.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from clerk.domain import operations as ops
from clerk.domain.formal import RuleError
from clerk.domain.formal.interests import InterestRules, interest_rules
from clerk.domain.model import Attendance, ItemStatus
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
from clerk.services.clock import Clock
from clerk.services.formal import formal_settings
from clerk.services.session import MeetingSession, SaveError


class LiveView(QWidget):
    saved = Signal(str)  # the label of the change just saved
    save_failed = Signal(str)

    NOTES, RESOLUTION, MOTIONS, SPEAKERS, ACTIONS, DECLARATIONS = range(6)

    def __init__(self, clock: Clock, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.session: MeetingSession | None = None
        self.bridge: SessionBridge | None = None
        self._selected: str | None = None
        self._failing = False
        self.settings: dict = {}
        self.rules = InterestRules()
        self.clock_bar = ClockBar(self)
        self.formal_bar = FormalBar(self)
        self.flow = FormalFlow(self)
        self.agenda = AgendaPanel(self)
        self.attendance = AttendancePanel(self._attendance_key, self)
        self.notes = NotesPanel(self.perform, self.clock.now, self)
        self.resolution = ResolutionPanel(self.perform, self)
        self.speakers = SpeakersPanel(self.perform, self)
        self.actions_panel = ActionsPanel(self.perform, self)
        self.declarations = DeclarationsPanel(self.formal, self.flow.ask, self.clock.now, self)
        self.motions = MotionsPanel(self.formal, self.clock.now, self)
        self.speaker_timer = SpeakerTimer(self.speakers.list, self.formal, self.clock.now, self)
        self.speakers.layout().insertWidget(1, self.speaker_timer)
        self.corrections = TimeCorrections(self, lambda: self.meeting, self.formal, self._target)
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

    def flush(self) -> bool:
        """Save typed text now (before another action, undo, closing, switching meeting)."""
        ok = self.notes.autosave.flush()
        return self.resolution.autosave.flush() and ok

    def _read_settings(self) -> None:
        """The body's formal rules (kinds of interest, quorum, time limits), read once."""
        self.settings, self.rules = {}, InterestRules()
        if self.session is not None:
            try:
                self.settings = formal_settings(self.session.db)
                self.rules = interest_rules(self.settings)
            except (RuleError, OSError) as exc:
                QMessageBox.warning(self, "Settings", f"A formal setting is wrong: {exc}")
        self.declarations.set_rules(self.rules, self.settings)

    def perform(self, label: str, operation, *args, merge=None, **kw) -> bool:
        if self.session is None:
            return False
        return self._run(
            label, lambda: self.session.apply(label, operation, *args, merge=merge, **kw), merge
        )

    def formal(self, service, *args, **kw) -> bool:
        """Run one of ``clerk.services.formal``'s actions on the open session."""
        if self.session is None:
            return False
        label = service.__name__.replace("_", " ").capitalize()
        return self._run(label, lambda: service(self.session, *args, **kw))

    def _run(self, label: str, call, merge=None) -> bool:
        if merge is None:
            self.flush()
        try:
            call()
        except RuleError as exc:
            # A rule of procedure forbids it: the rule's own sentence, nothing saved.
            text = str(exc)
            QMessageBox.warning(self, "Not allowed", text[:1].upper() + text[1:] + ".")
            return False
        except SaveError as exc:
            self.save_failed.emit(str(exc))
            # Typing keeps trying to save; one dialog says so, the status bar says the rest.
            if merge is None or not self._failing:
                QMessageBox.warning(self, "Not saved", str(exc))
            self._failing = True
            return False
        except KeyError:  # the item or person went away meanwhile (undo in another view)
            return False
        except Exception as exc:  # a fault must not close the window or lose the meeting
            QMessageBox.warning(self, "Not done", f"{label} could not be done: {exc}")
            return False
        self._failing = False
        return True

    def _changed(self, change) -> None:
        if _only_item_text_changed(change.before, change.after):
            # Typing saves several times a minute: the lists stay as they are.
            self.agenda.model.replace_meeting(change.after)
            self._show_selected()
            self.saved.emit(change.label)
            return
        follow = None
        if change.after.current_item != change.before.current_item:
            follow = change.after.current_item
        self._refresh(follow, agenda=_agenda_changed(change.before, change.after))
        self.saved.emit(change.label)

    def _refresh(self, follow: str | None = None, *, agenda: bool = True) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        now = self.clock.now()
        if agenda:
            self.agenda.show_meeting(meeting, now, follow)
        else:
            self.agenda.model.replace_meeting(meeting)
        self.attendance.show_meeting(meeting)
        self.declarations.show_meeting(meeting)
        self._show_selected()
        self.clock_bar.show_time(meeting, now)
        self.clock_bar.show_speaker(meeting, now, self.settings)
        self.formal_bar.show_state(meeting, now, self.settings)

    def _select(self, key: str | None) -> None:
        if key != self._selected:
            self.flush()  # the last item's typing is saved before its editor changes item
        self._selected = key
        self._show_selected()

    def _show_selected(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        item = meeting.item(self._selected) if self._selected else None
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
        if doubts and not self._confirm(
            "Start meeting",
            "\n\n".join(doubts) + f"\n\nStart the meeting now, at {now:%H:%M}?",
        ):
            return
        self.perform("Start meeting", ops.start_meeting, now)

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
        self.perform("Close meeting", ops.close_meeting, now)

    def adjourn_or_resume(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if ops.is_adjourned(meeting):
            self.perform("Resume meeting", ops.resume, self.clock.now())
        else:
            self.perform("Adjourn meeting", ops.adjourn, self.clock.now())

    def take_selected_item(self) -> None:
        key = self.agenda.selected_key()
        if key is not None:
            self.flow.take(key)
            self.notes.editor.setFocus()

    def take_next_item(self) -> None:
        if self.meeting is None:
            return
        item = ops.next_pending(self.meeting)
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
            f"Item {item.agenda_number} has not been taken. Deferred now, it has no minute "
            "of its own where it stands: the minutes say only that it was deferred, after the "
            "items taken.\n\nTo minute the decision to defer at this point of the meeting, "
            "take the item first (F6), then defer it.\n\nDefer it without taking it?",
        ):
            return
        self.perform(f"Defer item {item.agenda_number}", ops.defer_item, key)

    def withdraw_item(self) -> None:
        key = self._target()
        if key is not None:
            number = self.meeting.item(key).agenda_number
            self.perform(f"Withdraw item {number}", ops.withdraw_item, key)

    def _attendance_key(self, key: str, person_id: str) -> None:
        meeting = self.meeting
        person = meeting.person(person_id) if meeting else None
        if person is None:
            return
        name = self.attendance.model.data(
            self.attendance.model.index(self.attendance.model.row_of(person_id), 0)
        )
        now = self.clock.now()
        if key == "P":
            self.perform(f"{name} present", ops.mark_present, person_id, now)
        elif key == "A":
            self.perform(f"{name}: apologies", ops.set_attendance, person_id, Attendance.APOLOGIES)
        elif key == "X":
            self.perform(f"{name} absent", ops.set_attendance, person_id, Attendance.ABSENT)
        elif key == "L":
            self.perform(f"{name} left", ops.record_departure, person_id, now)
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


_LISTED = (
    "key",
    "agenda_number",
    "title",
    "status",
    "minute_number",
    "started_at",
    "ended_at",
    "planned_minutes",
    "exempt",
    "description",
)


def _only_item_text_changed(before, after) -> bool:
    """True when only notes, resolutions, speakers or motions of items changed."""
    if before.items is after.items:
        return False
    if len(before.items) != len(after.items):
        return False
    same = (
        "people",
        "declarations",
        "adjournments",
        "actions",
        "presence",
        "exclusions",
        "continuations",
        "quorum",
        "time_limits",
    )
    if any(getattr(before, name) is not getattr(after, name) for name in same):
        return False
    if (before.current_item, before.started_at, before.finished_at) != (
        after.current_item,
        after.started_at,
        after.finished_at,
    ):
        return False
    return all(
        all(getattr(a, f) == getattr(b, f) for f in _LISTED)
        for a, b in zip(before.items, after.items, strict=True)
    )


def _agenda_changed(before, after) -> bool:
    """Whether the agenda list shows anything that differs (attendance alone does not)."""
    return not (
        before.items is after.items
        and before.current_item == after.current_item
        and before.started_at == after.started_at
        and before.finished_at == after.finished_at
        and before.adjournments is after.adjournments
    )
