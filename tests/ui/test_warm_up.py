"""Directory.warm_up() runs in a worker thread; a reload or a reset while it runs is safe."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.paths import resources_dir
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.refresh import import_file
from kiosk.ui.app import build_context
from kiosk.ui.warm_up import BackgroundWarmUp
from kiosk.ui.window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_reload_while_the_warm_up_runs_closes_the_old_data_only_after_it(
    qtbot, db_path: Path, settings, tmp_path: Path
) -> None:
    live = tmp_path / "kiosk.sqlite3"
    shutil.copy(db_path, live)
    context = build_context(settings, live, resources_dir())
    window = MainWindow(context, kiosk_mode=False)
    qtbot.addWidget(window)
    window.start()
    old = context.directory
    # Holding the Directory's own lock, as a GUI-thread query does, keeps the warm-up waiting
    # for it, so the reload below certainly happens while the warm-up is under way.
    with old._lock:
        window.warm_ups.start(old)
        assert window.warm_ups.busy()
        import_file(FIXTURES / "oruk_v1_messy.json", live, force=True)  # staff import
        window.reset_all()  # the visitor leaves: the kiosk switches to the new data
        assert context.directory is not old
        assert context.directory.count(Filters()) == 3
        assert old.count(Filters()) == 301  # not closed under the waiting warm-up
    qtbot.waitUntil(lambda: not window.warm_ups.busy(), timeout=10000)
    with pytest.raises(sqlite3.ProgrammingError):
        old.count(Filters())  # closed by the worker once it was done with it
    assert context.directory.count(Filters()) == 3
    window.shut_down()


def test_a_failing_warm_up_is_logged_not_raised(
    qtbot, db_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live = tmp_path / "kiosk.sqlite3"
    shutil.copy(db_path, live)
    directory = Directory(live)
    with live.open("r+b") as handle:
        handle.write(b"garbage " * 8192)  # damaged after it was opened
    warm_ups = BackgroundWarmUp()
    warm_ups.start(directory)
    assert warm_ups.wait(10)
    assert "could not load the search indexes" in caplog.text
    warm_ups.retire(directory)
