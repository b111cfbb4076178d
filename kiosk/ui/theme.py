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

apply_theme(app, Look(scheme, text_scale, font)) may be called again at any time (the access
screen's choices); it replaces the application stylesheet. Sizes are in pixels for the 1920x1080
screen and scale with text_scale (TEXT_SCALES: 100 %, 150 %, 200 %); icons grow half as fast.
Colours come from kiosk.ui.palettes; `button_colours(palette, role, state)` says what text and
background the stylesheet gives a button, for the painters and the accessibility audit.
"""

from __future__ import annotations

import atexit
import functools
import logging
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import languages, looks, paths
from kiosk.ui import fonts, material_cache
from kiosk.ui.material_cache import MaterialBuild
from kiosk.ui.palettes import STANDARD, KioskPalette, palette_for

log = logging.getLogger(__name__)

TEXT_SCALES = tuple(percent / 100 for percent in looks.TEXT_SIZES)

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
KEY_PX = 30  # a key's letter at 100 % (it grows half as fast as words, and fits its key)
KEY_BOX_PX = 88  # the on-screen keyboard's keys are this square at every text size
MIN_TOUCH_PX = 64
MIN_GAP_PX = 8  # between two things a finger can touch
SCROLLBAR_PX = 28
FOCUS_BORDER_PX = 4
# Every button keeps a clear band this wide around its border; focus paints it in the ring
# colour, so the ring always stands out against the page as well as against the button.
FOCUS_GAP_PX = 4
BORDER_PX = 3
RADIUS_PX = 12


@dataclass(frozen=True)
class Look:
    """What the visitor chose: a colour scheme (kiosk.ui.palettes), a text size and a font."""

    scheme: str = STANDARD
    text_scale: float = 1.0
    font: str = looks.STANDARD_FONT

    def label(self) -> str:
        """A short name for file names: "standard-standard-1.00"."""
        return f"{self.scheme}-{self.font}-{self.text_scale:.2f}"


DEFAULT_LOOK = Look()

# Button roles and the states the stylesheet draws: (text, background, border) for each.
BUTTON_ROLES = ("", "primary", "hero", "header", "chip", "key", "link")
BUTTON_STATES = ("normal", "pressed", "checked", "disabled", "focus")
TRANSPARENT = "transparent"


def button_colours(p: KioskPalette, role: str, state: str) -> tuple[str, str, str]:
    """(text, background, border) the stylesheet gives a QPushButton of role in state.

    background may be TRANSPARENT (a link button shows what is behind it).
    """
    if state == "focus":
        ring = p.header_focus_ring if role == "header" else p.focus_ring
        return p.focus_text, p.focus_bg, ring
    if state == "disabled":
        return p.text_muted, p.window, p.border
    if state == "checked":
        return p.on_primary, p.primary, p.primary
    if role in ("primary", "hero"):
        if state == "pressed":
            return p.on_primary_soft, p.primary_soft, p.primary
        return p.on_primary, p.primary, p.primary
    if role == "header":
        if state == "pressed":
            return p.on_primary_soft, p.primary_soft, p.header_button_text
        return p.header_button_text, p.header_button_bg, p.header_button_text
    if role == "key":
        return p.text, (p.primary_soft if state == "pressed" else p.surface), p.border
    if role == "link":
        return p.primary, (p.primary_soft if state == "pressed" else TRANSPARENT), TRANSPARENT
    return p.primary, (p.primary_soft if state == "pressed" else p.surface), p.primary


def button_state(checked: bool, down: bool, enabled: bool, focused: bool) -> str:
    """The state name button_colours() knows, for a button's current state."""
    if focused:
        return "focus"
    if not enabled:
        return "disabled"
    if checked:
        return "checked"
    return "pressed" if down else "normal"


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


def _half(scale: float) -> float:
    """A scale that grows half as fast as the text's (icons, keys, the countdown's number)."""
    return 1 + (scale - 1) / 2


def key_font_px(scale: float, families: Sequence[str]) -> int:
    """A key's letter size: half the text's growth, and never taller than its 88 px key
    holds (OpenDyslexic's lines are 1.75 times its size: 45 px needed 93 px)."""
    px = _px(KEY_PX, _half(scale))
    if QGuiApplication.instance() is None:
        return px  # no fonts to measure with
    room = KEY_BOX_PX - 2 * (BORDER_PX + FOCUS_GAP_PX)
    while px > KEY_PX // 2 and QFontMetrics(_bold(families, px)).height() > room:
        px -= 1
    return px


def family_font(families: Sequence[str]) -> QFont:
    """A QFont drawing with families, first to last (kiosk.ui.fonts.families)."""
    result = QFont(families[0] if families else fonts.ROBOTO)
    if len(families) > 1:
        result.setFamilies(list(families))
    return result


def _bold(families: Sequence[str], px: int) -> QFont:
    result = family_font(families)
    result.setPixelSize(px)
    result.setWeight(QFont.Weight.Bold)
    return result


def css_families(families: Sequence[str]) -> str:
    """The families as a stylesheet's font-family: "Noto Naskh Arabic", "Roboto"."""
    return ", ".join(f'"{name}"' for name in families)


_PSEUDO = {"normal": "", "pressed": ":pressed", "checked": ":checked", "disabled": ":disabled"}


def _button_rules(p: KioskPalette, s: float, families: Sequence[str] = (fonts.ROBOTO,)) -> str:
    """Every button role in every state, from button_colours(): one source for both."""
    # The header's buttons are on every screen: they grow half as fast as the text, so that
    # at 200 % they stay on one row and leave the page its room (still 150 % at 200 %).
    sizes = {
        "hero": _px(HERO_BUTTON_PX, s),
        "key": key_font_px(s, families),
        "header": _px(BUTTON_PX, _half(s)),
    }
    radius = {"hero": 24, "chip": MIN_TOUCH_PX // 2, "key": 10}
    padding = {"chip": "8px 28px", "key": "0px"}
    rules = []
    for state, pseudo in [*_PSEUDO.items(), ("focus", ":focus")]:
        for role in BUTTON_ROLES:
            text, background, border = button_colours(p, role, state)
            if role:
                selector = f'QPushButton[role="{role}"]{pseudo}'
            else:
                selector = f"QPushButton{pseudo}, QToolButton{pseudo}"
            body = [f"color: {text};", f"background-color: {background};"]
            if state == "normal":
                body += [
                    f"font-size: {sizes.get(role, _px(BUTTON_PX, s))}px;",
                    "font-weight: bold; text-transform: none;",
                    f"border: {BORDER_PX}px solid {border};",
                    f"border-radius: {radius.get(role, RADIUS_PX)}px;",
                    f"padding: {padding.get(role, '8px 24px')}; margin: {FOCUS_GAP_PX}px;",
                    # qt-material fixes a button's height at 40 px, whatever its text: -1
                    # gives the height back to the words (and icon) in it.
                    "height: -1px;",
                ]
                if role == "link":
                    body.append("text-decoration: underline;")
            elif state == "focus":
                body += [f"border: {BORDER_PX + FOCUS_GAP_PX}px solid {border};", "margin: 0px;"]
            elif state == "disabled":
                body.append(f"border: {BORDER_PX}px dashed {border};")
            else:
                body.append(f"border-color: {border};")
            rules.append(f"{selector} {{ {' '.join(body)} }}")
    return "\n".join(rules)


def kiosk_stylesheet(
    p: KioskPalette, text_scale: float = 1.0, families: Sequence[str] = (fonts.ROBOTO,)
) -> str:
    """The rules added after qt-material's: sizes, colours, focus outline, scroll bars.

    families: the fonts to draw with, first to last (kiosk.ui.fonts.families).
    """
    s = text_scale
    body, muted = _px(BODY_PX, s), _px(MUTED_PX, s)
    # The countdown's number is 120 px already: grown in full it pushed the question's own
    # buttons off the "Are you still there?" panel at 200 %.
    sub, heading, big = _px(SUBHEADING_PX, s), _px(HEADING_PX, s), _px(BIG_NUMBER_PX, _half(s))
    focus_border = BORDER_PX + FOCUS_GAP_PX
    return f"""
* {{
  font-family: {css_families(families)};
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
QStackedWidget, QScrollArea > QWidget > QWidget {{
  background-color: transparent; border: none;
}}
QAbstractScrollArea {{
  background-color: transparent; border: {FOCUS_BORDER_PX}px solid transparent;
}}
QAbstractScrollArea:focus {{ border: {FOCUS_BORDER_PX}px solid {p.focus_ring}; }}
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
QLabel[role="on-header"] {{
  color: {p.on_header}; font-size: {_px(SUBHEADING_PX, _half(s))}px; font-weight: bold;
}}

QFrame {{ border: none; background-color: transparent; }}
QFrame[role="card"] {{
  background-color: {p.surface}; border: 2px solid {p.border}; border-radius: {RADIUS_PX}px;
}}
QFrame[role="panel"] {{
  background-color: {p.primary_soft}; border: 2px solid {p.primary}; border-radius: {RADIUS_PX}px;
}}
QFrame[role="panel"] QLabel {{ color: {p.on_primary_soft}; }}
QFrame[role="panel"] QLabel[role="error"] {{ color: {p.error_text}; }}
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

{_button_rules(p, s, families)}

QLineEdit {{
  font-size: {sub}px; color: {p.text}; background-color: {p.surface};
  placeholder-text-color: {p.text_muted};
  border: {BORDER_PX}px solid {p.border}; border-radius: 8px; padding: 8px 16px;
  margin: {FOCUS_GAP_PX}px; height: -1px;
}}
QLineEdit:focus {{
  color: {p.text}; background-color: {p.surface};
  border: {focus_border}px solid {p.focus_ring}; margin: 0px;
}}

QTextBrowser, QTextEdit, QPlainTextEdit {{
  font-size: {body}px; color: {p.text}; background-color: {p.surface};
  padding: 8px 16px; border-radius: 0px;
}}

QListView, QTreeView {{
  font-size: {body}px; color: {p.text}; background-color: transparent; padding: 0px;
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


_material_cache: dict[tuple[str, str, str], MaterialBuild] = {}


def _material_build(look: Look, family: str) -> MaterialBuild:
    """qt-material's stylesheet and icons for a look: from memory, the disk cache, or built.

    Building costs ~0.3 s (a Jinja template and 111 icon files), so it happens once per look
    per machine, not at every start (kiosk.ui.material_cache).
    """
    p = palette_for(look.scheme)
    key = (repr(asdict(p)), f"{look.text_scale:.2f}", family)
    if key not in _material_cache:
        label = look.label()
        theme_xml = _material_theme_xml(p)
        extra = {
            "font_family": family,
            "font_size": _px(BODY_PX, look.text_scale),
            "density_scale": "2",
        }
        try:
            found = material_cache.cached_build(paths.cache_dir(), label, theme_xml, extra)
        except OSError as exc:
            log.warning("theme cache not used: %s", exc)
            found = None
        if found is None:
            found = material_cache.private_build(_theme_folder() / label, theme_xml, extra)
        _material_cache[key] = found
    return _material_cache[key]


def _material_stylesheet(look: Look, family: str) -> str:
    """qt-material's stylesheet for the look, with its icons found under "icon:"."""
    build = _material_build(look, family)
    # One path, the current look's: qt-material appends a path per build, and the first added
    # would win, so high contrast showed the light theme's icons.
    QDir.setSearchPaths("icon", [str(build.icons)])
    return build.stylesheet


LANGUAGE_FONTS = "kiosk_language_fonts"  # the application property set_language_fonts sets


def set_language_fonts(app: QApplication, names: Sequence[str]) -> None:
    """Draw with names (the visitor's language's fonts, languages.toml) before the visitor's
    font; the theme is applied again when they change and a theme is in use."""
    if tuple(app.property(LANGUAGE_FONTS) or ()) == tuple(names):
        return
    app.setProperty(LANGUAGE_FONTS, list(names))
    if app.property("kiosk_scheme"):
        apply_theme(app, current_look())


@functools.cache
def _every_language_font() -> tuple[str, ...]:
    """Every language's fonts (languages.toml), so each language's name shows in its script."""
    try:
        offered = languages.load_languages(paths.resources_dir())
    except languages.LanguageError as exc:
        log.warning("%s", exc)
        return ()
    return tuple(dict.fromkeys(name for entry in offered for name in entry.fonts))


def apply_theme(app: QApplication, look: Look = DEFAULT_LOOK) -> None:
    """Style the whole application: qt-material base plus the kiosk rules, for this look
    (and the fonts of the visitor's language, set_language_fonts)."""
    p = palette_for(look.scheme)
    family = fonts.family_for(look.font)
    language_fonts = [str(name) for name in app.property(LANGUAGE_FONTS) or ()]
    drawn_with = fonts.families(look.font, language_fonts, _every_language_font())
    # Set first: widgets re-read current_palette() when the stylesheet change reaches them.
    app.setProperty("kiosk_scheme", look.scheme)
    app.setProperty("kiosk_text_scale", look.text_scale)
    app.setProperty("kiosk_font", look.font)
    app.setProperty("kiosk_family", family)
    app.setProperty("kiosk_families", list(drawn_with))
    # Once: with a stylesheet set, app.style() is Qt's stylesheet style, whose name() is "", so
    # asking it would set Fusion again at every change of look, re-polishing every widget.
    if not app.property("kiosk_fusion"):
        app.setStyle("Fusion")
        app.setProperty("kiosk_fusion", True)
    material = _material_stylesheet(look, family)
    app.setStyleSheet(material + kiosk_stylesheet(p, look.text_scale, drawn_with))
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
    font = family_font(drawn_with)
    font.setPixelSize(_px(BODY_PX, look.text_scale))
    app.setFont(font)


def current_look() -> Look:
    """The look apply_theme last used (the default look if it has not run)."""
    app = QApplication.instance()
    if app is None or not app.property("kiosk_scheme"):
        return DEFAULT_LOOK
    return Look(
        str(app.property("kiosk_scheme")),
        float(app.property("kiosk_text_scale") or 1.0),
        str(app.property("kiosk_font") or looks.STANDARD_FONT),
    )


def current_palette() -> KioskPalette:
    """The palette apply_theme last used (the standard one if it has not run)."""
    app = QApplication.instance()
    scheme = app.property("kiosk_scheme") if app else None
    return palette_for(str(scheme)) if scheme else palette_for(STANDARD)


def current_text_scale() -> float:
    """The text_scale apply_theme last used (1.0 if it has not run)."""
    app = QApplication.instance()
    value = app.property("kiosk_text_scale") if app else None
    return float(value) if value else 1.0


def current_family() -> str:
    """The font family apply_theme last chose (Roboto if it has not run)."""
    app = QApplication.instance()
    value = app.property("kiosk_family") if app else None
    return str(value) if value else fonts.ROBOTO


def current_families() -> tuple[str, ...]:
    """Every family apply_theme last drew with, first to last: the language's fonts, then the
    visitor's font (just Roboto if it has not run)."""
    app = QApplication.instance()
    value = app.property("kiosk_families") if app else None
    return tuple(str(name) for name in value) if value else (current_family(),)


def scaled_px(px: float) -> int:
    """A font size in pixels, scaled by the visitor's text size choice."""
    return _px(px, current_text_scale())


def icon_px(px: float) -> int:
    """An icon's size: it grows half as fast as the text (twice the text, half again the icon)."""
    return _px(px, _half(current_text_scale()))


def key_font() -> QFont:
    """The on-screen keyboard's letters, as the stylesheet draws them (key_font_px)."""
    drawn_with = current_families()
    return _bold(drawn_with, key_font_px(current_text_scale(), drawn_with))


def columns(most: int) -> int:
    """How many columns of tiles or cards fit with the visitor's text size: most at 100 %,
    fewer as the words grow (3 -> 2 at 150 % and 200 %; 2 -> 1)."""
    return max(1, int(most / current_text_scale() + 0.5))


def is_large_text() -> bool:
    """Whether the visitor chose bigger text: screens then scroll as one page."""
    return current_text_scale() > 1.0


def font(px: float, bold: bool = False) -> QFont:
    """The current family at px (scaled), with its weight always set, never inherited.

    QPainter.setFont() fills in whatever a font leaves unset from the widget's own font (bold
    in every button), while QFontMetrics does not: a weight left unset was measured normal
    and painted bold, and the last word of a tile fell off.
    """
    result = family_font(current_families())
    result.setPixelSize(scaled_px(px))
    result.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return result
