"""The four colour schemes a visitor can choose, and the WCAG contrast arithmetic that checks them.

API:
    SCHEMES: scheme id -> KioskPalette, in the order the access screen offers them:
        "standard" (dark blue on white), "contrast-dark" (yellow and white on black),
        "contrast-light" (black and navy on white), "cream" (low glare: dark brown on cream).
    palette_for(scheme) -> KioskPalette (unknown ids give the standard scheme)
    min_text_contrast(scheme) -> 4.5, or 7.0 for both high-contrast schemes
    contrast_ratio(fg, bg) -> the WCAG 2 ratio, 1.0 to 21.0
    colour_pairs(palette) -> every (what, text colour, background) pair the stylesheet draws
    indicator_pairs(palette) -> every (what, indicator colour, what is around it) pair of focus
        and state indicators, each needing 3:1
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from kiosk.looks import CONTRAST_DARK, CONTRAST_LIGHT, CREAM, HIGH_CONTRAST_SCHEMES, STANDARD

__all__ = ["CONTRAST_DARK", "CONTRAST_LIGHT", "CREAM", "HIGH_CONTRAST_SCHEMES", "STANDARD"]

MIN_CONTRAST = 4.5  # WCAG 1.4.3, text (AA)
MIN_CONTRAST_HIGH = 7.0  # WCAG 1.4.6 (AAA), promised by both high-contrast schemes
MIN_NON_TEXT = 3.0  # WCAG 1.4.11: focus rings, borders of controls, meaningful icons


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
    focus_ring: str  # the focus outline on the page
    header_focus_ring: str  # the focus outline on the header bar
    badge_bg: str  # "Sample data" badge
    badge_text: str
    error_text: str  # short warnings in text
    scrim: str  # overlay behind "Are you still there?" (rgba)


# Dark blue on white; every text pair is at least 7:1 except muted text (> 8:1 too).
STANDARD_PALETTE = KioskPalette(
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
    header_focus_ring="#FFDD00",
    badge_bg="#FFE08A",
    badge_text="#14171A",
    error_text="#A0131B",
    scrim="rgba(10, 20, 30, 0.72)",
)

# Light on dark: yellow and white on black.
CONTRAST_DARK_PALETTE = KioskPalette(
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
    header_focus_ring="#00FFFF",
    badge_bg="#FFFF00",
    badge_text="#000000",
    error_text="#FF9E9E",
    scrim="rgba(0, 0, 0, 0.85)",
)

# Dark on light: black and navy on white, black borders.
CONTRAST_LIGHT_PALETTE = KioskPalette(
    window="#FFFFFF",
    surface="#FFFFFF",
    text="#000000",
    text_muted="#000000",
    primary="#00005C",
    on_primary="#FFFFFF",
    primary_soft="#E8E8FF",
    on_primary_soft="#000000",
    header="#000000",
    on_header="#FFFFFF",
    header_button_bg="#FFFFFF",
    header_button_text="#000000",
    border="#000000",
    focus_bg="#FFE600",
    focus_text="#000000",
    focus_ring="#000000",
    header_focus_ring="#FFE600",
    badge_bg="#FFE600",
    badge_text="#000000",
    error_text="#8B0000",
    scrim="rgba(0, 0, 0, 0.85)",
)

# Low glare: dark brown on cream, soft slate blue for controls; no pure white anywhere.
CREAM_PALETTE = KioskPalette(
    window="#F5ECD7",
    surface="#FBF5E6",
    text="#2B2318",
    text_muted="#4D4231",
    primary="#2F4B63",
    on_primary="#FBF5E6",
    primary_soft="#E9DDC0",
    on_primary_soft="#2B2318",
    header="#3E3325",
    on_header="#FBF5E6",
    header_button_bg="#FBF5E6",
    header_button_text="#3E3325",
    border="#7A6A52",
    focus_bg="#F2C84B",
    focus_text="#2B2318",
    focus_ring="#2B2318",
    header_focus_ring="#F2C84B",
    badge_bg="#F2C84B",
    badge_text="#2B2318",
    error_text="#8A1C1C",
    scrim="rgba(43, 35, 24, 0.78)",
)

SCHEMES: dict[str, KioskPalette] = {
    STANDARD: STANDARD_PALETTE,
    CONTRAST_DARK: CONTRAST_DARK_PALETTE,
    CONTRAST_LIGHT: CONTRAST_LIGHT_PALETTE,
    CREAM: CREAM_PALETTE,
}


def palette_for(scheme: str) -> KioskPalette:
    """The palette of a scheme id (the standard one for an id the kiosk does not know)."""
    return SCHEMES.get(scheme, STANDARD_PALETTE)


def min_text_contrast(scheme: str) -> float:
    """The contrast every text must reach in this scheme."""
    return MIN_CONTRAST_HIGH if scheme in HIGH_CONTRAST_SCHEMES else MIN_CONTRAST


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
        ("muted text on a tinted panel", p.text_muted, p.primary_soft),
        ("header text", p.on_header, p.header),
        ("header button text", p.header_button_text, p.header_button_bg),
        ("focused control text", p.focus_text, p.focus_bg),
        ("badge text", p.badge_text, p.badge_bg),
        ("error text on window", p.error_text, p.window),
        ("error text on surface", p.error_text, p.surface),
        ("error text on a tinted panel", p.error_text, p.primary_soft),
        ("selected list item", p.on_primary_soft, p.primary_soft),
    ]


def indicator_pairs(p: KioskPalette) -> list[tuple[str, str, str]]:
    """(what, indicator, surroundings): focus rings and states that must stand out at 3:1."""
    return [
        ("focus ring on the page", p.focus_ring, p.window),
        ("focus ring on a card", p.focus_ring, p.surface),
        ("focus ring on a tinted panel", p.focus_ring, p.primary_soft),
        ("focus ring on the header", p.header_focus_ring, p.header),
        ("card border", p.border, p.surface),
        ("field border on the page", p.border, p.window),
        ("outline of a button", p.primary, p.surface),
        ("outline of a button on the page", p.primary, p.window),
        ("a chosen chip against one not chosen", p.primary, p.surface),
        ("icon on a button", p.primary, p.surface),
        ("icon on a filled button", p.on_primary, p.primary),
        ("icon on a focused control", p.focus_text, p.focus_bg),
        ("header button outline", p.header_button_text, p.header_button_bg),
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
