"""The running kiosk's log: rotating file, Qt's warnings, versions; `kiosk --version`."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from kiosk import __version__
from kiosk.frozen import CRASH_LOG, KEEP_BYTES, trim_crash_log
from kiosk.ui import logs
from tests.e2e.run_cli import kiosk


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    yield folder
    logs.stop_logging()


def test_log_file_and_crash_file_are_made_in_the_log_folder(log_folder: Path) -> None:
    path = logs.start_logging(log_folder)
    assert path == log_folder / logs.LOG_FILE
    logging.getLogger("kiosk.test").info("hello from the test")
    assert "INFO kiosk.test: hello from the test" in path.read_text(encoding="utf-8")
    assert (log_folder / CRASH_LOG).exists()  # faulthandler writes here if the process dies


def test_an_unwritable_log_folder_does_not_stop_the_kiosk(tmp_path: Path) -> None:
    in_the_way = tmp_path / "logs"
    in_the_way.write_text("a file where the folder should be")
    try:
        assert logs.start_logging(in_the_way) is None
        logging.getLogger("kiosk.test").warning("still logging to standard error")
    finally:
        logs.stop_logging()


def test_qt_warnings_go_to_the_log_a_few_times_an_hour(qtbot, log_folder: Path) -> None:
    path = logs.start_logging(log_folder)
    assert path is not None
    previous = logs.install_qt_message_log()
    try:
        for _ in range(logs.QT_REPEATS_PER_HOUR + 5):
            qWarning("a warning from Qt")
    finally:
        logs.uninstall_qt_message_log(previous)
    text = path.read_text(encoding="utf-8")
    assert text.count("WARNING qt: a warning from Qt") == logs.QT_REPEATS_PER_HOUR
    assert "(repeated; not logged again this hour)" in text


def test_crash_log_is_cut_back_when_it_grows(tmp_path: Path) -> None:
    crash = tmp_path / CRASH_LOG
    crash.write_bytes(b"x" * (KEEP_BYTES + 10))
    trim_crash_log(crash)
    assert crash.stat().st_size == KEEP_BYTES // 2


def test_version_names_the_app_the_data_and_qt(db_path: Path) -> None:
    shown = kiosk("--version", "--db", db_path)
    assert shown.returncode == 0, shown.stderr
    app, data, qt = shown.stdout.splitlines()
    assert app == f"kiosk {__version__}"
    assert data.startswith("data: ") and "(sample data), published " in data
    assert ", imported " in data and "301 services" in data
    assert qt.startswith("Qt 6.") and ", PySide6 6." in qt


def test_the_data_line_says_when_the_data_cannot_be_read(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"garbage" * 1000)
    assert logs.dataset_line(damaged).startswith(f"data: could not be read from {damaged} (")
    missing = tmp_path / "missing.sqlite3"
    assert logs.dataset_line(missing) == f"data: none yet (no database at {missing})"
