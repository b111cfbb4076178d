"""How a visitor may choose to see and hear the kiosk: the ids of each choice, Qt-free.

The settings file names a kiosk's defaults with these ids (kiosk.config); the UI maps them to
palettes (kiosk.ui.palettes), sizes (kiosk.ui.theme) and typefaces (kiosk.ui.fonts).
"""

from __future__ import annotations

STANDARD = "standard"
CONTRAST_DARK = "contrast-dark"  # yellow and white on black
CONTRAST_LIGHT = "contrast-light"  # black and navy on white
CREAM = "cream"  # low glare
COLOUR_SCHEMES = (STANDARD, CONTRAST_DARK, CONTRAST_LIGHT, CREAM)
HIGH_CONTRAST_SCHEMES = (CONTRAST_DARK, CONTRAST_LIGHT)

TEXT_SIZES = (100, 150, 200)  # percent of the standard size

STANDARD_FONT = "standard"
DYSLEXIC_FONT = "dyslexic"  # OpenDyslexic, bundled in resources/fonts
FONT_CHOICES = (STANDARD_FONT, DYSLEXIC_FONT)
