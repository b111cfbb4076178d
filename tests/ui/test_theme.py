"""The theme's colours pass WCAG AA (4.5:1) for every text it draws, in both palettes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.ui import theme


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#777777", "#FFFFFF", 4.48)],
)
def test_contrast_ratio_matches_wcag(fg: str, bg: str, expected: float) -> None:
    assert theme.contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)
    assert theme.contrast_ratio(bg, fg) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.HIGH_CONTRAST], ids=["light", "high"])
def test_every_text_pair_passes(palette: theme.KioskPalette) -> None:
    failures = [
        f"{what}: {fg} on {bg} is {theme.contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in theme.colour_pairs(palette)
        if theme.contrast_ratio(fg, bg) < theme.MIN_CONTRAST
    ]
    assert failures == []


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.HIGH_CONTRAST], ids=["light", "high"])
def test_borders_are_visible(palette: theme.KioskPalette) -> None:
    # Non-text parts (field borders, the focus ring) need 3:1 against what is around them.
    assert theme.contrast_ratio(palette.border, palette.surface) >= 3
    assert theme.contrast_ratio(palette.focus_ring, palette.surface) >= 3


def test_stylesheet_uses_only_checked_colours() -> None:
    for palette in (theme.LIGHT, theme.HIGH_CONTRAST):
        used = {c.upper() for c in theme.re_colours(theme.kiosk_stylesheet(palette))}
        known = {getattr(palette, f).upper() for f in palette.__dataclass_fields__}
        assert used <= known


def test_sizes_follow_the_kiosk_rules(qtbot) -> None:
    sheet = theme.kiosk_stylesheet(theme.LIGHT)
    assert f"font-size: {theme.BODY_PX}px" in sheet and theme.BODY_PX >= 22
    assert theme.BUTTON_PX >= 24 and theme.HEADING_PX >= 40
    assert theme.SCROLLBAR_PX >= 24
    assert "4px solid" in sheet  # the focus outline


def test_text_scale_makes_text_bigger(qapp) -> None:
    larger = theme.kiosk_stylesheet(theme.LIGHT, 1.4)
    assert f"font-size: {round(theme.HEADING_PX * 1.4)}px" in larger


def test_apply_theme_switches_palette_and_back(qapp, qtbot) -> None:
    label = QLabel("Hello")
    button = QPushButton("Go")
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    try:
        theme.apply_theme(qapp, high_contrast=True, text_scale=1.2)
        assert theme.current_palette() is theme.HIGH_CONTRAST
        assert theme.current_text_scale() == 1.2
        assert theme.scaled_px(10) == 12
    finally:
        theme.apply_theme(qapp)
    assert theme.current_palette() is theme.LIGHT
    assert "qt-material" in qapp.styleSheet().lower() or "QPushButton" in qapp.styleSheet()


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
    darkest = min(colours, key=theme.relative_luminance)
    assert theme.contrast_ratio(darkest, theme.LIGHT.surface) >= theme.MIN_CONTRAST
