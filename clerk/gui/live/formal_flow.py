"""The formal steps around taking an item, and the clerk's formal actions that need a question.

Taking an exempt item while the meeting is in public first asks for the resolution to exclude
the press and public (``ExclusionDialog``); taking the "Exclusion of Press and Public" item
asks for it too. Once an item is taken, members outside for another item are asked back in
(``returns_due``), and members whose declared interest bars them from this one are asked out
(``withdrawals_due``); taking a public item while in private asks whether the press and public
are back. Each answer is one saved, undoable step through ``clerk.services.formal``.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from clerk.domain.formal.wording import interest_label
from clerk.domain.model import ItemKind, ItemStatus, QuorumRule
from clerk.domain.wording import short_name
from clerk.gui.live.exclusion import ExclusionDialog
from clerk.services import actions, formal, reading


class FormalFlow:
    def __init__(self, view):
        self.view = view

    @property
    def meeting(self):
        return self.view.meeting

    def ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.view,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- taking an item --------------------------------------------------------------------
    def take(self, key: str) -> None:
        view, meeting = self.view, self.meeting
        item = meeting.item(key) if meeting else None
        if item is None:
            return
        now = view.clock.now()
        first_time = item.minute_number is None
        if item.exempt and reading.needs_exclusion(meeting, key, now):
            host = meeting.current_item
            current = meeting.item(host) if host else None
            if current is None or current.kind is not ItemKind.EXCLUSION:
                host = None
            if not self.exclude(chosen=key, host=host, at=now):
                return  # not excluded: an exempt item is not taken in public
        elif (
            not item.exempt
            and first_time
            and item.kind is not ItemKind.EXCLUSION
            and reading.in_private(meeting, None)
        ) and self.ask(
            "Press and public",
            f"Item {item.agenda_number} is not exempt. Have the press and public been readmitted?",
        ):
            view.act(formal.readmit_press_and_public, now)
        if not view.act(actions.take_item, key, now):
            return
        if (
            item.kind is ItemKind.EXCLUSION
            and first_time
            and not reading.in_private(self.meeting, None)
            and _pending_exempt(self.meeting)
        ):
            self.exclude(chosen=None, host=key, at=now)
        self.after_taking(key, now)

    def after_taking(self, key: str, now: datetime) -> None:
        """Ask back those outside for another item, then ask out those barred from this one."""
        view = self.view
        number = self.meeting.item(key).agenda_number
        for person in reading.returns_due(self.meeting, key, now):
            name = short_name(person)
            if self.ask("Returned?", f"{name} left the room for an interest. Has {name} returned?"):
                view.act(formal.record_return, person.id, now)
        for person in reading.withdrawals_due(self.meeting, key, now, view.rules):
            name = short_name(person)
            d = reading.declaration_for(self.meeting, person.id, key)
            label = interest_label(d.kind) if d else "an interest"
            if self.ask(
                "Left the room?",
                f"{name} declared a {label} in item {number}.\n\n"
                f"Record that {name} has left the room for this item?",
            ):
                view.act(formal.record_withdrawal, person.id, now, key)

    # -- press and public ------------------------------------------------------------------
    def exclude(self, chosen: str | None, host: str | None, at: datetime) -> bool:
        meeting = self.meeting
        exempt = _pending_exempt(meeting)
        if chosen is not None and all(it.key != chosen for it in exempt):
            exempt.insert(0, meeting.item(chosen))
        dialog = ExclusionDialog(exempt, chosen, self.view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.view.act(
            formal.exclude_press_and_public,
            at,
            dialog.item_keys(),
            dialog.chosen_paragraphs(),
            host,
        )

    def readmit(self) -> None:
        self.view.act(formal.readmit_press_and_public, self.view.clock.now())

    def exclude_or_readmit(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        now = self.view.clock.now()
        if reading.in_private(meeting, None):
            self.readmit()
            return
        current = meeting.item(meeting.current_item) if meeting.current_item else None
        host = current.key if current and current.kind is ItemKind.EXCLUSION else None
        chosen = current.key if current and current.exempt else None
        if not _pending_exempt(meeting) and chosen is None:
            QMessageBox.information(self.view, "Press and public", "No item is marked exempt.")
            return
        self.exclude(chosen, host, now)

    # -- presence --------------------------------------------------------------------------
    def withdraw(self, person_id: str) -> None:
        """The member left the room for an interest in the item being taken."""
        meeting = self.meeting
        if meeting is None or meeting.current_item is None:
            QMessageBox.information(
                self.view, "Left the room", "Take the item first: a withdrawal is for an item."
            )
            return
        self.view.act(formal.record_withdrawal, person_id, self.view.clock.now())

    def come_back(self, person_id: str) -> None:
        self.view.act(formal.record_return, person_id, self.view.clock.now())

    # -- time limits -----------------------------------------------------------------------
    def resolve_to_continue(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        now = self.view.clock.now()
        text, ok = QInputDialog.getText(
            self.view,
            "Resolve to continue",
            "The meeting resolved to continue until (HH:MM);\n"
            "leave empty to continue to the end of the business:",
        )
        if not ok:
            return
        until = None
        if text.strip():
            try:
                until = datetime.combine(now.date(), time.fromisoformat(text.strip()))
            except ValueError:
                QMessageBox.warning(self.view, "Not allowed", f"{text!r} is not a time (HH:MM).")
                return
        self.view.act(formal.resolve_to_continue, now, until)

    def set_quorum(self) -> None:
        """A quorum for this meeting only (0: the body's rule from the settings)."""
        meeting = self.meeting
        if meeting is None:
            return
        current = meeting.quorum.number if meeting.quorum and meeting.quorum.number else 0
        number, ok = QInputDialog.getInt(
            self.view,
            "Quorum",
            "Members needed for a quorum at this meeting (0: the body's rule):",
            current,
            0,
            200,
        )
        if ok:
            rule = QuorumRule(number=number) if number else None
            self.view.act(formal.set_quorum_rule, rule)

    def set_item_limit(self) -> None:
        meeting = self.meeting
        key = self.view.agenda.selected_key() or (meeting.current_item if meeting else None)
        item = meeting.item(key) if meeting and key else None
        if item is None:
            return
        minutes, ok = QInputDialog.getInt(
            self.view,
            "Item time limit",
            f"Time limit for item {item.agenda_number}, in minutes (0: none):",
            item.time_limit_minutes or 15,
            0,
            24 * 60,
        )
        if ok:
            self.view.act(formal.set_item_time_limit, item.key, minutes or None)


def _pending_exempt(meeting) -> list:
    return [
        it
        for it in meeting.items
        if it.exempt and it.status is ItemStatus.PENDING and it.minute_number is None
    ]
