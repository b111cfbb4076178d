"""A running kiosk survives its database and its own bugs: errors end on a working screen.

Real databases, real files overwritten in place, real exceptions raised in slots and handled
by the kiosk's own sys.excepthook (kiosk.ui.errors.ErrorGuard). pytest-qt's own exception
capture is off in these tests: the kiosk's hook is the thing under test.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QVBoxLayout

from kiosk.paths import resources_dir
from kiosk.store.models import Filters
from kiosk.store.refresh import import_file
from kiosk.ui import logs
from kiosk.ui.app import build_context
from kiosk.ui.context import AppContext
from kiosk.ui.errors import STORM_COUNT, ErrorGuard, is_database_error
from kiosk.ui.screens import base
from kiosk.ui.window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GARBAGE = b"this is not a database, just bytes a broken disk might return\n" * 2048


class FaultyScreen(base.Screen):
    """A screen with a button whose slot fails, the way a bug would."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.fail_button = QPushButton("Fail", self)
        self.fail_button.clicked.connect(self.fail)
        QVBoxLayout(self).addWidget(self.fail_button)

    def title(self) -> str:
        return "Faulty"

    def fail(self) -> None:
        raise RuntimeError("a deliberate fault in a slot")


@pytest.fixture(scope="module")
def other_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second, different database (three services), to copy over the live one."""
    path = tmp_path_factory.mktemp("other") / "other.sqlite3"
    import_file(FIXTURES / "oruk_v1_messy.json", path, force=True)
    return path


@pytest.fixture
def live(db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "local_offer.sqlite3"
    path.parent.mkdir()
    shutil.copy(db_path, path)
    return path


@pytest.fixture
def guarded(qtbot, live: Path, settings) -> Iterator[tuple[MainWindow, ErrorGuard]]:
    """A window on the live file, with the running kiosk's error guard installed."""
    context = build_context(settings, live, resources_dir())
    window = MainWindow(context, kiosk_mode=False, screens={base.TALK: FaultyScreen})
    qtbot.addWidget(window)
    guard = ErrorGuard(window)
    guard.install()
    window.start()
    qtbot.waitExposed(window)
    try:
        yield window, guard
    finally:
        guard.uninstall()
        window.shut_down()


def settle(qtbot, guard: ErrorGuard) -> None:
    """Let a recovery the guard has scheduled run (it waits for the event loop)."""
    qtbot.waitUntil(lambda: not guard.recovering(), timeout=2000)


def home_count(window: MainWindow) -> str:
    return window.screens[base.HOME].directory_tile.accessibleDescription()


def test_database_errors_are_recognised_through_their_causes() -> None:
    import sqlite3

    from kiosk.store.database import DatabaseError

    assert is_database_error(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_database_error(DatabaseError("newer than this app"))
    try:
        try:
            raise sqlite3.OperationalError("disk I/O error")
        except sqlite3.Error as exc:
            raise KeyError("service") from exc
    except KeyError as wrapped:
        assert is_database_error(wrapped)
    assert not is_database_error(IndexError("bytearray index out of range"))


@pytest.mark.qt_no_exception_capture
def test_a_live_file_copied_over_in_place_is_read_afresh(qtbot, guarded, live, other_db) -> None:
    window, guard = guarded
    window.show_screen(base.HOME)
    assert home_count(window) == "301 services for families"
    window.show_screen(base.DIRECTORY)

    shutil.copyfile(other_db, live)  # what `cp other.sqlite3 local_offer.sqlite3` does

    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    settle(qtbot, guard)
    assert window.current.name == base.HOME
    assert home_count(window) == "3 services for families"  # not the old data
    window.show_screen(base.DIRECTORY)
    categories = [c for c in window.context.directory.categories(Filters()) if c.count]
    window.current_screen().navigate.emit(base.SERVICES, categories[0].id)
    assert window.current.name == base.SERVICES
    assert guard.errors == 0


@pytest.mark.qt_no_exception_capture
def test_taps_after_an_in_place_copy_end_on_working_screens(qtbot, guarded, live, other_db) -> None:
    """The issue's soak: 500 taps after `cp` gave 444 errors; now every tap ends somewhere sound."""
    window, guard = guarded
    window.show_screen(base.HOME)
    window.show_screen(base.SEARCH)
    shutil.copyfile(other_db, live)
    taps = random.Random(8)
    for _ in range(60):
        buttons = [
            b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
        ]
        taps.choice(buttons).click()
        settle(qtbot, guard)
        assert not window.is_out_of_order()
        assert window.current is not None and window.current_screen() is not None
    # Typing into a search that was open on the old bytes may fail once; then it is reopened.
    assert guard.errors <= 3
    assert window.context.directory.count(Filters()) == 3
    window.show_screen(base.HOME)
    assert home_count(window) == "3 services for families"


@pytest.mark.qt_no_exception_capture
def test_a_corrupted_database_is_out_of_order_until_a_good_one_is_back(
    qtbot, guarded, live, db_path
) -> None:
    window, guard = guarded
    window.show_screen(base.HOME)
    window.context.session.toggle_saved("svc-1")
    with live.open("r+b") as handle:  # damaged in place: garbage over the first pages
        handle.write(GARBAGE)

    with qtbot.waitSignal(window.out_of_order_changed, timeout=2000) as went:
        qtbot.mouseClick(window.current_screen().directory_tile, Qt.MouseButton.LeftButton)
    assert went.args == [True]
    assert window.surface.currentWidget() is window.out_of_order
    assert window.screens == {} and window.context is None
    assert window.out_of_order.heading.text() == "Out of order"
    assert window.out_of_order.message.text() == "Please ask a member of staff."
    assert window.setup.session.saved == []  # the visitor's choices are forgotten
    assert guard.errors == 1

    # Staff copy a good database back over it; the kiosk notices by itself.
    with qtbot.waitSignal(window.out_of_order_changed, timeout=8000) as back:
        shutil.copyfile(db_path, live)
    assert back.args == [False]
    assert window.current.name == base.WELCOME
    qtbot.mouseClick(window.current_screen().start_button, Qt.MouseButton.LeftButton)
    assert window.current.name == base.HOME
    assert home_count(window) == "301 services for families"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_ends_on_home(qtbot, guarded, tmp_path) -> None:
    log_file = logs.start_logging(tmp_path / "logs")
    try:
        window, guard = guarded
        window.show_screen(base.HOME)
        directory = window.context.directory
        qtbot.mouseClick(window.current_screen().tiles[base.TALK], Qt.MouseButton.LeftButton)
        assert window.current.name == base.TALK
        qtbot.mouseClick(window.current_screen().fail_button, Qt.MouseButton.LeftButton)
        settle(qtbot, guard)
        assert window.current.name == base.HOME
        assert window.notice.isVisible()
        assert window.notice.text() == "Sorry, something went wrong. Please try again."
        assert window.context.directory is directory  # not a database error: data kept
        assert log_file is not None
        text = log_file.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" in text
        assert "RuntimeError: a deliberate fault in a slot" in text
        assert "in fail" in text  # the traceback names the failing slot
        # The next tap moves on, and the notice goes with it.
        qtbot.mouseClick(window.current_screen().tiles[base.SEARCH], Qt.MouseButton.LeftButton)
        assert window.current.name == base.SEARCH and not window.notice.isVisible()
    finally:
        logs.stop_logging()


@pytest.mark.qt_no_exception_capture
def test_errors_that_keep_coming_put_the_kiosk_out_of_order(qtbot, guarded) -> None:
    window, guard = guarded
    window.show_screen(base.HOME)
    for _ in range(STORM_COUNT):
        window.show_screen(base.TALK)
        qtbot.mouseClick(window.current_screen().fail_button, Qt.MouseButton.LeftButton)
        settle(qtbot, guard)
    assert window.is_out_of_order()
    assert window.data_watch.check()  # the data itself is fine: back to a fresh start
    assert window.current.name == base.WELCOME


@pytest.mark.qt_no_exception_capture
def test_kiosk_starts_out_of_order_without_usable_data_and_recovers(
    qtbot, qapp, monkeypatch, tmp_path, db_path
) -> None:
    """Today's restart loop: a damaged database and no packaged file made `kiosk` exit 1."""
    from kiosk.commands.app import run_kiosk

    live = tmp_path / "data" / "local_offer.sqlite3"
    live.parent.mkdir()
    live.write_bytes(GARBAGE)
    monkeypatch.setattr("kiosk.commands.app.packaged_data_file", lambda: tmp_path / "gone.json")
    seen: dict[str, object] = {}

    def running() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        seen["window"] = window
        seen["started_out_of_order"] = window.is_out_of_order()
        window.out_of_order_changed.connect(lambda broken: seen.update(back=not broken))
        window.out_of_order_changed.connect(lambda: qapp.exit(0))
        incoming = live.with_name("incoming.sqlite3")
        shutil.copy(db_path, incoming)
        os.replace(incoming, live)  # as an import or rollback puts a database in place

    QTimer.singleShot(0, running)
    # exit(), not quit(): quit() also posts an event that, handled after this test, would end
    # every later event loop at once. The safety net makes the test fail rather than hang.
    safety_net = QTimer()
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(lambda: qapp.exit(1))
    safety_net.start(10000)
    try:
        code = run_kiosk(argparse.Namespace(db=str(live), windowed=True))
    finally:
        safety_net.stop()
        logs.stop_logging()
    window = seen["window"]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert code == 0
    assert seen["started_out_of_order"] is True
    assert seen.get("back") is True
    assert window.current is not None and window.current.name == base.WELCOME
    log_text = (Path(os.environ["SEND_KIOSK_LOG_DIR"]) / logs.LOG_FILE).read_text()
    assert "out of order: " in log_text and "back in order" in log_text
    # the damaged file was set aside (kept, never deleted), so the versions say there is none
    assert "set aside" in log_text and "data: none yet" in log_text
    assert [p.name.split("-")[0] for p in live.parent.glob("*.damaged-*")] == [
        "local_offer.sqlite3.damaged"
    ]
    assert QApplication.overrideCursor() is None  # --windowed: the cursor stays
