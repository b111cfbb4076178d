"""The typefaces: Roboto (qt-material's) or OpenDyslexic (resources/fonts), the visitor's choice,
behind the fonts of the visitor's language for its own script (Urdu, Punjabi).

API:
    FONTS: font id -> family name, in the order the access screen offers them
    family_for(font_id) -> the family to draw with; OpenDyslexic is registered with Qt the first
        time it is asked for (never at start-up), and Roboto stands in if its files are missing.
    families(font_id, language_fonts, fallbacks) -> every family to draw with, first to last:
        the language's fonts (languages.toml), the visitor's, then the other languages' (their
        names in their own scripts on the language panel). Qt draws each letter with the first
        family that has it, so Urdu letters come from an Urdu font and an English service name
        among them from Roboto (or OpenDyslexic).
    register_language_fonts(names) -> bundled copies (resources/fonts/<Family>-*.ttf, the
        family's name without spaces) of the families the system lacks, added to Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from kiosk.looks import DYSLEXIC_FONT, STANDARD_FONT
from kiosk.paths import resources_dir

# The font ids, for the callers that know the typefaces only through this module.
__all__ = [
    "DYSLEXIC_FONT",
    "FONTS",
    "STANDARD_FONT",
    "families",
    "family_for",
    "register_dyslexic_font",
    "register_language_fonts",
]

log = logging.getLogger(__name__)

ROBOTO = "Roboto"
OPEN_DYSLEXIC = "OpenDyslexic"
FONTS: dict[str, str] = {STANDARD_FONT: ROBOTO, DYSLEXIC_FONT: OPEN_DYSLEXIC}
DYSLEXIC_FILES = ("OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_dyslexic_font() -> bool:
    """Add the bundled OpenDyslexic faces to Qt's font database (once); False if any is missing."""
    from PySide6.QtGui import QFontDatabase

    ok = True
    for name in DYSLEXIC_FILES:
        if QFontDatabase.addApplicationFont(str(fonts_dir() / name)) < 0:
            log.warning("the font file %s could not be loaded", fonts_dir() / name)
            ok = False
    return ok


def family_for(font_id: str) -> str:
    """The family name for a font id; Roboto for the standard font and for any id unknown."""
    if font_id == DYSLEXIC_FONT and register_dyslexic_font():
        return OPEN_DYSLEXIC
    return ROBOTO


def bundled_files(family: str) -> list[Path]:
    """The files in resources/fonts for family ("Noto Naskh Arabic": NotoNaskhArabic-*.ttf)."""
    return sorted(fonts_dir().glob(f"{family.replace(' ', '')}-*.[ot]tf"))


@cache
def _register_family(family: str) -> None:
    """The bundled copy of family, added to Qt once, when the system does not have it: on
    Debian the package's fonts-noto-core is used (and updated with the system)."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.hasFamily(family):
        return
    for path in bundled_files(family):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("the font file %s could not be loaded", path)


def register_language_fonts(names: Sequence[str]) -> None:
    """Make sure Qt can draw with each of names, from resources/fonts if the system lacks it."""
    for name in names:
        _register_family(name)


def families(
    font_id: str, language_fonts: Sequence[str] = (), fallbacks: Sequence[str] = ()
) -> tuple[str, ...]:
    """The families to draw with, first to last: the language's, the visitor's font, then
    fallbacks (every other language's fonts, for the names of the languages on offer).

    The language's come first because its script is the one on every screen; the letters they
    lack (the English of service names) fall through to Roboto or OpenDyslexic.
    """
    chosen = family_for(font_id)
    ordered = dict.fromkeys([*language_fonts, chosen, *fallbacks])
    register_language_fonts([name for name in ordered if name != chosen])
    return tuple(ordered)
