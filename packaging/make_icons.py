"""Draw Clerk's icon once and write it in every form the platforms want.

    python packaging/make_icons.py      (needs Pillow, a build tool only)

writes ``resources/icons/``: ``clerk.svg`` (the source, for Linux desktops and for editing),
``clerk.png`` (256 px, the window icon), ``clerk-512.png``, ``clerk.ico`` (Windows,
16–256 px) and ``clerk.icns`` (macOS, 16–1024 px).

The drawing is a list of shapes on a 256-unit square, rendered by hand into SVG and by Pillow
(at four times the size, then scaled down for smooth edges) into the raster forms, so the two
cannot drift apart. The picture: a page of minutes with a clock, on the council-blue tile.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

TILE = "#1D4E63"
PAGE = "#FFFFFF"
FOLD = "#C9D6DE"
INK = "#8FA5B3"
CLOCK = "#E7A83B"

# (kind, geometry, fill, extra) on a 256 × 256 canvas.
SHAPES = [
    ("rrect", (16, 16, 240, 240), TILE, 44),
    ("polygon", ((62, 38), (160, 38), (194, 72), (194, 218), (62, 218)), PAGE, None),
    ("polygon", ((160, 38), (160, 72), (194, 72)), FOLD, None),
    ("rrect", (82, 88, 174, 98), INK, 5),
    ("rrect", (82, 110, 174, 120), INK, 5),
    ("rrect", (82, 132, 150, 142), INK, 5),
    ("rrect", (82, 154, 126, 164), INK, 5),
    ("circle", (184, 184, 52), PAGE, None),
    ("circle", (184, 184, 43), CLOCK, None),
    ("stroke", ((184, 184), (184, 156)), TILE, 10),
    ("stroke", ((184, 184), (205, 195)), TILE, 10),
    ("circle", (184, 184, 8), TILE, None),
]

ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def svg() -> str:
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
        "  <title>Clerk</title>",
    ]
    for kind, geo, fill, extra in SHAPES:
        if kind == "rrect":
            x0, y0, x1, y1 = geo
            parts.append(
                f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" '
                f'rx="{extra}" fill="{fill}"/>'
            )
        elif kind == "polygon":
            points = " ".join(f"{x},{y}" for x, y in geo)
            parts.append(f'  <polygon points="{points}" fill="{fill}"/>')
        elif kind == "circle":
            cx, cy, r = geo
            parts.append(f'  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}"/>')
        elif kind == "stroke":
            (x0, y0), (x1, y1) = geo
            parts.append(
                f'  <line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" stroke="{fill}" '
                f'stroke-width="{extra}" stroke-linecap="round"/>'
            )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render(size: int):
    """The icon as a Pillow RGBA image of ``size`` pixels, drawn at 4× and scaled down."""
    from PIL import Image, ImageDraw

    big = size * 4
    k = big / 256
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for kind, geo, fill, extra in SHAPES:
        if kind == "rrect":
            draw.rounded_rectangle([v * k for v in geo], radius=extra * k, fill=fill)
        elif kind == "polygon":
            draw.polygon([(x * k, y * k) for x, y in geo], fill=fill)
        elif kind == "circle":
            cx, cy, r = (v * k for v in geo)
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
        elif kind == "stroke":
            (x0, y0), (x1, y1) = geo
            width = extra * k
            draw.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=fill, width=round(width))
            for x, y in geo:  # round caps, as in the SVG
                draw.ellipse(
                    [x * k - width / 2, y * k - width / 2, x * k + width / 2, y * k + width / 2],
                    fill=fill,
                )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_all(folder: Path = ICONS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    path = folder / "clerk.svg"
    path.write_text(svg(), encoding="utf-8")
    written.append(path)
    for size, name in ((256, "clerk.png"), (512, "clerk-512.png")):
        path = folder / name
        render(size).save(path, optimize=True)
        written.append(path)
    # Each size drawn on its own, not scaled from 256: small icons stay crisp.
    ico = folder / "clerk.ico"
    images = [render(s) for s in ICO_SIZES]
    images[-1].save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    written.append(ico)
    icns = folder / "clerk.icns"
    render(1024).save(icns, append_images=[render(s) for s in (16, 32, 64, 128, 256, 512)])
    written.append(icns)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
