"""Big buttons, tiles, chips and the still-there overlay: sizes, names and signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.store import vocabulary
from kiosk.ui.widgets.buttons import BigButton, ChipButton, TileButton
from kiosk.ui.widgets.icons import category_icon, has_icon, icon, icon_names, pixmap
from kiosk.ui.widgets.overlay import StillThereOverlay

TOPIC_ICONS = ("info", "people", "steps", "assessment", "plan", "directory", "strategy")
CATEGORY_ICONS = tuple(category.icon for category in vocabulary.categories())


def test_every_named_icon_exists_and_renders(qtbot) -> None:
    for name in (*TOPIC_ICONS, *CATEGORY_ICONS, "handshake", "news", "glossary", "phone"):
        assert has_icon(name), name
        image = pixmap(name, 64, "#000000").toImage()
        drawn = sum(
            1 for x in range(0, 64, 2) for y in range(0, 64, 2) if image.pixelColor(x, y).alpha()
        )
        assert drawn > 10, f"{name} draws nothing"
    assert len(icon_names()) >= 40


def test_unknown_icon_falls_back(qtbot) -> None:
    assert not icon("no-such-icon").isNull()


def test_categories_take_their_icons_from_the_vocabulary() -> None:
    assert [category_icon(c.id) for c in vocabulary.categories()] == list(CATEGORY_ICONS)
    assert category_icon("lo-health-0") == "lo-health-0"  # a sub-category: the default icon


def test_big_button_is_big_and_named(qtbot) -> None:
    button = BigButton("Search", "search")
    qtbot.addWidget(button)
    button.show()
    assert button.accessibleName() == "Search"
    assert button.height() >= 64 and button.width() >= 64
    button.setText("Find")
    assert button.accessibleName() == "Find"
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_tile_button_names_and_clicks(qtbot) -> None:
    tile = TileButton("Early years", "42 services", "lo-early-years")
    qtbot.addWidget(tile)
    tile.show()
    qtbot.waitExposed(tile)
    assert tile.accessibleName() == "Early years"
    assert tile.accessibleDescription() == "42 services"
    assert tile.width() >= 64 and tile.height() >= 64
    tile.set_subtitle("3 services")
    assert tile.accessibleDescription() == "3 services"
    with qtbot.waitSignal(tile.clicked):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    tile.grab()  # paints without errors in every state
    tile.setDown(True)
    tile.grab()


def test_chip_is_checkable_and_tall(qtbot) -> None:
    chip = ChipButton("Free", value="free")
    qtbot.addWidget(chip)
    chip.show()
    assert chip.height() >= 64
    assert chip.accessibleName() == "Free"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.isChecked() and not chip.icon().isNull()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not chip.isChecked() and chip.icon().isNull()


def test_overlay_covers_its_window_and_signals(qtbot) -> None:
    host = QWidget()
    host.resize(1920, 1080)
    qtbot.addWidget(host)
    overlay = StillThereOverlay(host)
    host.show()
    assert not overlay.isVisible()
    overlay.start(30)
    assert overlay.isVisible() and overlay.geometry() == host.rect()
    assert overlay.seconds_label.text() == "30"
    overlay.set_seconds(1)
    assert overlay.seconds_label.accessibleName() == "1 second left"
    host.resize(1280, 720)
    qtbot.waitUntil(lambda: overlay.geometry() == host.rect())
    assert overlay.keep_going_button.height() >= 96
    with qtbot.waitSignal(overlay.keep_going):
        qtbot.mouseClick(overlay.keep_going_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(overlay.finish_now):
        qtbot.mouseClick(overlay.finish_button, Qt.MouseButton.LeftButton)
