"""Staff mode through the real window: getting in (gesture, Ctrl+Alt+A, the PIN pad and its
lock-out), updating the data from a stick and undoing it, the drop folder, and getting out."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.paths import resources_dir
from kiosk.staff import removable
from kiosk.staff.dropfolder import IMPORTED, REFUSED, REMOVABLE, ROLLED_BACK, last_import
from kiosk.staff.pin import LOCK_S, MAX_TRIES, PinGuard, hash_pin
from kiosk.store.refresh import import_file
from kiosk.ui.screens import base
from kiosk.ui.staff import update
from kiosk.ui.staff.mode import CORNER_PX, TAPS
from kiosk.ui.window import MainWindow

REPO = Path(__file__).resolve().parents[2]
PACKAGED_DATA = REPO / "data" / "local_offer.json"
PIN = "2468"
PIN_HASH = hash_pin(PIN)
HOUR = 3600
SLOW_MS = 60_000  # a dry run or an import of the packaged data, on a busy machine


def services_in(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM services").fetchone()[0])


def council_file(path: Path, drop: int = 3) -> Path:
    """The packaged data as a council's real export: DROP services fewer, one renamed."""
    data = json.loads(PACKAGED_DATA.read_text(encoding="utf-8"))
    data["metadata"] = {**data["metadata"], "sample": False, "publisher": "Example Council"}
    data["contents"] = data["contents"][drop:]
    data["contents"][0]["name"] += " (renamed)"
    data["total_items"] = data["size"] = len(data["contents"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return settled(path)


def settled(path: Path, seconds_ago: float = HOUR) -> Path:
    """Copied a while ago: the drop folder takes only files no longer being written."""
    when = time.time() - seconds_ago
    os.utime(path, (when, when))
    return path


@pytest.fixture
def live_db(tmp_path: Path) -> Path:
    db = tmp_path / "live" / "local_offer.sqlite3"
    import_file(PACKAGED_DATA, db, packaged=True)
    return db


def staff_settings(**changes: object) -> Settings:
    values: dict[str, object] = {
        "site_name": "Test family hub",
        "speech_engine": "mock",
        "pin_hash": PIN_HASH,
        **changes,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_window(qtbot, live_db: Path) -> Iterator[object]:
    from kiosk.ui.app import build_context

    made: list[MainWindow] = []

    def make(settings: Settings | None = None) -> MainWindow:
        settings = settings or staff_settings()
        context = build_context(settings, live_db, resources_dir())
        window = MainWindow(context, kiosk_mode=False, db_path=live_db)
        qtbot.addWidget(window)
        window.start()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.idle.stop()
        window.idle.uninstall()
        window.staff.jobs.wait(5000)
        window.drop_watch.jobs.wait(5000)


def on(window: MainWindow) -> str:
    return window.current.name if window.current else ""


def sign_in(qtbot, window: MainWindow, pin: str = PIN) -> None:
    window.open_staff()
    pad = window.screens[base.STAFF_PIN]
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.enter_button, Qt.MouseButton.LeftButton)


# -- getting in ------------------------------------------------------------------------------


def test_five_taps_in_the_corner_the_last_held_open_the_pin_pad(qtbot, make_window) -> None:
    window = make_window()
    gesture = window.staff_gesture
    corner = QPoint(CORNER_PX // 3, CORNER_PX // 3)
    for _ in range(TAPS):  # five quick taps, none held: nothing
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
    assert on(window) != base.STAFF_PIN
    for _ in range(TAPS - 1):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
    with qtbot.waitSignal(gesture.triggered, timeout=5000):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=corner)
    assert on(window) == base.STAFF_PIN
    assert not window.staff.is_open()


def test_the_taps_must_be_quick_and_in_the_corner(qtbot, make_window) -> None:
    window = make_window()
    gesture = window.staff_gesture
    now = [1000.0]
    gesture.clock = lambda: now[0]
    corner = QPoint(10, 10)
    elsewhere = QPoint(CORNER_PX + 200, CORNER_PX + 200)
    for _ in range(TAPS - 1):  # slow taps: a second apart each
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
        now[0] += 1.0
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=corner)
    assert not gesture._hold.isActive()
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=corner)
    for position in [corner] * (TAPS - 2) + [elsewhere]:  # one tap out of the corner
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=position)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=corner)
    assert not gesture._hold.isActive()
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=corner)
    for _ in range(TAPS - 1):  # quick, in the corner: the fifth press starts the hold
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=corner)
    assert gesture._hold.isActive()
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=corner)  # lifted too soon
    assert not gesture._hold.isActive()
    assert on(window) != base.STAFF_PIN


def test_ctrl_alt_a_opens_the_pin_pad_and_cancel_goes_back(qtbot, make_window) -> None:
    window = make_window()
    window.show_screen(base.HOME)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert on(window) == base.STAFF_PIN
    pad = window.screens[base.STAFF_PIN]
    assert pad.entry.echoMode() == pad.entry.EchoMode.Password  # dots, never digits
    qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    assert on(window) == base.HOME


def test_the_right_pin_opens_staff_mode_and_forgets_the_visitor(qtbot, make_window) -> None:
    window = make_window()
    window.show_screen(base.HOME)
    window.context.session.toggle_saved("a-service")
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    assert window.staff.is_open()
    qtbot.waitUntil(window.staff.timer_running)  # held while the data was read
    assert window.context.session.saved == []
    assert not window.back_button.isVisible() and not window.list_button.isVisible()


def test_wrong_pins_lock_the_pad_for_five_minutes_even_after_a_restart(qtbot, make_window) -> None:
    window = make_window()
    now = [50_000.0]
    window.staff.guard.clock = lambda: now[0]
    sign_in(qtbot, window, "1111")
    pad = window.screens[base.STAFF_PIN]
    qtbot.waitUntil(lambda: "Wrong PIN" in pad.message.text())
    assert f"Tries left before the pad locks: {MAX_TRIES - 1}." in pad.message.text()
    for _ in range(MAX_TRIES - 1):
        qtbot.waitUntil(pad.enter_button.isEnabled)
        sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: "locked" in pad.message.text())
    assert "5 minutes" in pad.message.text()
    assert not pad.keys["1"].isEnabled() and not pad.entry.isEnabled()
    assert on(window) == base.STAFF_PIN and not window.staff.is_open()
    # A kiosk started again reads the same lock from its state file.
    assert PinGuard(clock=lambda: now[0]).locked_for() == LOCK_S
    now[0] += LOCK_S - 30
    pad.refresh_lock()
    assert "30 seconds" in pad.message.text()
    now[0] += 31
    pad.lock_timer.timeout.emit()
    assert pad.keys["1"].isEnabled() and pad.message.text() == ""
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)


def test_with_no_pin_set_nobody_gets_in(qtbot, make_window) -> None:
    window = make_window(staff_settings(pin_hash=""))
    window.open_staff()
    pad = window.screens[base.STAFF_PIN]
    assert "kiosk set-pin" in pad.prompt.text()
    assert not pad.keys["2"].isEnabled() and not pad.enter_button.isEnabled()
    window.show_screen(base.STAFF_HOME)
    assert on(window) == base.STAFF_PIN


# -- the data --------------------------------------------------------------------------------


def test_update_from_a_stick_previewed_confirmed_then_undone(
    qtbot, tap, make_window, live_db, tmp_path, monkeypatch
) -> None:
    media = tmp_path / "media"
    council_file(media / "staff" / "STICK" / "council.json")
    monkeypatch.setattr(removable, "MEDIA_BASES", (media,))
    window = make_window()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    home = window.screens[base.STAFF_HOME]
    qtbot.waitUntil(lambda: home.status is not None)
    assert "Sample data" in home.facts.text() and "301 services" in home.facts.text()
    assert not home.undo_button.isEnabled()

    qtbot.mouseClick(home.update_button, Qt.MouseButton.LeftButton)
    page = window.screens[base.STAFF_UPDATE]
    qtbot.waitUntil(lambda: page.stage() == update.LIST)
    assert [b.text().split(",")[0] for b in page.file_buttons] == ["council.json"]
    qtbot.waitExposed(page.file_buttons[0])
    tap(page.file_buttons[0])  # in a touch scroll area
    qtbot.waitUntil(lambda: page.stage() == update.REPORT, timeout=SLOW_MS)
    assert "Added 0, updated 1, removed 3, skipped 0" in page.report_text.text()
    assert "Data quality" in page.report_text.text()
    assert services_in(live_db) == 301  # a dry run changes nothing

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stage() == update.DONE, timeout=SLOW_MS)
    assert "updated from council.json" in page.done_text.text()
    assert services_in(live_db) == 298
    outcome = last_import()
    assert outcome is not None and (outcome.outcome, outcome.where) == (IMPORTED, REMOVABLE)

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.status is not None and home.status.has_previous)
    assert "Real data" in home.facts.text() and "Example Council" in home.facts.text()
    qtbot.mouseClick(home.undo_button, Qt.MouseButton.LeftButton)
    undo = window.screens[base.STAFF_UNDO]
    qtbot.waitUntil(lambda: undo.stage() == update.LIST and undo.earlier is not None)
    assert "301 services" in undo.facts.text() and "Sample data" in undo.facts.text()
    assert services_in(live_db) == 298  # shown first, changed only when confirmed
    qtbot.mouseClick(undo.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: undo.stage() == update.DONE, timeout=SLOW_MS)
    assert services_in(live_db) == 301
    outcome = last_import()
    assert outcome is not None and outcome.outcome == ROLLED_BACK


def test_a_file_that_is_not_data_is_refused_at_the_preview(
    qtbot, tap, make_window, live_db, tmp_path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    window = make_window(staff_settings(drop_folder=str(drop)))
    qtbot.waitUntil(lambda: not window.drop_watch.jobs.is_busy())
    (drop / "notes.json").write_text('{"these are": "not services"}', encoding="utf-8")
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    window.show_screen(base.STAFF_UPDATE)
    page = window.screens[base.STAFF_UPDATE]
    qtbot.waitUntil(lambda: page.stage() == update.LIST and page.file_buttons != [])
    qtbot.waitExposed(page.file_buttons[0])
    tap(page.file_buttons[0])  # in a touch scroll area
    qtbot.waitUntil(lambda: page.stage() == update.REPORT, timeout=SLOW_MS)
    assert "cannot be used" in page.report_heading.text()
    assert page.confirm_button.isHidden()
    assert services_in(live_db) == 301


def test_the_drop_folder_imports_a_new_file_and_refuses_a_bad_one(
    qtbot, make_window, live_db, tmp_path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "broken.json").write_text("{ not json", encoding="utf-8")
    settled(drop / "broken.json", 2 * HOUR)
    settings = staff_settings(drop_folder=str(drop), kiosk_name="hub-1")
    window = make_window(settings)  # looks at start-up
    qtbot.waitUntil(lambda: (last_import() or None) is not None, timeout=SLOW_MS)
    refused = last_import()
    assert refused is not None and refused.outcome == REFUSED and refused.file == "broken.json"
    assert services_in(live_db) == 301  # the good data stays
    qtbot.waitUntil(lambda: (drop / "hub-1.status.json").exists())

    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    home = window.screens[base.STAFF_HOME]
    qtbot.waitUntil(lambda: "refused" in home.last_update.text())
    assert "broken.json" in home.last_update.text() and home.last_update.isVisible()

    council_file(drop / "council.json")
    with qtbot.waitSignal(window.drop_watch.checked, timeout=SLOW_MS) as checked:
        window.drop_watch.drop_timer.timeout.emit()
    assert checked.args[0].outcome == IMPORTED
    assert services_in(live_db) == 298
    qtbot.waitUntil(lambda: "Last update: council.json" in home.last_update.text())


# -- getting out -----------------------------------------------------------------------------


def test_staff_mode_closes_at_the_idle_reset(qtbot, make_window) -> None:
    window = make_window()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    window.idle.timeout_s = window.idle.countdown_s = 0.05
    window.idle.start()
    qtbot.waitUntil(lambda: on(window) == base.WELCOME)
    assert not window.staff.is_open()
    window.go_back()
    assert on(window) not in base.STAFF_SCREENS - {base.STAFF_PIN}
    window.show_screen(base.STAFF_UPDATE)
    assert on(window) == base.STAFF_PIN


def test_staff_mode_closes_after_two_minutes_untouched(qtbot, make_window) -> None:
    window = make_window()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    window.idle.stop()  # only the staff timer is left to close it
    qtbot.waitUntil(lambda: not window.staff.jobs.is_busy())
    assert window.staff._timer.interval() == 120_000
    with qtbot.waitSignal(window.staff.timed_out, timeout=5000):
        window.staff.set_timeout(0.05)
    assert on(window) == base.WELCOME and not window.staff.is_open()
    assert not window.staff.timer_running()


def test_back_leaves_staff_mode_for_the_welcome_screen(qtbot, make_window) -> None:
    window = make_window()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    home = window.screens[base.STAFF_HOME]
    qtbot.mouseClick(home.back_button, Qt.MouseButton.LeftButton)
    assert on(window) == base.WELCOME and not window.staff.is_open()


def test_reports_and_settings_open_from_the_staff_home_and_come_back(qtbot, make_window) -> None:
    window = make_window()
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: on(window) == base.STAFF_HOME)
    home = window.screens[base.STAFF_HOME]
    for button, name in (
        (home.reports_button, base.STAFF_REPORTS),
        (home.settings_button, base.STAFF_SETTINGS),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert on(window) == name and window.current_screen().title()
        qtbot.mouseClick(window.current_screen().page.back_button, Qt.MouseButton.LeftButton)
        assert on(window) == base.STAFF_HOME
    window.reset_all()
    window.show_screen(base.STAFF_REPORTS)
    assert on(window) == base.STAFF_PIN  # behind the PIN like the rest
