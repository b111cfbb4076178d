"""The theme's colours pass WCAG (4.5:1, 7:1 in high contrast) for every text it draws, in
every scheme; focus and state indicators reach 3:1; sizes follow the text size chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.ui import fonts, palettes, theme
from kiosk.ui.palettes import contrast_ratio

SCHEMES = list(palettes.SCHEMES)


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#777777", "#FFFFFF", 4.48)],
)
def test_contrast_ratio_matches_wcag(fg: str, bg: str, expected: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)
    assert contrast_ratio(bg, fg) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_text_pair_passes(scheme: str) -> None:
    palette, least = palettes.palette_for(scheme), palettes.min_text_contrast(scheme)
    failures = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in palettes.colour_pairs(palette)
        if contrast_ratio(fg, bg) < least
    ]
    assert failures == []


def test_both_high_contrast_schemes_promise_seven_to_one() -> None:
    assert palettes.min_text_contrast(palettes.CONTRAST_DARK) == 7.0
    assert palettes.min_text_contrast(palettes.CONTRAST_LIGHT) == 7.0
    assert palettes.min_text_contrast(palettes.CREAM) == 4.5
    assert palettes.palette_for("no such scheme") is palettes.STANDARD_PALETTE


@pytest.mark.parametrize("scheme", SCHEMES)
def test_focus_and_state_indicators_stand_out(scheme: str) -> None:
    # Non-text parts (focus rings, borders, chosen chips, icons) need 3:1 against their
    # surroundings (WCAG 1.4.11).
    failures = [
        f"{what}: {fg} against {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in palettes.indicator_pairs(palettes.palette_for(scheme))
        if contrast_ratio(fg, bg) < palettes.MIN_NON_TEXT
    ]
    assert failures == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_stylesheet_uses_only_checked_colours(scheme: str) -> None:
    palette = palettes.palette_for(scheme)
    used = {c.upper() for c in theme.re_colours(theme.kiosk_stylesheet(palette))}
    known = {getattr(palette, f).upper() for f in palette.__dataclass_fields__}
    assert used <= known


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("role", theme.BUTTON_ROLES)
def test_every_button_state_is_readable(scheme: str, role: str) -> None:
    palette, least = palettes.palette_for(scheme), palettes.min_text_contrast(scheme)
    for state in theme.BUTTON_STATES:
        if state == "disabled":
            continue  # WCAG asks nothing of controls that cannot be used
        text, background, _border = theme.button_colours(palette, role, state)
        behind = palette.window if background == theme.TRANSPARENT else background
        assert contrast_ratio(text, behind) >= least, (role, state)


def test_sizes_follow_the_kiosk_rules(qtbot) -> None:
    sheet = theme.kiosk_stylesheet(palettes.STANDARD_PALETTE)
    assert f"font-size: {theme.BODY_PX}px" in sheet and theme.BODY_PX >= 22
    assert theme.BUTTON_PX >= 24 and theme.HEADING_PX >= 40
    assert theme.SCROLLBAR_PX >= 24
    focus = f"{theme.BORDER_PX + theme.FOCUS_GAP_PX}px solid"
    assert focus in sheet  # the focus ring fills the clear band round every button
    assert "height: -1px" in sheet  # qt-material's fixed 40 px height is undone


@pytest.mark.parametrize("scale", theme.TEXT_SCALES)
def test_text_scale_makes_text_bigger(qapp, scale: float) -> None:
    larger = theme.kiosk_stylesheet(palettes.STANDARD_PALETTE, scale)
    assert f"font-size: {round(theme.HEADING_PX * scale)}px" in larger
    assert theme.TEXT_SCALES == (1.0, 1.5, 2.0)


def test_apply_theme_switches_look_and_back(qapp, qtbot) -> None:
    label = QLabel("Hello")
    button = QPushButton("Go")
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    look = theme.Look(palettes.CREAM, 2.0, fonts.DYSLEXIC_FONT)
    try:
        theme.apply_theme(qapp, look)
        assert theme.current_look() == look
        assert theme.current_palette() is palettes.CREAM_PALETTE
        assert theme.current_text_scale() == 2.0
        assert theme.current_family() == "OpenDyslexic"
        assert theme.scaled_px(10) == 20 and theme.icon_px(10) == 15
        assert theme.columns(3) == 2 and theme.columns(2) == 1
        assert qapp.font().family() == "OpenDyslexic"
    finally:
        theme.apply_theme(qapp)
    assert theme.current_look() == theme.DEFAULT_LOOK
    assert theme.current_palette() is palettes.STANDARD_PALETTE
    assert "qt-material" in qapp.styleSheet().lower() or "QPushButton" in qapp.styleSheet()


def test_the_dyslexia_font_is_bundled_with_its_licence(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    folder = fonts.fonts_dir()
    licence = (folder / "LICENCE-OpenDyslexic.txt").read_text(encoding="utf-8")
    assert "Abelardo Gonzalez" in licence and "Bitstream" in licence
    for name in fonts.DYSLEXIC_FILES:
        identity = QFontDatabase.addApplicationFont(str(folder / name))
        assert "OpenDyslexic" in QFontDatabase.applicationFontFamilies(identity)
    assert fonts.family_for(fonts.DYSLEXIC_FONT) == "OpenDyslexic"
    assert fonts.family_for("no such font") == "Roboto"


def test_painted_fonts_always_say_their_weight(qapp) -> None:
    """A tile measured its subtitle in normal weight and the painter drew it bold."""
    assert theme.font(22).weight() == theme.font(22, bold=False).weight()
    assert theme.font(22).resolveMask() & 0x10  # QFont::WeightResolved


def test_placeholder_text_is_dark_enough(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    box = QLineEdit()
    qtbot.addWidget(box)
    box.setPlaceholderText("MMMMMMMMMMMM")
    box.resize(600, 90)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    inside = range(12, image.height() - 12)  # away from the border, which is dark anyway
    colours = {image.pixelColor(x, y).name() for x in range(12, image.width() - 12) for y in inside}
    darkest = min(colours, key=palettes.relative_luminance)
    assert contrast_ratio(darkest, palettes.STANDARD_PALETTE.surface) >= palettes.MIN_CONTRAST
