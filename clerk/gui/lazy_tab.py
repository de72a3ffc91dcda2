"""A tab of the main window whose view is built the first time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget


class LazyTab(QWidget):
    """A tab whose view is built the first time the tab is shown or the view asked for.

    A meeting reopened after a crash is shown in the Live view: the Meetings, Set-up and
    Preview views (and what they import: the minutes composer, the agenda dialogs) are not
    built on the way to it. ``scrolling`` puts the view in a scroll area, so that the Meetings
    and Set-up views scroll rather than widen the window past a small screen.
    """

    def __init__(self, build: Callable[[], QWidget], scrolling: bool = False):
        super().__init__()
        self._build: Callable[[], QWidget] | None = build
        self._view: QWidget | None = None
        self._scrolling = scrolling
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> QWidget:
        if self._view is None:
            assert self._build is not None
            build, self._build = self._build, None  # a build that asks for its view again
            try:
                view = build()
            except BaseException:
                self._build = build  # a failed build can be tried again, not an assertion
                raise
            self._view = view
            shown: QWidget = view
            if self._scrolling:
                area = QScrollArea()
                area.setWidgetResizable(True)
                area.setFrameShape(QScrollArea.Shape.NoFrame)
                area.setWidget(view)
                shown = area
            self.layout().addWidget(shown)
            shown.show()
            focus = QApplication.focusWidget()
            if focus is None or focus is self or not focus.isVisible():
                self._focus_first(shown)
        return self._view

    def _focus_first(self, shown: QWidget) -> None:
        """The tab widget gave focus to this empty tab (its page had nothing to focus yet):
        pass it on to the view's first widget that takes focus, as it does for a built one."""
        widget = shown.nextInFocusChain()
        while widget is not shown and widget is not self:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and widget.isVisibleTo(shown)
                and shown.isAncestorOf(widget)
            ):
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        self.view()
        super().showEvent(event)
