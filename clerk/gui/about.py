"""Help ▸ About: what this Clerk is, its licence, and where its data lives."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from clerk import APP_NAME, __version__
from clerk.resources import resource_path

LICENCE = "GPL-3.0-or-later"


def app_icon() -> QIcon | None:
    path = resource_path("icons", "clerk.png")
    return QIcon(str(path)) if path.exists() else None


def about_text(location: str) -> str:
    from html import escape  # here, not on the way to the first window

    return (
        f"<h3>{APP_NAME} {escape(__version__)}</h3>"
        "<p>Live clerking of formal meetings, and their draft minutes.</p>"
        f"<p>Licence: {LICENCE} (GNU General Public License, version 3 or later).</p>"
        f"<p>Database: <code>{escape(location)}</code></p>"
    )


def show_about(parent: QWidget, location: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_text(location))
    icon = app_icon()
    if icon is not None:
        box.setIconPixmap(icon.pixmap(64, 64))
    box.open()
