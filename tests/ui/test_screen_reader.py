"""What a screen reader, a keyboard or a switch meets: roles, names, states, announcements,
Enter on buttons, the still-there question as a modal, and the keyboard's timing choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk.ui import spoken
from kiosk.ui.screens import base


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def state(widget) -> QAccessible.State:
    return QAccessible.queryAccessibleInterface(widget).state()


def open_screen(qtbot, window, name: str, arg: object = None):
    window.show_screen(name, arg)
    qtbot.waitUntil(lambda: window.current is not None and window.current.name == name)
    return window.current_screen()


def test_headings_choices_and_groups_have_their_roles(qtbot, window) -> None:
    assert role(window.title_label) == QAccessible.Role.Heading
    access = open_screen(qtbot, window, base.ACCESS)
    for group in access.groups.values():
        for chip in group.buttons():
            assert role(chip) == QAccessible.Role.RadioButton
            assert state(chip).checkable
    box = access.size_group.buttons()[0].parentWidget()
    assert role(box) == QAccessible.Role.Grouping and box.accessibleName() == "Text size"
    ticked = [chip for chip in access.size_group.buttons() if chip.isChecked()]
    assert len(ticked) == 1 and state(ticked[0]).checked
    assert spoken.describe(ticked[0]).startswith("Standard, choice, selected")


def test_filter_chips_say_whether_their_choices_show(qtbot, window, tap) -> None:
    search = open_screen(qtbot, window, base.SEARCH)
    chip = search.filter_bar.district_chip
    assert state(chip).expandable and not state(chip).expanded
    tap(chip)
    assert state(chip).expanded
    anywhere = search.filter_bar.district_picker.chip(None)
    assert anywhere.accessibleName() == anywhere.text() == "Anywhere"  # the name it shows
    assert role(search.filter_bar.district_picker) == QAccessible.Role.Grouping
    tap(anywhere)
    assert not state(chip).expanded


def test_the_results_count_is_announced_when_typing_pauses(qtbot, window) -> None:
    search = open_screen(qtbot, window, base.SEARCH)
    told: list[str] = []
    window.read_aloud.announced.connect(told.append)
    for letter in "autism":
        search.keyboard.key_button(letter).click()
    assert told == []  # not at every key
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert told == [search.status_label.text()] and "autism" in told[0]


def test_saving_a_service_is_announced(qtbot, window) -> None:
    service_id = window.context.directory.services(limit=1)[0].id
    screen = open_screen(qtbot, window, base.SERVICE, service_id)
    told: list[str] = []
    window.read_aloud.announced.connect(told.append)
    screen.save_button.click()
    assert told == [screen.saved_note.text()]
    screen.save_button.click()
    assert told[-1] == "Removed from your list."


def test_enter_and_space_both_press_a_focused_button(qtbot, window) -> None:
    open_screen(qtbot, window, base.HOME)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        window.show_screen(base.HOME)
        tile = window.current_screen().tiles[base.TOPICS]
        tile.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(tile, key)
        qtbot.waitUntil(lambda: window.current.name == base.TOPICS)


def test_tab_starts_with_back_and_home_and_skips_scroll_areas(qtbot, window) -> None:
    open_screen(qtbot, window, base.HOME)
    open_screen(qtbot, window, base.TOPICS)
    reached = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:2] == [window.back_button, window.home_button]
    assert not any(isinstance(widget, QScrollArea) for widget in reached)


def test_the_still_there_question_is_a_modal_that_is_announced(qtbot, window) -> None:
    open_screen(qtbot, window, base.HOME)
    told: list[str] = []
    window.read_aloud.announced.connect(told.append)
    window.idle.timeout_s, window.idle.countdown_s = 0.01, 20
    window.idle.start()
    qtbot.waitUntil(window.overlay.isVisible)
    assert not window.kiosk_page.isEnabled()  # the page behind cannot be reached
    assert QApplication.focusWidget() is window.overlay.keep_going_button
    assert role(window.overlay) == QAccessible.Role.Dialog and state(window.overlay).modal
    assert told and "Are you still there?" in told[0]
    window.overlay.keep_going_button.click()
    assert window.kiosk_page.isEnabled() and not window.overlay.isVisible()


def test_the_keyboard_timing_follows_the_visitors_choice(qtbot, window) -> None:
    search = open_screen(qtbot, window, base.SEARCH)
    delete = search.keyboard.backspace_button
    assert delete.autoRepeat() and delete.autoRepeatDelay() == 1000  # not Qt's 300 ms
    access = open_screen(qtbot, window, base.ACCESS)
    never = next(c for c in access.groups["key_repeat_delay_ms"].buttons() if c.value is None)
    never.click()
    assert not delete.autoRepeat()
    window.context.session.reset()
    assert delete.autoRepeat() and delete.autoRepeatDelay() == 1000


def test_phone_numbers_are_spoken_digit_by_digit() -> None:
    assert spoken.speakable("Phone: 01632 960212. Ask for Sam") == (
        "Phone: 0 1 6 3 2, 9 6 0 2 1 2. Ask for Sam"
    )
    assert spoken.speakable("It costs 1234567.50") == "It costs 1234567.50"


def test_the_read_aloud_controls_change_speed_and_loudness(qtbot, window) -> None:
    session = window.context.session
    window.read_aloud.toggle()
    qtbot.waitUntil(window.read_aloud.is_on)
    bar = window.read_aloud_bar
    assert bar.isVisibleTo(window)
    bar.slower_button.click()
    assert session.speech_rate == -0.25
    bar.faster_button.click()
    bar.faster_button.click()
    assert session.speech_rate == 0.25
    bar.quieter_button.click()
    assert session.speech_volume == pytest.approx(0.6)
    bar.louder_button.click()
    assert session.speech_volume == pytest.approx(0.8)
    heard: list[str] = []
    window.read_aloud.speech.said.connect(heard.append)
    bar.again_button.click()
    qtbot.waitUntil(lambda: bool(heard))
    bar.pause_button.click()
    bar.pause_button.click()
    bar.stop_button.click()
    window.read_aloud.toggle()
    qtbot.waitUntil(lambda: not window.read_aloud.is_on())
    assert not bar.isVisibleTo(window)


def test_a_language_with_no_voice_says_so_and_turns_read_aloud_off(qtbot, window) -> None:
    problems: list[str] = []
    window.read_aloud.problem.connect(problems.append)
    window.read_aloud.toggle()
    qtbot.waitUntil(window.read_aloud.is_on)
    session = window.context.session
    session.language = "zz"  # a language the engine has no voice for
    session.changed.emit()
    qtbot.waitUntil(lambda: bool(problems))
    assert "not available in" in problems[0]
    assert not window.read_aloud.is_on()


def test_read_aloud_turned_off_in_the_settings_is_unavailable_not_broken(qtbot) -> None:
    from kiosk.ui.speech import SpeechService, SpeechState

    service = SpeechService("none")
    service.start()
    assert service.state == SpeechState.UNAVAILABLE and not service.can_speak()
    service.say("Hello")  # nothing to say it with: no error


@pytest.mark.parametrize(
    ("role", "word"),
    [
        (QAccessible.Role.PushButton, "button"),
        (QAccessible.Role.RadioButton, "choice"),
        (QAccessible.Role.CheckBox, "tick box"),
        (QAccessible.Role.EditableText, "text box"),
        (QAccessible.Role.Heading, "heading"),
        (QAccessible.Role.Dialog, "message"),
        (QAccessible.Role.List, "list"),
        (QAccessible.Role.StaticText, ""),
    ],
)
def test_each_kind_of_control_has_a_plain_word(role, word) -> None:
    assert spoken.role_word(role) == word
