"""The typefaces a visitor can choose: Roboto (qt-material's) or OpenDyslexic (resources/fonts).

API:
    FONTS: font id -> family name, in the order the access screen offers them
    family_for(font_id) -> the family to draw with; OpenDyslexic is registered with Qt the first
        time it is asked for (never at start-up), and Roboto stands in if its files are missing.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from kiosk.looks import DYSLEXIC_FONT, STANDARD_FONT
from kiosk.paths import resources_dir

# The font ids, for the callers that know the typefaces only through this module.
__all__ = ["DYSLEXIC_FONT", "FONTS", "STANDARD_FONT", "family_for", "register_dyslexic_font"]

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
