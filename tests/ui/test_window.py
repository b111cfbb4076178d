"""The window: lazy screens, Back and Home, header and footer, idle reset, kiosk lock-down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout

from kiosk.store.models import Filters
from kiosk.ui import palettes, theme
from kiosk.ui.context import AppContext
from kiosk.ui.dates import long_date
from kiosk.ui.screens import base
from kiosk.ui.window import SCREENS, MainWindow, screen_class


class PageScreen(base.Screen):
    """A plain screen that remembers what the window asked of it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.shown: list[object] = []
        self.resets = 0
        QVBoxLayout(self).addWidget(QLabel("page"))

    def title(self) -> str:
        return f"Page {self.shown[-1] if self.shown else ''}"

    def show_with(self, arg: object) -> None:
        self.shown.append(arg)

    def reset(self) -> None:
        self.resets += 1


STAND_INS = {
    base.TOPICS: PageScreen,
    base.TOPIC: PageScreen,
    base.DIRECTORY: PageScreen,
    base.SERVICES: PageScreen,
    base.SERVICE: PageScreen,
    base.SEARCH: PageScreen,
    base.MY_LIST: PageScreen,
    base.TALK: PageScreen,
}


@pytest.fixture
def shell(qtbot, context):
    """A window whose content screens are stand-ins, to test the shell on its own."""
    win = MainWindow(context, kiosk_mode=False, screens=dict(STAND_INS))
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    yield win
    win.idle.stop()
    win.idle.uninstall()
    theme.apply_theme(QApplication.instance())


def go_home(qtbot, win: MainWindow) -> None:
    qtbot.mouseClick(win.current_screen().start_button, Qt.MouseButton.LeftButton)
    assert win.current.name == base.HOME


def test_starts_on_welcome_and_builds_nothing_else(shell: MainWindow) -> None:
    assert shell.current.name == base.WELCOME
    assert set(shell.screens) == {base.WELCOME}
    assert not shell.header.isVisible() and not shell.footer.isVisible()


def test_touch_to_start_opens_home_with_header(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    assert shell.header.isVisible() and shell.footer.isVisible()
    assert shell.title_label.text() == "How can we help?"
    assert set(shell.screens) == {base.WELCOME, base.HOME}
    assert not shell.home_button.isVisible() and not shell.back_button.isVisible()


def test_touching_the_welcome_background_starts_too(qtbot, shell: MainWindow) -> None:
    qtbot.mouseClick(shell.current_screen(), Qt.MouseButton.LeftButton, pos=shell.rect().topLeft())
    assert shell.current.name == base.HOME


@pytest.mark.parametrize("name", [base.TOPICS, base.DIRECTORY, base.SEARCH, base.TALK, base.ACCESS])
def test_home_tiles_open_their_screens_and_back_returns(
    qtbot, shell: MainWindow, name: str
) -> None:
    go_home(qtbot, shell)
    qtbot.mouseClick(shell.current_screen().tiles[name], Qt.MouseButton.LeftButton)
    assert shell.current.name == name
    assert shell.title_label.text() == shell.current_screen().title() != ""
    qtbot.mouseClick(shell.back_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.HOME


def test_back_walks_the_history_with_arguments(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    shell.current_screen().navigate.emit(base.DIRECTORY, None)
    shell.current_screen().navigate.emit(base.SERVICES, "lo-health")
    shell.current_screen().navigate.emit(base.SERVICE, "svc-1")
    assert shell.title_label.text() == "Page svc-1"
    shell.current_screen().go_back.emit()
    assert (shell.current.name, shell.current.arg) == (base.SERVICES, "lo-health")
    assert shell.screens[base.SERVICES].shown[-1] == "lo-health"
    qtbot.mouseClick(shell.back_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.DIRECTORY
    qtbot.mouseClick(shell.back_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.HOME
    assert not shell.back_button.isVisible()


def test_home_clears_the_history(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    shell.current_screen().navigate.emit(base.TOPICS, None)
    shell.current_screen().navigate.emit(base.TOPIC, "what-is-send")
    qtbot.mouseClick(shell.home_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.HOME and shell.history == []


def test_showing_the_same_page_again_is_not_remembered_twice(shell: MainWindow) -> None:
    shell.show_screen(base.HOME)
    shell.show_screen(base.SEARCH)
    shell.show_screen(base.SEARCH)
    assert [v.name for v in shell.history] == [base.HOME]


def test_screens_are_built_once_and_reused(shell: MainWindow) -> None:
    shell.show_screen(base.HOME)
    first = shell.show_screen(base.TALK)
    shell.show_screen(base.HOME)
    assert shell.show_screen(base.TALK) is first


def test_my_list_button_counts_and_opens_the_list(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    assert shell.list_button.text() == "My list (0)"
    shell.context.session.toggle_saved("svc-1")
    assert shell.list_button.text() == "My list (1)"
    assert shell.list_button.accessibleName() == "My list (1)"
    qtbot.mouseClick(shell.list_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.MY_LIST


def test_footer_shows_the_date_and_the_sample_badge(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    info = shell.context.directory.dataset()
    assert info is not None
    dated = info.published or info.newest_record
    assert dated, "the test data has a date of its own"
    assert long_date(dated) in shell.checked_label.text()
    assert long_date(info.imported_at) not in shell.checked_label.text() or (
        info.imported_at[:10] == dated[:10]
    )
    assert shell.sample_badge.isVisible() == bool(info.sample)


def test_one_touch_on_the_sample_badge_says_what_sample_data_means(
    qtbot, shell: MainWindow
) -> None:
    go_home(qtbot, shell)
    badge = shell.sample_badge
    assert badge.isVisible() and badge.height() >= 72  # 64 to touch, inside its focus gap
    assert badge.focusPolicy() == Qt.FocusPolicy.TabFocus  # the keyboard reaches it too
    assert shell.notice.isHidden()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert shell.notice.isVisible()
    assert shell.notice.text() == shell.sample_data_words()
    assert "made-up examples" in shell.notice.text() and "not real" in shell.notice.text()


def test_dates_are_plain_words_in_the_visitors_language() -> None:
    assert long_date("2025-03-04T10:00:00+00:00") == "4 March 2025"
    assert long_date("2025-03-04", "pl") == "4 marca 2025"
    assert long_date("spring") == "spring"


def test_access_choices_restyle_the_kiosk(qtbot, shell: MainWindow, tap) -> None:
    go_home(qtbot, shell)
    qtbot.mouseClick(shell.current_screen().tiles[base.ACCESS], Qt.MouseButton.LeftButton)
    access = shell.current_screen()
    high = next(b for b in access.colour_group.buttons() if b.value == palettes.CONTRAST_DARK)
    tap(high)
    assert theme.current_palette() is palettes.CONTRAST_DARK_PALETTE
    assert shell.current_screen() is access  # colours alone restyle the screen shown
    biggest = next(b for b in access.size_group.buttons() if b.value == 2.0)
    tap(biggest)
    assert theme.current_text_scale() == 2.0
    assert shell.context.session.colour_scheme == palettes.CONTRAST_DARK
    # A new text size lays the screens out afresh: the access screen is built again, ticked.
    access = shell.current_screen()
    assert shell.current.name == base.ACCESS and set(shell.screens) == {base.ACCESS}
    ticked = [b.value for g in access.groups.values() for b in g.buttons() if b.isChecked()]
    assert palettes.CONTRAST_DARK in ticked and 2.0 in ticked
    tap(access.done_button)
    assert shell.current.name == base.HOME


def test_idle_warning_then_timeout_resets_everything(qtbot, shell: MainWindow) -> None:
    session = shell.context.session
    go_home(qtbot, shell)
    shell.current_screen().navigate.emit(base.SEARCH, None)
    search = shell.current_screen()
    session.toggle_saved("svc-1")
    session.colour_scheme = palettes.CONTRAST_LIGHT
    session.calm = True
    session.read_aloud = True
    session.changed.emit()
    qtbot.waitUntil(shell.read_aloud.is_on)  # the mock engine opened and said so
    shell.read_aloud.speech.stop()  # while it speaks, the visitor is listening, not gone
    qtbot.waitUntil(lambda: not shell.read_aloud.speech.speaking)
    shell.idle.timeout_s, shell.idle.countdown_s = 0.05, 0.2
    shell.idle.start()
    with qtbot.waitSignal(shell.idle.idle_warning, timeout=2000):
        pass
    assert shell.overlay.isVisible()
    with qtbot.waitSignal(shell.idle.idle_timeout, timeout=2000):
        pass
    assert shell.current.name == base.WELCOME
    assert not shell.overlay.isVisible()
    assert session.saved == [] and session.colour_scheme == "standard"
    assert session.text_scale == 1.0 and session.font == "standard"
    assert not session.calm and not session.read_aloud
    assert search.resets == 1 and shell.history == []
    assert theme.current_look() == theme.DEFAULT_LOOK
    assert not shell.idle.is_running()  # nothing to watch on the welcome screen


def test_yes_keep_going_keeps_the_visitor(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    shell.context.session.toggle_saved("svc-1")
    shell.idle.timeout_s, shell.idle.countdown_s = 0.05, 20
    shell.idle.start()
    qtbot.waitUntil(shell.overlay.isVisible, timeout=2000)
    qtbot.mouseClick(shell.overlay.keep_going_button, Qt.MouseButton.LeftButton)
    assert not shell.overlay.isVisible()
    assert shell.current.name == base.HOME and shell.context.session.saved == ["svc-1"]
    assert shell.idle.is_running() and not shell.idle.is_warning()


def test_start_again_resets_at_once(qtbot, shell: MainWindow) -> None:
    go_home(qtbot, shell)
    shell.idle.timeout_s, shell.idle.countdown_s = 0.05, 20
    shell.idle.start()
    qtbot.waitUntil(shell.overlay.isVisible, timeout=2000)
    qtbot.mouseClick(shell.overlay.finish_button, Qt.MouseButton.LeftButton)
    assert shell.current.name == base.WELCOME


def test_kiosk_mode_cannot_be_closed(qtbot, context) -> None:
    win = MainWindow(context, kiosk_mode=True, screens=dict(STAND_INS))
    qtbot.addWidget(win)
    try:
        win.start()
        qtbot.waitExposed(win)
        assert win.windowFlags() & Qt.WindowType.FramelessWindowHint
        cursor = QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
        assert win.close() is False
        assert win.isVisible()
    finally:
        win.kiosk_mode = False
        QApplication.restoreOverrideCursor()
        win.idle.uninstall()
        win.close()


def test_windowed_mode_closes(qtbot, shell: MainWindow) -> None:
    assert shell.close() is True


def test_every_registered_screen_is_a_screen() -> None:
    for name, spec in SCREENS.items():
        assert issubclass(screen_class(spec), base.Screen), name


def test_every_real_screen_opens(qtbot, window: MainWindow) -> None:
    directory = window.context.directory
    category = next(c for c in directory.categories(Filters()) if c.count)
    service = directory.services(Filters(category_id=category.id), limit=1, offset=0)[0]
    args = {
        base.TOPIC: window.context.topics[0].id,
        base.SERVICES: category.id,
        base.SERVICE: service.id,
    }
    for name in SCREENS:
        shown = window.show_screen(name, args.get(name))
        assert window.current_screen() is shown
        assert name == base.WELCOME or shown.title(), f"{name} has no title"
    # Without the PIN, every staff page is the PIN pad (tests/ui/test_staff.py opens the rest).
    behind_the_pin = base.STAFF_SCREENS - {base.STAFF_PIN}
    assert set(window.screens) == set(SCREENS) - behind_the_pin
