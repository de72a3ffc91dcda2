"""The icons: drawn once by packaging/make_icons.py, present in every form, and in step."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@pytest.fixture(scope="module")
def qt_app():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def test_the_svg_source_is_what_the_drawing_makes(make_icons):
    # The SVG is generated: editing it by hand would leave the PNG, ICO and ICNS behind.
    assert (ICONS / "clerk.svg").read_text(encoding="utf-8") == make_icons.svg()
    root = ET.parse(ICONS / "clerk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 256 256"


def test_window_icon_is_a_256_pixel_png_with_transparent_corners(qt_app):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "clerk.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded tile
    assert image.pixelColor(128, 128).alpha() == 255


def test_the_png_looks_like_the_svg(qt_app):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    drawn = QImage(256, 256, QImage.Format.Format_ARGB32)
    drawn.fill(0)
    painter = QPainter(drawn)
    QSvgRenderer(str(ICONS / "clerk.svg")).render(painter)
    painter.end()
    png = QImage(str(ICONS / "clerk.png")).convertToFormat(QImage.Format.Format_ARGB32)
    total = 0
    for y in range(0, 256, 4):
        for x in range(0, 256, 4):
            a, b = drawn.pixelColor(x, y), png.pixelColor(x, y)
            total += sum(abs(p - q) for p, q in zip(a.getRgb(), b.getRgb(), strict=True))
    mean = total / (64 * 64 * 4)
    assert mean < 4, f"the PNG differs from the SVG by {mean:.1f}/255 on average"


def test_windows_icon_holds_every_size_from_16_to_256(qt_app):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / "clerk.ico"))
    sizes = set()
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        sizes.add(image.width())
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icon_is_a_well_formed_icns_up_to_1024():
    data = (ICONS / "clerk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert length >= 8 and pos + length <= len(data)
        kinds[kind] = data[pos + 8 : pos + 16]
        pos += length
    assert pos == len(data)
    # ic07 128 px, ic08 256, ic09 512, ic10 1024 (512@2x): each a PNG
    for kind in (b"ic07", b"ic08", b"ic09", b"ic10"):
        assert kinds[kind] == b"\x89PNG\r\n\x1a\n"
