"""The kiosk's own line icons (resources/icons/*.svg), recoloured to match the theme.

API:
    icon(name) -> QIcon          themed: primary colour normally, the focus text colour when the
                                 button has focus, on-primary colour when checked; unknown names
                                 fall back to the "default" icon (never an empty icon).
    icon(name, filled=True) -> QIcon        for role "primary" (filled) buttons.
    icon(name, colour="#RRGGBB") -> QIcon   one fixed colour.
    pixmap(name, size, colour=None) -> QPixmap   for QLabel icons.
    has_icon(name) -> bool; icon_names() -> list of names.
    category_icon(category_id) -> str   the icon name for a directory category.

Names: info, people, steps, assessment, plan, directory, strategy, handshake, news, glossary,
phone, search, home, back, forward, language, access, list, star, star-filled, qr, clock, pound,
map, keyboard, email, web, check, close, backspace, filter, text-size, contrast, restart,
speaker, speaker-off, pause, play, stop, calm, read-to-me, face-yes, face-partly, face-no, and
one per Local Offer category (the icon column of resources/vocabulary/categories.csv). Each SVG is
drawn in #000000 on a 48x48 grid; that colour is replaced when the icon is rendered. The
arrows (MIRRORED) are drawn mirrored when the application is right to left: a widget that
keeps an icon re-asks for it at its LayoutDirectionChange.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resources_dir
from kiosk.store import vocabulary
from kiosk.ui.theme import current_palette

DEFAULT_ICON = "default"
# Icons that point a way: drawn mirrored when the kiosk is right to left (Urdu), where going
# back points right, going on points left, and Delete points the way the text runs back
# (as on Arabic and Hebrew phone keyboards).
MIRRORED = frozenset({"back", "forward", "backspace"})
PLACEHOLDER = "#000000"
RENDER_PX = 128  # rendered once at this size; Qt scales down smoothly


def icons_dir() -> Path:
    return resources_dir() / "icons"


@lru_cache(maxsize=1)
def icon_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in icons_dir().glob("*.svg")))


def has_icon(name: str) -> bool:
    return name in icon_names()


def category_icon(category_id: str) -> str:
    """The icon of a Local Offer category; any other id (a sub-category, a need) names itself."""
    icons = {category.id: category.icon for category in vocabulary.categories()}
    return icons.get(category_id, category_id)


@cache
def _svg_text(name: str) -> str:
    path = icons_dir() / f"{name if has_icon(name) else DEFAULT_ICON}.svg"
    return path.read_text(encoding="utf-8")


# One look (colours and text size) draws about 120 different pixmaps (7-9 MB); room for two
# keeps the visitor's look and the default one. At 512 the six looks' pixmaps piled up to
# about 40 MB over a day of visitors (found by `kiosk selftest --monkey`).
def _mirrored(name: str) -> bool:
    """Whether name points a way that reverses in a right-to-left language (Urdu)."""
    return name in MIRRORED and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@lru_cache(maxsize=256)
def _render(name: str, colour: str, size: int, mirrored: bool = False) -> QPixmap:
    data = _svg_text(name).replace(PLACEHOLDER, colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, size, 0))  # x -> size - x
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def pixmap(name: str, size: int = 64, colour: str | None = None) -> QPixmap:
    """The icon drawn at size x size pixels in colour (default: the theme's primary colour)."""
    return _render(name, colour or current_palette().primary, size, _mirrored(name))


def icon(name: str, colour: str | None = None, filled: bool = False) -> QIcon:
    """A QIcon for buttons; see the module docstring for the colours of each state.

    filled=True is for buttons drawn in the primary colour (role "primary"): the icon is then
    drawn in the on-primary colour.
    """
    result = QIcon()
    flip = _mirrored(name)
    if colour is not None:
        result.addPixmap(_render(name, colour, RENDER_PX, flip))
        return result
    p = current_palette()
    normal = p.on_primary if filled else p.primary
    on = _render(name, p.on_primary, RENDER_PX, flip)
    result.addPixmap(_render(name, normal, RENDER_PX, flip), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(on, QIcon.Mode.Normal, QIcon.State.On)
    focus = _render(name, p.focus_text, RENDER_PX, flip)
    disabled = _render(name, p.text_muted, RENDER_PX, flip)
    for state in (QIcon.State.Off, QIcon.State.On):
        result.addPixmap(focus, QIcon.Mode.Active, state)
        result.addPixmap(focus, QIcon.Mode.Selected, state)
        result.addPixmap(disabled, QIcon.Mode.Disabled, state)
    return result
