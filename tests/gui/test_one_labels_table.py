"""The live view's words come from the one labels table, and no panel hides QWidget.move."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from clerk.domain.model import Attendance, Person, Role
from clerk.gui.live import models
from clerk.gui.live.motions import MotionsPanel
from clerk.gui.models import labels
from tests.domain.test_formal_support import committee


def test_motions_panel_moves_a_motion_without_overriding_qwidget_move():
    assert MotionsPanel.move is QWidget.move
    assert callable(MotionsPanel.move_motion)


def test_attendance_and_role_words_are_those_of_the_labels_table():
    meeting = committee()
    for attendance in (Attendance.APOLOGIES, Attendance.ABSENT, Attendance.UNKNOWN):
        person = Person("new", Role.MEMBER, attendance)
        shown = models.attendance_text(person, replace(meeting, people=(*meeting.people, person)))
        assert shown == labels.ATTENDANCE_LABELS[attendance]
    assert not hasattr(models, "ATTENDANCE_WORDS") and not hasattr(models, "ROLE_WORDS")
