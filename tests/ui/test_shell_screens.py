"""Welcome, home and access screens, and which languages the kiosk offers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.store.models import Filters
from kiosk.ui.screens import base
from kiosk.ui.screens.access import AccessScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.translation import available_languages, install_translator, native_name


def test_welcome_rotates_what_is_inside(qtbot, context) -> None:
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    seen = {screen.highlight_text.text()}
    for _ in range(3):
        screen.next_highlight()
        seen.add(screen.highlight_text.text())
    assert len(seen) == 4
    screen.reset()
    assert screen.highlight_text.text() == "SEND support explained in plain English"


def test_welcome_rotation_runs_only_while_shown(qtbot, context) -> None:
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    screen._timer.setInterval(20)
    screen.show()
    first = screen.highlight_text.text()
    qtbot.waitUntil(lambda: screen.highlight_text.text() != first, timeout=2000)
    screen.hide()
    assert not screen.is_rotating()


def test_welcome_rotation_pauses_on_touch_and_stops_when_calm(qtbot, context) -> None:
    """WCAG 2.2.2: moving words can be paused, and the Calm preset keeps them still."""
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.is_rotating()
    qtbot.mouseClick(screen.card, Qt.MouseButton.LeftButton)  # a touch on the words
    assert not screen.is_rotating() and screen.pause_button.text() == "Play"
    qtbot.mouseClick(screen.pause_button, Qt.MouseButton.LeftButton)
    assert screen.is_rotating() and screen.pause_button.text() == "Pause"
    qtbot.mouseClick(screen.calm_preset, Qt.MouseButton.LeftButton)
    assert context.session.calm and not screen.is_rotating()
    assert screen.pause_button.isHidden()  # nothing moves, so nothing to pause


def test_welcome_information_is_plain_words_not_a_button(qtbot, context) -> None:
    """The changing words sit on the page itself: no box, tint or border like a button's."""
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    picture = screen.card.grab().toImage()
    right, bottom = picture.width() - 2, picture.height() - 2
    for x, y in [(1, 1), (1, bottom // 2), (right // 2, bottom), (right, 1), (right // 2, 1)]:
        assert picture.pixelColor(x, y).alpha() == 0, (x, y)  # nothing painted there


def test_welcome_language_choice_sets_the_session_and_starts(qtbot, context) -> None:
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    screen.show_with(None)
    english = screen.language_buttons[0]
    assert english.value == "en" and english.isChecked()
    with qtbot.waitSignal(screen.navigate) as nav:
        qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    assert nav.args == [base.HOME, None]
    assert context.session.language == "en"


def test_welcome_access_button_opens_access(qtbot, context) -> None:
    screen = WelcomeScreen(context)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.navigate) as nav:
        qtbot.mouseClick(screen.access_button, Qt.MouseButton.LeftButton)
    assert nav.args == [base.ACCESS, None]


def test_home_counts_the_services(qtbot, context) -> None:
    screen = HomeScreen(context)
    qtbot.addWidget(screen)
    screen.show_with(None)
    count = context.directory.count(Filters())
    assert screen.directory_tile.subtitle() == f"{count:,} services for families"
    for tile in screen.tiles.values():
        assert tile.accessibleName()
        assert tile.minimumHeight() >= 64 and tile.minimumWidth() >= 64


def test_access_reflects_the_session(qtbot, context) -> None:
    screen = AccessScreen(context)
    qtbot.addWidget(screen)
    context.session.text_scale = 1.5
    context.session.changed.emit()
    checked = [b.value for b in screen.size_group.buttons() if b.isChecked()]
    assert checked == [1.5]
    context.session.reset()
    checked = [b.value for b in screen.size_group.buttons() if b.isChecked()]
    assert checked == [1.0]


def test_every_accessibility_choice_is_forgotten_at_reset(context) -> None:
    session = context.session
    session.text_scale, session.colour_scheme, session.font = 2.0, "cream", "dyslexic"
    session.calm = session.read_aloud = True
    session.reset()
    assert (session.text_scale, session.colour_scheme, session.font) == (
        1.0,
        "standard",
        "standard",
    )
    assert not session.calm and not session.read_aloud


def test_languages_come_from_content_and_translations(tmp_path: Path) -> None:
    (tmp_path / "content" / "pl").mkdir(parents=True)
    (tmp_path / "content" / "en").mkdir()
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "kiosk_ur.qm").write_bytes(b"")
    assert available_languages(tmp_path) == ["en", "pl", "ur"]
    assert native_name("pl") == "Polski" and native_name("xx") == "xx"


def test_missing_translation_is_fine(qapp, tmp_path: Path) -> None:
    assert install_translator("pl", tmp_path) is False
    assert install_translator("en", tmp_path) is False
