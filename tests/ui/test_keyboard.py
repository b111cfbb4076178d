"""Typing with the on-screen keyboard edits the search box directly and never steals focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.keyboards import keyboard_for
from kiosk.paths import resources_dir
from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.keyboard import KEY_PX, OnScreenKeyboard


def make(qtbot, language: str = "en"):
    host = QWidget()
    box = QLineEdit(host)
    keyboard = OnScreenKeyboard(host, keyboard_for(language, resources_dir()))
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addWidget(keyboard)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    keyboard.attach(box)
    box.setFocus()
    return host, box, keyboard


def test_typing_builds_the_text(qtbot) -> None:
    _, box, keyboard = make(qtbot)
    for char in "speech 2":
        qtbot.mouseClick(keyboard.key_button(char), Qt.MouseButton.LeftButton)
    assert box.text() == "speech 2"


def test_signals_report_each_key(qtbot) -> None:
    _, box, keyboard = make(qtbot)
    with qtbot.waitSignal(keyboard.key_pressed) as typed:
        qtbot.mouseClick(keyboard.key_button("q"), Qt.MouseButton.LeftButton)
    assert typed.args == ["q"]
    with qtbot.waitSignal(keyboard.backspace):
        qtbot.mouseClick(keyboard.backspace_button, Qt.MouseButton.LeftButton)
    assert box.text() == ""
    box.setText("autism")
    with qtbot.waitSignal(keyboard.clear):
        qtbot.mouseClick(keyboard.clear_button, Qt.MouseButton.LeftButton)
    assert box.text() == ""


def test_backspace_deletes_at_the_cursor(qtbot) -> None:
    _, box, keyboard = make(qtbot)
    box.setText("speach")
    box.setCursorPosition(4)
    qtbot.mouseClick(keyboard.backspace_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard.key_button("e"), Qt.MouseButton.LeftButton)
    assert box.text() == "speech"


def test_text_changed_fires_on_every_key(qtbot) -> None:
    _, box, keyboard = make(qtbot)
    seen: list[str] = []
    box.textChanged.connect(seen.append)
    for char in "abc":
        keyboard.key_button(char).click()
    assert seen == ["a", "ab", "abc"]


def test_a_touch_never_takes_focus_from_the_box(qtbot) -> None:
    host, box, keyboard = make(qtbot)
    qtbot.mouseClick(keyboard.key_button("a"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard.space_button, Qt.MouseButton.LeftButton)
    assert host.focusWidget() is box
    # Tab reaches every key (a switch user types with them), a touch does not
    assert keyboard.key_button("a").focusPolicy() == Qt.FocusPolicy.TabFocus


def test_arrow_keys_move_between_keys_and_space_types(qtbot) -> None:
    host, box, keyboard = make(qtbot)
    keyboard.key_button("q").setFocus()
    qtbot.keyClick(keyboard.key_button("q"), Qt.Key.Key_Right)
    assert host.focusWidget() is keyboard.key_button("w")
    qtbot.keyClick(keyboard.key_button("w"), Qt.Key.Key_Down)
    assert host.focusWidget() is keyboard.key_button("s")  # the key below, nearest its middle
    qtbot.keyClick(keyboard.key_button("s"), Qt.Key.Key_Up)
    qtbot.keyClick(keyboard.key_button("w"), Qt.Key.Key_Up)
    assert host.focusWidget() is keyboard.key_button("2")
    qtbot.keyClick(keyboard.key_button("2"), Qt.Key.Key_Left)
    qtbot.keyClick(keyboard.key_button("1"), Qt.Key.Key_Left)  # round to the row above's end
    assert host.focusWidget() is keyboard.backspace_button
    keyboard.key_button("z").setFocus()
    qtbot.keyClick(keyboard.key_button("z"), Qt.Key.Key_Down)
    assert host.focusWidget() in (keyboard.clear_button, keyboard.space_button)
    keyboard.key_button("a").setFocus()
    with qtbot.waitSignal(keyboard.key_pressed) as typed:
        qtbot.keyClick(keyboard.key_button("a"), Qt.Key.Key_Space)
    assert typed.args == ["a"] and box.text() == "a"


def test_holding_delete_waits_before_it_repeats(qtbot) -> None:
    _host, box, keyboard = make(qtbot)
    key = keyboard.backspace_button
    assert key.autoRepeat() and key.autoRepeatDelay() == 1000  # not Qt's 300 ms
    box.setText("wheelchair")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.wait(700)  # held 0.7 s: Qt's default repeat would have taken a whole word
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert box.text() == "wheelchai"
    keyboard.set_repeat(200)
    box.setText("wheelchair")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(box.text()) <= 7, timeout=3000)
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    keyboard.set_repeat(None)
    assert not key.autoRepeat()


def test_a_second_strike_too_soon_is_ignored(qtbot) -> None:
    _host, box, keyboard = make(qtbot)
    keyboard.set_debounce(5000)
    key = keyboard.key_button("l")
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)  # a shaky double tap
    qtbot.mouseClick(keyboard.key_button("a"), Qt.MouseButton.LeftButton)
    assert box.text() == "la"
    keyboard.set_debounce(0)
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert box.text() == "lall"


def test_keys_are_big_and_named(qtbot) -> None:
    _host, _box, keyboard = make(qtbot)
    assert keyboard.key_button("q").accessibleName() == "Letter Q"
    assert keyboard.key_button("1").accessibleName() == "Number 1"
    assert keyboard.space_button.accessibleName() == "Space"
    assert keyboard.backspace_button.accessibleName() == "Delete last letter"
    assert keyboard.clear_button.accessibleName() == "Clear all"
    for char in "qwertyuiopasdfghjklzxcvbnm1234567890 -'":
        key = keyboard.key_button(char)
        assert key.width() >= 80 and key.height() >= 80, char


def test_detached_keyboard_only_signals(qtbot) -> None:
    _, box, keyboard = make(qtbot)
    keyboard.attach(None)
    with qtbot.waitSignal(keyboard.key_pressed):
        keyboard.key_button("z").click()
    assert box.text() == "" and keyboard.target() is None
    assert KEY_PX >= 80


def test_polish_letters_are_one_touch_each(qtbot) -> None:
    _host, box, keyboard = make(qtbot, "pl")
    assert keyboard.switch_button is None
    for char in "łódź wózek":
        qtbot.mouseClick(keyboard.key_button(char), Qt.MouseButton.LeftButton)
    assert box.text() == "łódź wózek"
    key = keyboard.key_button("ż")
    assert (key.text(), key.accessibleName()) == ("Ż", "Letter Ż")
    assert key.width() == key.height() == KEY_PX


def test_romanian_letters_have_the_comma_below(qtbot) -> None:
    _host, box, keyboard = make(qtbot, "ro")
    for char in "școală":
        keyboard.key_button(char).click()
    assert box.text() == "\u0219coal\u0103"


def test_urdu_keys_and_the_latin_keys_a_touch_away(qtbot) -> None:
    host, box, keyboard = make(qtbot, "ur")
    switch = keyboard.switch_button
    assert switch is not None and switch.text() == "ABC" and not keyboard.latin_showing()
    assert keyboard.key_button("ق").accessibleName() == "Letter ق"
    for char in "سکول":
        qtbot.mouseClick(keyboard.key_button(char), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert keyboard.latin_showing() and switch.text() == "اردو"
    assert switch.accessibleName() == "Back to the اردو letters"
    assert "ق" not in [k.text() for k in keyboard.findChildren(type(switch)) if k.isVisible()]
    for char in " autism":
        qtbot.mouseClick(keyboard.key_button(char), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert not keyboard.latin_showing() and switch.accessibleName() == "English letters, A B C"
    qtbot.mouseClick(keyboard.key_button("ے"), Qt.MouseButton.LeftButton)
    assert box.text() == "سکول autismے"
    assert host.focusWidget() is box  # the switch key, like the others, leaves the cursor


def test_gurmukhi_signs_show_on_a_dotted_circle_and_type_alone(qtbot) -> None:
    _host, box, keyboard = make(qtbot, "pa")
    sign = keyboard.key_button("ਾ")
    assert sign.text() == "\u25cc\u0a3e" and sign.accessibleName() == "Sign \u25cc\u0a3e"
    for char in ["ਪ", "ੰ", "ਜ", "ਾ", "ਬ", "ੀ"]:
        keyboard.key_button(char).click()
    assert box.text() == "ਪੰਜਾਬੀ"


def test_every_layout_keeps_its_keys_big_enough(qtbot) -> None:
    for language in ("en", "pl", "ro", "ur", "pa"):
        _host, _box, keyboard = make(qtbot, language)
        for show_latin in (False, True):
            keyboard.show_latin(show_latin)
            keys = [k for k in keyboard.findChildren(type(keyboard.space_button)) if k.isVisible()]
            assert len(keys) > 30, language
            for key in keys:
                assert key.width() >= MIN_TOUCH_PX and key.height() >= MIN_TOUCH_PX, language
                assert key.accessibleName(), (language, key.text())
                assert key.width() <= 1068 and keyboard.width() <= 1068, language


def test_arrow_keys_follow_the_keys_showing(qtbot) -> None:
    host, _box, keyboard = make(qtbot, "ur")
    keyboard.key_button("ق").setFocus()
    qtbot.keyClick(keyboard.key_button("ق"), Qt.Key.Key_Right)
    assert host.focusWidget() is keyboard.key_button("و")
    keyboard.show_latin(True)
    keyboard.key_button("q").setFocus()
    qtbot.keyClick(keyboard.key_button("q"), Qt.Key.Key_Right)
    assert host.focusWidget() is keyboard.key_button("w")


def test_with_big_text_the_wide_keys_still_hold_their_words(qapp, qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    from kiosk.ui import theme

    try:
        theme.apply_theme(qapp, theme.Look(text_scale=2.0))
        _host, _box, keyboard = make(qtbot, "ur")
        metrics = QFontMetrics(theme.key_font())
        for key in (keyboard.space_button, keyboard.switch_button, keyboard.clear_button):
            assert key is not None
            assert key.width() > metrics.horizontalAdvance(key.text()), key.text()
    finally:
        theme.apply_theme(qapp)
