"""Typing with the on-screen keyboard edits the search box directly and never steals focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.widgets.keyboard import KEY_PX, OnScreenKeyboard


def make(qtbot):
    host = QWidget()
    box = QLineEdit(host)
    keyboard = OnScreenKeyboard(host)
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


def test_keys_never_take_focus(qtbot) -> None:
    host, box, keyboard = make(qtbot)
    qtbot.mouseClick(keyboard.key_button("a"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard.space_button, Qt.MouseButton.LeftButton)
    assert host.focusWidget() is box
    assert keyboard.key_button("a").focusPolicy() == Qt.FocusPolicy.NoFocus


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
