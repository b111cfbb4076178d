"""The kiosk's look: qt-material as the base, then kiosk sizes, contrast-checked colours and focus.

API for screens (set a dynamic property, the theme does the rest; never hard-code colours):

    from kiosk.ui.theme import set_role
    set_role(label, "heading")      # QLabel roles: display (64 px), heading (44 px bold),
                                    #   subheading (32 px bold),
                                    #   body (24 px, the default), muted (22 px), badge, big-number,
                                    #   error, on-header (header text), caption (under a QR code)
    set_role(frame, "card")         # QFrame roles: card (white box, border), panel (tinted box),
                                    #   header, footer, overlay-panel
    set_role(button, "primary")     # QPushButton roles: primary (filled), (none) = outlined,
                                    #   hero (huge filled), header (buttons in the window
                                    #   header), chip, key, link (flat)

apply_theme(app, high_contrast=False, text_scale=1.0) may be called again at any time (the
access screen's choices); it replaces the application stylesheet. Sizes are in pixels for the
1920x1080 screen and scale with text_scale. `palette_for(high_contrast)` gives the colours;
`contrast_ratio(fg, bg)` is the WCAG 2 ratio and `colour_pairs(palette)` lists every
foreground/background pair this stylesheet uses (checked by tests/ui/test_theme.py).
"""

from __future__ import annotations

import atexit
import functools
import logging
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import paths
from kiosk.ui import material_cache
from kiosk.ui.material_cache import MaterialBuild

log = logging.getLogger(__name__)

FONT_FAMILY = "Roboto"

# Sizes at text_scale 1.0, in pixels at 1920x1080.
BODY_PX = 24
# Topic pages are read, not glanced at: a little over the body size.
READING_PX = 26
MUTED_PX = 22
BUTTON_PX = 26
SUBHEADING_PX = 32
HEADING_PX = 44
DISPLAY_PX = 64
HERO_BUTTON_PX = 52
BIG_NUMBER_PX = 120
MIN_TOUCH_PX = 64
SCROLLBAR_PX = 28
FOCUS_BORDER_PX = 4
RADIUS_PX = 12

MIN_CONTRAST = 4.5


@dataclass(frozen=True)
class KioskPalette:
    """Every colour the stylesheet uses, by purpose."""

    window: str  # page background
    surface: str  # cards, buttons, text boxes
    text: str  # normal text
    text_muted: str  # secondary text (still >= 4.5:1)
    primary: str  # filled buttons, checked chips, outlines
    on_primary: str  # text on primary
    primary_soft: str  # tinted panels
    on_primary_soft: str  # text on tinted panels
    header: str  # header bar background
    on_header: str  # header text
    header_button_bg: str  # Back / Home / My list in the header
    header_button_text: str
    border: str  # card and field borders (non-text, >= 3:1 against surface)
    focus_bg: str  # background of the focused control
    focus_text: str  # text of the focused control
    focus_ring: str  # the focus outline
    badge_bg: str  # "Sample data" badge
    badge_text: str
    error_text: str  # short warnings in text
    scrim: str  # overlay behind "Are you still there?" (rgba)


# Light theme: dark blue on white; every text pair is at least 7:1 except muted text (> 8:1 too).
LIGHT = KioskPalette(
    window="#F3F5F8",
    surface="#FFFFFF",
    text="#14171A",
    text_muted="#3B4550",
    primary="#0A58A8",
    on_primary="#FFFFFF",
    primary_soft="#E4EEF9",
    on_primary_soft="#14171A",
    header="#073B73",
    on_header="#FFFFFF",
    header_button_bg="#FFFFFF",
    header_button_text="#073B73",
    border="#5A6B7D",
    focus_bg="#FFDD00",
    focus_text="#14171A",
    focus_ring="#14171A",
    badge_bg="#FFE08A",
    badge_text="#14171A",
    error_text="#A0131B",
    scrim="rgba(10, 20, 30, 0.72)",
)

# High contrast: yellow and white on black.
HIGH_CONTRAST = KioskPalette(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    text_muted="#FFFFFF",
    primary="#FFFF00",
    on_primary="#000000",
    primary_soft="#1A1A1A",
    on_primary_soft="#FFFFFF",
    header="#000000",
    on_header="#FFFF00",
    header_button_bg="#000000",
    header_button_text="#FFFF00",
    border="#FFFFFF",
    focus_bg="#00FFFF",
    focus_text="#000000",
    focus_ring="#00FFFF",
    badge_bg="#FFFF00",
    badge_text="#000000",
    error_text="#FF9E9E",
    scrim="rgba(0, 0, 0, 0.85)",
)


def palette_for(high_contrast: bool) -> KioskPalette:
    return HIGH_CONTRAST if high_contrast else LIGHT


def colour_pairs(p: KioskPalette) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text colour drawn on every background."""
    return [
        ("text on window", p.text, p.window),
        ("text on surface", p.text, p.surface),
        ("muted text on window", p.text_muted, p.window),
        ("muted text on surface", p.text_muted, p.surface),
        ("outlined button text", p.primary, p.surface),
        ("link text on window", p.primary, p.window),
        ("primary button text", p.on_primary, p.primary),
        ("pressed button text", p.primary, p.primary_soft),
        ("tinted panel text", p.on_primary_soft, p.primary_soft),
        ("header text", p.on_header, p.header),
        ("header button text", p.header_button_text, p.header_button_bg),
        ("focused control text", p.focus_text, p.focus_bg),
        ("badge text", p.badge_text, p.badge_bg),
        ("error text on window", p.error_text, p.window),
        ("error text on surface", p.error_text, p.surface),
        ("selected list item", p.on_primary_soft, p.primary_soft),
    ]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""
    q = QColor(colour)
    if not q.isValid():
        raise ValueError(f"not a colour: {colour!r}")
    return 0.2126 * _channel(q.red()) + 0.7152 * _channel(q.green()) + 0.0722 * _channel(q.blue())


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two opaque colours, from 1.0 to 21.0."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def re_colours(stylesheet: str) -> list[str]:
    """Every #RRGGBB colour written in a stylesheet (for the contrast tests)."""
    return re.findall(r"#[0-9A-Fa-f]{6}\b", stylesheet)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a styling role (see the module docstring) and re-polish it."""
    widget.setProperty("role", role)
    # A widget not yet polished is polished with its role when first shown or measured;
    # polishing it now as well cost every new screen a second pass over the stylesheet.
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def _px(value: float, scale: float) -> int:
    return round(value * scale)


def kiosk_stylesheet(p: KioskPalette, text_scale: float = 1.0) -> str:
    """The rules added after qt-material's: sizes, colours, focus outline, scroll bars."""
    s = text_scale
    body, muted, button = _px(BODY_PX, s), _px(MUTED_PX, s), _px(BUTTON_PX, s)
    sub, heading, big = _px(SUBHEADING_PX, s), _px(HEADING_PX, s), _px(BIG_NUMBER_PX, s)
    outlined_text = p.primary
    return f"""
* {{
  font-family: "{FONT_FAMILY}";
  font-size: {body}px;
  line-height: {body}px;
  color: {p.text};
  selection-background-color: {p.primary};
  selection-color: {p.on_primary};
}}
*:focus {{ outline: none; }}
/* Nothing in the kiosk animates. Without this, QMainWindow runs a 0 ms geometry animation at
   each layout, and the first event of its timer makes PySide look up every Qt class for the
   idle watcher's event filter: 40-60 ms of start-up. */
* {{ widget-animation-duration: 0; }}
QWidget {{ background-color: transparent; }}
QMainWindow, QWidget#KioskWindow {{ background-color: {p.window}; }}
QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
  background-color: transparent; border: none;
}}
QToolTip {{ color: {p.text}; background-color: {p.surface}; border: 2px solid {p.border}; }}

QLabel {{ color: {p.text}; background: transparent; border: none; font-size: {body}px; }}
QLabel:disabled {{ color: {p.text_muted}; }}
QLabel[role="display"] {{ font-size: {_px(DISPLAY_PX, s)}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {heading}px; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: {sub}px; font-weight: bold; }}
QLabel[role="body"] {{ font-size: {body}px; }}
QLabel[role="muted"], QLabel[role="caption"] {{ font-size: {muted}px; color: {p.text_muted}; }}
QLabel[role="error"] {{ font-size: {body}px; color: {p.error_text}; font-weight: bold; }}
QLabel[role="big-number"] {{ font-size: {big}px; font-weight: bold; }}
QLabel[role="badge"] {{
  font-size: {muted}px; font-weight: bold; color: {p.badge_text};
  background-color: {p.badge_bg}; border: 2px solid {p.badge_text};
  border-radius: 8px; padding: 6px 16px;
}}
QLabel[role="on-header"] {{ color: {p.on_header}; font-size: {sub}px; font-weight: bold; }}

QFrame {{ border: none; background-color: transparent; }}
QFrame[role="card"] {{
  background-color: {p.surface}; border: 2px solid {p.border}; border-radius: {RADIUS_PX}px;
}}
QFrame[role="panel"] {{
  background-color: {p.primary_soft}; border: 2px solid {p.primary}; border-radius: {RADIUS_PX}px;
}}
QFrame[role="panel"] QLabel {{ color: {p.on_primary_soft}; }}
QFrame[role="header"], QWidget[role="header"] {{
  background-color: {p.header}; border: none; border-bottom: 4px solid {p.primary};
}}
QFrame[role="footer"], QWidget[role="footer"] {{
  background-color: {p.surface}; border: none; border-top: 2px solid {p.border};
}}
QFrame[role="overlay-panel"] {{
  background-color: {p.surface}; border: 4px solid {p.primary}; border-radius: 24px;
}}
QWidget[role="scrim"] {{ background-color: {p.scrim}; }}

QPushButton, QToolButton {{
  font-size: {button}px; font-weight: bold; text-transform: none;
  color: {outlined_text}; background-color: {p.surface};
  border: 3px solid {p.primary}; border-radius: {RADIUS_PX}px;
  padding: 8px 24px; margin: 0px;
}}
QPushButton:hover, QToolButton:hover {{ background-color: {p.surface}; }}
QPushButton:pressed, QToolButton:pressed {{
  color: {outlined_text}; background-color: {p.primary_soft};
}}
QPushButton:checked, QToolButton:checked {{
  color: {p.on_primary}; background-color: {p.primary}; border-color: {p.primary};
}}
QPushButton[role="primary"], QPushButton[role="hero"] {{
  color: {p.on_primary}; background-color: {p.primary};
}}
QPushButton[role="hero"] {{ font-size: {_px(HERO_BUTTON_PX, s)}px; border-radius: 24px; }}
QPushButton[role="header"] {{
  color: {p.header_button_text}; background-color: {p.header_button_bg};
  border: 3px solid {p.header_button_text};
}}
QPushButton[role="chip"] {{ border-radius: {MIN_TOUCH_PX // 2}px; padding: 8px 28px; }}
QPushButton[role="key"] {{
  font-size: {_px(30, s)}px; color: {p.text}; background-color: {p.surface};
  border: 2px solid {p.border}; border-radius: 10px; padding: 0px;
}}
QPushButton[role="key"]:pressed {{ background-color: {p.primary_soft}; color: {p.text}; }}
QPushButton[role="link"], QPushButton:flat {{
  color: {outlined_text}; background-color: transparent; border: 3px solid transparent;
  text-decoration: underline;
}}
QPushButton:disabled, QToolButton:disabled {{
  color: {p.text_muted}; background-color: {p.window}; border: 3px dashed {p.border};
}}
QPushButton:focus, QToolButton:focus,
QPushButton:checked:focus, QPushButton:pressed:focus, QPushButton:flat:focus,
QPushButton[role="primary"]:focus, QPushButton[role="header"]:focus,
QPushButton[role="hero"]:focus, QPushButton[role="chip"]:focus, QPushButton[role="key"]:focus,
QPushButton[role="link"]:focus {{
  color: {p.focus_text}; background-color: {p.focus_bg};
  border: {FOCUS_BORDER_PX}px solid {p.focus_ring};
}}

QLineEdit {{
  font-size: {sub}px; color: {p.text}; background-color: {p.surface};
  placeholder-text-color: {p.text_muted};
  border: 3px solid {p.border}; border-radius: 8px; padding: 8px 16px;
}}
QLineEdit:focus {{
  color: {p.text}; background-color: {p.surface}; border: {FOCUS_BORDER_PX}px solid {p.primary};
}}

QTextBrowser, QTextEdit, QPlainTextEdit {{
  font-size: {body}px; color: {p.text}; background-color: {p.surface};
  border: none; padding: 8px 16px; border-radius: 0px;
}}

QListView, QTreeView {{
  font-size: {body}px; color: {p.text}; background-color: transparent;
  border: none; padding: 0px;
  selection-background-color: {p.primary_soft}; selection-color: {p.on_primary_soft};
}}
QListView::item, QTreeView::item {{ color: {p.text}; padding: 8px; }}
QListView::item:selected, QTreeView::item:selected {{
  color: {p.on_primary_soft}; background-color: {p.primary_soft};
}}

QScrollBar:vertical {{ width: {SCROLLBAR_PX}px; background: {p.window}; border: none; }}
QScrollBar:horizontal {{ height: {SCROLLBAR_PX}px; background: {p.window}; border: none; }}
QScrollBar::handle {{ background: {p.border}; border-radius: {SCROLLBAR_PX // 2 - 2}px; }}
QScrollBar::handle:vertical {{ min-height: 96px; margin: 2px; }}
QScrollBar::handle:horizontal {{ min-width: 96px; margin: 2px; }}
QScrollBar::handle:hover {{ background: {p.border}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


def _material_theme_xml(p: KioskPalette) -> str:
    """qt-material reads its colours from an XML file; ours come from the palette above."""
    colours = {
        "primaryColor": p.primary,
        "primaryLightColor": p.primary_soft,
        "secondaryColor": p.surface,
        "secondaryLightColor": p.border,
        "secondaryDarkColor": p.window,
        "primaryTextColor": p.text,
        "secondaryTextColor": p.text,
    }
    body = "\n".join(f'  <color name="{k}">{v}</color>' for k, v in colours.items())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<resources>\n{body}\n</resources>\n'


@functools.cache
def _theme_folder() -> Path:
    """A private folder for this process, removed when it exits.

    Used only when the cache folder cannot be written: qt-material writes recoloured copies of
    its icons and deletes its folder first, so two kiosk processes sharing one folder (a
    selftest beside a running kiosk) would break each other's icons.
    """
    folder = Path(tempfile.mkdtemp(prefix="send-kiosk-theme-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


_material_cache: dict[tuple[str, str], MaterialBuild] = {}


def _material_build(p: KioskPalette, scale: float) -> MaterialBuild:
    """qt-material's stylesheet and icons for our colours: from memory, the disk cache, or built.

    Building costs ~0.3 s (a Jinja template and 111 icon files), so it happens once per look
    per machine, not at every start (kiosk.ui.material_cache).
    """
    key = (repr(asdict(p)), f"{scale:.2f}")
    if key not in _material_cache:
        label = f"{'contrast' if p is HIGH_CONTRAST else 'light'}-{scale:.2f}"
        theme_xml = _material_theme_xml(p)
        extra = {"font_family": FONT_FAMILY, "font_size": _px(BODY_PX, scale), "density_scale": "2"}
        try:
            found = material_cache.cached_build(paths.cache_dir(), label, theme_xml, extra)
        except OSError as exc:
            log.warning("theme cache not used: %s", exc)
            found = None
        if found is None:
            found = material_cache.private_build(_theme_folder() / label, theme_xml, extra)
        _material_cache[key] = found
    return _material_cache[key]


def _material_stylesheet(p: KioskPalette, scale: float) -> str:
    """qt-material's stylesheet for our colours, with its icons found under "icon:"."""
    build = _material_build(p, scale)
    # One path, the current look's: qt-material appends a path per build, and the first added
    # would win, so high contrast showed the light theme's icons.
    QDir.setSearchPaths("icon", [str(build.icons)])
    return build.stylesheet


def apply_theme(app: QApplication, high_contrast: bool = False, text_scale: float = 1.0) -> None:
    """Style the whole application: qt-material base plus the kiosk rules."""
    p = palette_for(high_contrast)
    # Set first: widgets re-read current_palette() when the stylesheet change reaches them.
    app.setProperty("kiosk_high_contrast", high_contrast)
    app.setProperty("kiosk_text_scale", text_scale)
    # Once: with a stylesheet set, app.style() is Qt's stylesheet style, whose name() is "", so
    # asking it would set Fusion again at every change of look, re-polishing every widget.
    if not app.property("kiosk_fusion"):
        app.setStyle("Fusion")
        app.setProperty("kiosk_fusion", True)
    material = _material_stylesheet(p, text_scale)
    app.setStyleSheet(material + kiosk_stylesheet(p, text_scale))
    # qt-material tints the palette's Text role; give Qt's own painting our colours instead.
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, p.window),
        (QPalette.ColorRole.WindowText, p.text),
        (QPalette.ColorRole.Base, p.surface),
        (QPalette.ColorRole.Text, p.text),
        (QPalette.ColorRole.Button, p.surface),
        (QPalette.ColorRole.ButtonText, p.text),
        (QPalette.ColorRole.Highlight, p.primary),
        (QPalette.ColorRole.HighlightedText, p.on_primary),
        (QPalette.ColorRole.PlaceholderText, p.text_muted),
        (QPalette.ColorRole.Link, p.primary),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(_px(BODY_PX, text_scale))
    app.setFont(font)


def current_palette() -> KioskPalette:
    """The palette apply_theme last used (light if it has not run)."""
    app = QApplication.instance()
    return palette_for(bool(app.property("kiosk_high_contrast"))) if app else LIGHT


def current_text_scale() -> float:
    """The text_scale apply_theme last used (1.0 if it has not run)."""
    app = QApplication.instance()
    value = app.property("kiosk_text_scale") if app else None
    return float(value) if value else 1.0


def scaled_px(px: float) -> int:
    """A font size in pixels, scaled by the visitor's text size choice."""
    return _px(px, current_text_scale())
