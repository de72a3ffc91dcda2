"""After the meeting: the drafting view — the draft minutes as they will read, to draft in.

The minutes are composed as they will print (``clerk.minutes.compose``, in the body's house
style, with the sentences reworded for this meeting). Clicking a paragraph opens what produces
it in the side panel (``clerk.gui.drafting_panel``); the agenda list beside the minutes shows
each item's drafting state (notes → drafted → checked) and how many are left, and the line
above them the time since the meeting and the body's deadline. Should composing fail on some
record, a plain outline of the record is shown instead, so the clerk can still check what was
captured.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clerk.domain.model import DraftState, Meeting
from clerk.domain.wording import clock_24, long_date
from clerk.gui.acting import run_action
from clerk.gui.drafting_panel import SourcePanel
from clerk.gui.models.drafting import COL_TITLE, DraftingItemsModel
from clerk.minutes.blocks import Block
from clerk.minutes.drafting import place
from clerk.services import actions
from clerk.services.drafting import drafting_status


def outline_html(meeting: Meeting) -> str:
    out = [
        f"<h2>{escape(meeting.organisation or '')}</h2>",
        f"<h3>{escape(meeting.committee)} — {long_date(meeting.date)}</h3>",
    ]
    for it in meeting.taken_items:
        when = f" ({clock_24(it.started_at)})" if it.started_at else ""
        out.append(f"<h4>{it.minute_number}. {escape(it.title)}{when}</h4>")
        for para in (it.narrative or "").split("\n\n"):
            if para.strip():
                out.append("<p>" + escape(para).replace("\n", "<br>") + "</p>")
        if it.resolution and it.resolution.parts:
            parts = it.resolution.parts
            if len(parts) == 1:
                out.append(f"<p><b>Resolved:</b> {escape(parts[0])}</p>")
            else:
                out.append("<p><b>Resolved:</b></p><ol type='i'>")
                out.extend(f"<li>{escape(p)}</li>" for p in parts)
                out.append("</ol>")
        if it.resolution and it.resolution.reason:
            out.append(f"<p><b>Reason:</b> {escape(it.resolution.reason)}</p>")
    return "\n".join(out)


class PreviewView(QWidget):
    """The drafting view (the Preview tab)."""

    def __init__(
        self,
        inputs_of=lambda meeting: None,
        parent=None,
        style_of=lambda meeting: None,
        session_of=lambda: None,
        today_of=date.today,
    ):
        super().__init__(parent)
        self._inputs_of = inputs_of  # the services' MinutesInputs for a meeting (or None)
        self._style_of = style_of
        self._session_of = session_of
        self._today_of = today_of
        self.meeting: Meeting | None = None
        self.blocks: list[Block] = []
        self._clerk_texts: dict[str, str] = {}
        self.note = QLabel("", self)
        self.note.setObjectName("previewNote")
        self.status = QLabel("", self)
        self.status.setObjectName("draftingStatus")
        self.status.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("minutesPreview")
        self.browser.setAccessibleName("Draft minutes preview")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        # The agenda list: each minuted item and its drafting state.
        self.items = DraftingItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("draftingItems")
        self.table.setAccessibleName("Items and their drafting state")
        self.table.setModel(self.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(lambda index: self._go_to_item(index.row()))
        self.left = QLabel("", self)
        self.left.setObjectName("draftingLeft")
        self.state_buttons = {}
        buttons = QHBoxLayout()
        for state, text in (
            (DraftState.NOTES, "Notes"),
            (DraftState.DRAFTED, "Drafted"),
            (DraftState.CHECKED, "Checked"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"draftingMark{state.value.capitalize()}")
            button.setToolTip(f"Mark the selected item {text.lower()} (Ctrl+D steps round)")
            button.clicked.connect(lambda _=False, s=state: self.mark_selected(s))
            buttons.addWidget(button)
            self.state_buttons[state] = button
        step = QShortcut(QKeySequence("Ctrl+D"), self)
        step.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        step.activated.connect(self.step_selected)
        agenda = QWidget(self)
        al = QVBoxLayout(agenda)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.table, 1)
        al.addLayout(buttons)
        al.addWidget(self.left)
        self.panel = SourcePanel(self._act, self)
        self.panel.clerk_text_of = lambda block: self._clerk_texts.get(place(block), block.text)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(agenda)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([330, 600, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

    # -- showing -----------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.panel.session = self._session_of()
        if self.meeting is None:
            self.note.setText("Open a meeting to preview its draft minutes.")
            self.status.setText("")
            self.browser.clear()
            self.items.set_minuted([])
            self.left.setText("")
            self.blocks = []
            self.panel.show_block(None)
            return
        style = self._style_of(self.meeting)
        html, real = self._compose(style)
        self.note.setText(
            "Draft minutes — click a paragraph to edit what produces it; File ▸ Export draft "
            "minutes writes them as a Word file."
            if real
            else "An outline of the record: the draft minutes could not be composed (see above)."
        )
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(position)
        self._show_drafting(style)
        # The panel follows its paragraph through the change (its text may have changed).
        shown = self.panel.block
        if shown is not None:
            again = next((b for b in self.blocks if place(b) == place(shown)), None)
            self.panel.show_block(again, self.panel.clerk_text_of(again) if again else "")

    def _compose(self, style) -> tuple[str, bool]:
        from clerk.minutes import compose
        from clerk.minutes.preview import blocks_html

        try:
            given = self._inputs_of(self.meeting)
            kw = {}
            if given is not None:
                kw = {
                    "rules": given.rules,
                    "recording_paused": given.recording_paused,
                    "settings": given.settings,
                }
            self.blocks = compose(self.meeting, style=style, **kw)
            self._clerk_texts = {}
            if self.meeting.rewordings:
                plain = compose(replace(self.meeting, rewordings=()), style=style, **kw)
                self._clerk_texts = {place(b): b.text for b in plain if b.source}
            return blocks_html(self.blocks, links=True), True
        except Exception as exc:  # the preview must never take the window down
            self.blocks = []
            return (
                f"<p><b>The minutes cannot be previewed:</b> {escape(str(exc))}</p>"
                + outline_html(self.meeting),
                False,
            )

    def _show_drafting(self, style) -> None:
        from clerk.minutes.compose import minuted_items
        from clerk.minutes.style import default_style

        selected = self.selected_item()
        self.items.set_minuted(minuted_items(self.meeting))
        row = self.items.row_of(selected)
        if row is not None:
            self.table.selectRow(row)
        status = drafting_status(self.meeting, style or default_style(), self._today_of())
        self.status.setText(status.summary(self._today_of()))
        if status.total == 0:
            self.left.setText("No item has a minute yet.")
        elif status.left:
            checked = status.total - status.left
            self.left.setText(
                f"{status.left} of {status.total} left: {status.notes} at notes, "
                f"{status.drafted} drafted, {checked} checked"
            )
        else:
            self.left.setText(f"All {status.total} items checked.")

    # -- the agenda list ---------------------------------------------------------------------
    def selected_item(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items.item_key(rows[0].row()) if rows else None

    def _go_to_item(self, row: int) -> None:
        value = self.items.row_value(row)
        if value is not None and value[0] is not None:
            self.browser.scrollToAnchor(f"minute-{value[0]}")

    def mark_selected(self, state: DraftState) -> None:
        key = self.selected_item()
        session = self._session_of()
        if key is None or session is None:
            return
        self._act("Mark item", lambda: actions.set_drafting_state(session, key, state))

    def step_selected(self) -> None:
        key = self.selected_item()
        session = self._session_of()
        if key is None or session is None:
            return
        self._act("Mark item", lambda: actions.advance_drafting_state(session, key))

    # -- clicking a paragraph ----------------------------------------------------------------
    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if not text.startswith("block:"):
            return
        try:
            block = self.blocks[int(text.partition(":")[2])]
        except (ValueError, IndexError):
            return
        self.open_block(block)

    def open_block(self, block: Block) -> None:
        """Open what produces ``block`` in the side panel, and select its item."""
        self.panel.session = self._session_of()
        self.panel.show_block(block, self.panel.clerk_text_of(block))
        row = self.items.row_of(block.item_key)
        if row is not None:
            self.table.selectRow(row)

    def _act(self, label: str, call) -> bool:
        done = run_action(self, label, call)
        session = self._session_of()
        if done and session is not None and session.meeting is not self.meeting:
            # Shown already when the main window passed the change on; else here.
            self.meeting = session.meeting
            self.refresh()
        return done

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
