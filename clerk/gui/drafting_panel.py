"""The drafting view's side panel: what produces the paragraph clicked, to edit in place.

The clerk's own words (an item's notes, its resolution, a speaker, a declaration's nature) are
edited where they are kept; a sentence Clerk writes (attendance, apologies, a declaration, a
vote, the closing line) can be reworded for this meeting only, and put back. Every change goes
through the services catalogue (one undoable step each); the panel only asks for it through
``act(label, call)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import Meeting
from clerk.minutes.blocks import Block, BlockKind
from clerk.minutes.drafting import rewordable, source_kind
from clerk.services import actions

NOTHING, NOTES, RESOLUTION, SPEAKER, DECLARATION, INFO = range(6)

_WHAT = {
    "apologies": "the apologies, from attendance",
    "attendance": "attendance",
    "declaration": "a declaration of interest",
    "left_room": "a member leaving the room for an interest",
    "declarations_intro": "the declarations item's opening sentence",
    "no_declarations": "the sentence for no declarations",
    "vote": "the motions, votes and what happened during the debate",
    "event": "an arrival, departure or other event of the meeting",
    "public": "the count of public speakers",
    "public_none": "the sentence for no public speakers",
    "speaker": "a speaker",
    "deferral": "the deferral",
    "withdrawn": "the withdrawal of the item",
    "previous_minutes": "the approval of the previous minutes",
    "exclusion": "the exclusion of the press and public",
    "exempt_note": "the note of an exempt item",
    "recording_paused": "the recording's pause for exempt business",
    "action": "an action",
    "closing": "the closing line",
    "signature": "the signature block",
    "title": "the title",
    "draft": "the draft notice",
    "opening": "the opening lines (when the meeting began, who presided)",
}


def _editor(name: str, lines: int = 6) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(lines * 18)
    return edit


class SourcePanel(QWidget):
    """Shows and edits the source of one block; ``saved`` after each change it asks for."""

    saved = Signal()

    def __init__(self, act: Callable[[str, Callable[[], object]], bool], parent=None):
        super().__init__(parent)
        self._act = act
        self.session = None
        self.block: Block | None = None
        self.title = QLabel("Click a paragraph of the minutes to edit what produces it.")
        self.title.setObjectName("draftingSource")
        self.title.setWordWrap(True)
        # One page per kind of source; only the one open is shown (so each takes only its room).
        self.pages: list[QWidget] = [QWidget()]  # NOTHING
        self.page = NOTHING
        # NOTES
        self.notes = _editor("draftingNotes", 10)
        self.pages.append(
            self._page(
                "The item's notes (a blank line between paragraphs, '- ' for bullets)",
                [self.notes],
                self._save_notes,
            )
        )
        # RESOLUTION
        self.parts = _editor("draftingResolution", 5)
        self.reason = QLineEdit()
        self.reason.setObjectName("draftingReason")
        self.pages.append(
            self._page(
                "The resolution, one part a line; then its reason",
                [self.parts, self.reason],
                self._save_resolution,
            )
        )
        # SPEAKER
        self.speaker_name = QLineEdit()
        self.speaker_capacity = QLineEdit()
        self.speaker_summary = _editor("draftingSpeakerSummary", 4)
        form = QWidget()
        fl = QFormLayout(form)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addRow("Name", self.speaker_name)
        fl.addRow("Capacity", self.speaker_capacity)
        fl.addRow("Summary", self.speaker_summary)
        self.pages.append(self._page("The speaker", [form], self._save_speaker))
        # DECLARATION
        self.nature = QLineEdit()
        self.nature.setObjectName("draftingNature")
        self.pages.append(
            self._page("The nature of the interest", [self.nature], self._save_declaration)
        )
        # INFO
        self.info = QLabel("")
        self.info.setWordWrap(True)
        self.pages.append(self.info)
        # Rewording a sentence Clerk writes.
        self.reword_box = QGroupBox("Reword this sentence for this meeting only", self)
        self.reworded = _editor("draftingReword", 4)
        self.reworded.setMaximumHeight(140)
        self.reworded.setAccessibleName("Reworded sentence")
        self.original = QLabel("")
        self.original.setObjectName("draftingOriginal")
        self.original.setWordWrap(True)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reword_button = QPushButton("Keep my wording")
        self.reword_button.setObjectName("draftingRewordButton")
        self.reword_button.clicked.connect(self._save_rewording)
        self.revert_button = QPushButton("Restore Clerk's wording")
        self.revert_button.setObjectName("draftingRevertButton")
        self.revert_button.clicked.connect(self._revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reword_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        rl = QVBoxLayout(self.reword_box)
        rl.addWidget(self.reworded)
        rl.addWidget(self.original)
        rl.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for page in self.pages:
            layout.addWidget(page)
            page.hide()
        layout.addWidget(self.reword_box)
        layout.addStretch(1)
        self.reword_box.hide()
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_current)

    def _page(self, label: str, fields: list[QWidget], save: Callable[[], None]) -> QWidget:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(label))
        for f in fields:
            pl.addWidget(f)
        button = QPushButton("Save")
        button.setToolTip("Save (Ctrl+Enter); Edit ▸ Undo takes it back")
        button.clicked.connect(save)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        pl.addLayout(row)
        page.save = save  # type: ignore[attr-defined]
        return page

    # -- showing -----------------------------------------------------------------------------
    @property
    def meeting(self) -> Meeting | None:
        return self.session.meeting if self.session is not None else None

    def show_block(self, block: Block | None, clerk_text: str = "") -> None:
        """Open what produces ``block``; ``clerk_text`` is Clerk's own sentence there (its
        text before any rewording)."""
        self.block = block
        m = self.meeting
        if block is None or m is None:
            self.title.setText("Click a paragraph of the minutes to edit what produces it.")
            self._open_page(NOTHING)
            self.reword_box.hide()
            return
        item = m.item(block.item_key) if block.item_key else None
        where = f"minute {block.minute}" if block.minute is not None else "the minutes"
        kind = source_kind(block.source)
        page = NOTHING
        if kind in ("notes", "heading") and item is not None:
            page = NOTES
            self.notes.setPlainText(item.narrative or "")
            what = "the clerk's notes"
        elif kind == "resolution" and item is not None:
            page = RESOLUTION
            res = item.resolution
            self.parts.setPlainText("\n".join(res.parts) if res else "")
            self.reason.setText(res.reason or "" if res else "")
            what = "the resolution"
        elif (
            kind in ("speaker", "speaker_summary")
            and item is not None
            and self._speaker() is not None
        ):
            page = SPEAKER
            s = self._speaker()
            self.speaker_name.setText(s.name)
            self.speaker_capacity.setText(s.capacity or "")
            self.speaker_summary.setPlainText(s.summary or "")
            what = "a speaker"
        elif kind in ("declaration", "left_room") and self._declaration() is not None:
            page = DECLARATION
            self.nature.setText(self._declaration().nature)
            what = _WHAT[kind]
        else:
            what = _WHAT.get(kind, "a sentence Clerk writes")
            if block.kind is BlockKind.ATTENDANCE or kind == "attendance":
                page = INFO
                self.info.setText(
                    "Attendance comes from who was marked present, sent apologies or was "
                    "absent (Live view); a sentence of it can be reworded below."
                    if rewordable(block)
                    else "Attendance comes from who was marked present, sent apologies or was "
                    "absent (Live view)."
                )
        self.title.setText(f"<b>{where.capitalize()}</b>: {what}")
        self._open_page(page)
        if rewordable(block) and kind not in ("title", "heading"):
            self.reword_box.show()
            self.reworded.setPlainText(block.text)
            mine = bool(block.reworded)
            self.revert_button.setEnabled(mine)
            if mine:
                stale = block.reworded == "reworded-stale"
                note = "Clerk's sentence has changed since you reworded it. " if stale else ""
                self.original.setText(f"{note}Clerk would write: “{clerk_text}”")
            else:
                self.original.setText("Clerk's own sentence: this meeting only, if you change it.")
        else:
            self.reword_box.hide()

    def _open_page(self, page: int) -> None:
        self.page = page
        for i, widget in enumerate(self.pages):
            widget.setVisible(i == page and i != NOTHING)

    def _speaker(self):
        item = self.meeting.item(self.block.item_key) if self.block.item_key else None
        key = self.block.source.partition(":")[2]
        return next((s for s in item.speakers if s.key == key), None) if item else None

    def _declaration(self):
        key = self.block.source.partition(":")[2]
        return next((d for d in self.meeting.declarations if d.key == key), None)

    # -- saving ------------------------------------------------------------------------------
    def save_current(self) -> None:
        if self.reworded.hasFocus():
            self._save_rewording()
            return
        page = self.pages[self.page]
        if hasattr(page, "save"):
            page.save()

    def _run(self, label: str, call: Callable[[], object]) -> None:
        if self.session is not None and self._act(label, call):
            self.saved.emit()

    def _save_notes(self) -> None:
        key, text = self.block.item_key, self.notes.toPlainText()
        self._run("Save notes", lambda: actions.set_notes(self.session, key, text))

    def _save_resolution(self) -> None:
        key = self.block.item_key
        parts = [line for line in self.parts.toPlainText().splitlines() if line.strip()]
        reason = self.reason.text()
        self._run(
            "Edit resolution", lambda: actions.set_resolution(self.session, key, parts, reason)
        )

    def _save_speaker(self) -> None:
        s = self._speaker()
        if s is None:
            return
        key, name = self.block.item_key, self.speaker_name.text()
        capacity, summary = self.speaker_capacity.text(), self.speaker_summary.toPlainText()
        self._run(
            "Edit speaker",
            lambda: actions.edit_speaker(self.session, key, s.key, name, capacity, summary),
        )

    def _save_declaration(self) -> None:
        d = self._declaration()
        if d is None:
            return
        nature = self.nature.text()
        self._run(
            "Edit declaration",
            lambda: actions.edit_declaration_nature(self.session, d.key, nature),
        )

    def _save_rewording(self) -> None:
        b = self.block
        if b is None:
            return
        text = self.reworded.toPlainText()
        original = self.clerk_text_of(b)
        self._run(
            "Reword a sentence",
            lambda: actions.reword_sentence(self.session, b.item_key, b.source, text, original),
        )

    def _revert(self) -> None:
        b = self.block
        if b is None:
            return
        self._run(
            "Restore Clerk's wording",
            lambda: actions.revert_wording(self.session, b.item_key, b.source),
        )

    #: Set by the view: Clerk's own sentence for a block (the minutes without rewordings).
    clerk_text_of: Callable[[Block], str] = staticmethod(lambda block: "")  # type: ignore[assignment]
