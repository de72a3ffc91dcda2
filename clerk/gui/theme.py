"""Readable in a bright committee room and on a projector: the system's light or dark scheme,
Fusion for the same look everywhere, and a text size the clerk can raise (View ▸ Larger text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from clerk.resources import resource_path

BASE_POINT_SIZE = 10.5


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#181818",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f7378"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f7378"))
    return p


def apply_theme(
    app: QApplication, scale: float = 1.0, scheme: str = "system", *, sheet: bool = True
) -> None:
    """Fusion, the system's scheme (or the clerk's choice), the house style sheet, the text size.

    ``sheet=False`` leaves the style sheet to ``apply_sheet``: at start it is set once the main
    window is assembled, since while an application style sheet is in force every widget
    added to a parent makes Qt resolve the style again for all it holds (the Live view's
    panels going into their tabs and splitter, the views into the main window's tabs)."""
    app.setStyle("Fusion")
    dark = is_dark() if scheme == "system" else scheme == "dark"
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    if sheet:
        apply_sheet(app)


def apply_sheet(app: QApplication) -> None:
    """The house style sheet (``resources/style/clerk.qss``)."""
    path = resource_path("style", "clerk.qss")
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def follow_system(app: QApplication, look_of) -> None:
    """Re-theme when the system switches between light and dark while Clerk runs."""
    hints = QGuiApplication.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is not None:
        signal.connect(lambda *_: apply_theme(app, *look_of()))


def restyle(widget, sheet: str) -> None:
    """Set a widget's style sheet only when it differs: setting even the same sheet makes Qt
    polish the widget again, which a key press or a clock tick should not pay for."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
