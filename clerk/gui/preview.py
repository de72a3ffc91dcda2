"""After the meeting: the draft minutes as they will read, before exporting them to Word.

The wording comes from ``clerk.minutes.preview_html``. Should it fail on some record, a plain
outline of the record is shown instead, so the clerk can still check what was captured.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from clerk.domain.model import Meeting
from clerk.domain.wording import clock_24, long_date


def minutes_html(meeting: Meeting, settings: dict, style=None) -> tuple[str, bool]:
    """The preview (in the house ``style``, default the body's), and whether it is the real
    minutes composition."""
    from clerk.minutes import preview_html

    try:
        return preview_html(meeting, settings, style=style), True
    except Exception as exc:  # the preview must never take the window down
        return (
            f"<p><b>The minutes cannot be previewed:</b> {escape(str(exc))}</p>"
            + outline_html(meeting),
            False,
        )


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
    def __init__(self, settings_of=lambda: {}, parent=None, style_of=lambda meeting: None):
        super().__init__(parent)
        self._settings_of = settings_of
        self._style_of = style_of
        self.meeting: Meeting | None = None
        self.note = QLabel("", self)
        self.note.setObjectName("previewNote")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("minutesPreview")
        self.browser.setAccessibleName("Draft minutes preview")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)

    def show_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.meeting is None:
            self.note.setText("Open a meeting to preview its draft minutes.")
            self.browser.clear()
            return
        html, real = minutes_html(self.meeting, self._settings_of(), self._style_of(self.meeting))
        self.note.setText(
            "Draft minutes — File ▸ Export draft minutes writes them as a Word file."
            if real
            else "An outline of the record: the draft minutes could not be composed (see above)."
        )
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(position)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
