"""Data that staff import while the kiosk runs is shown from the next visitor on."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.paths import resources_dir
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.refresh import import_file, rollback
from kiosk.ui.screens import base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_directory_notices_a_replaced_file(db_path: Path, tmp_path: Path) -> None:
    live = tmp_path / "kiosk.sqlite3"
    shutil.copy(db_path, live)
    directory = Directory(live)
    assert not directory.is_replaced()
    import_file(FIXTURES / "oruk_v1_messy.json", live, force=True)
    assert directory.is_replaced()
    assert directory.count(Filters()) > 3  # still reads the file it opened
    directory.close()


def test_the_kiosk_shows_new_data_after_the_visitor_leaves(qtbot, db_path, settings, tmp_path):
    from kiosk.ui.app import build_context
    from kiosk.ui.window import MainWindow

    live = tmp_path / "kiosk.sqlite3"
    shutil.copy(db_path, live)
    context = build_context(settings, live, resources_dir())
    window = MainWindow(context, kiosk_mode=False)
    qtbot.addWidget(window)
    window.start()
    window.show_screen(base.HOME)
    before = context.directory.count(Filters())
    assert window.sample_badge.isVisibleTo(window)

    import_file(FIXTURES / "oruk_v1_messy.json", live, force=True)
    assert context.directory.count(Filters()) == before  # a visitor mid-way sees no change
    window.reset_all()
    assert context.directory.count(Filters()) == 3
    assert not window.sample_badge.isVisibleTo(window)  # the new file is not sample data
    assert window.current is not None and window.current.name == base.WELCOME

    rollback(live)
    window.reset_all()
    assert context.directory.count(Filters()) == before
    assert not window.reload_data_if_replaced()  # nothing changed since

    # A kiosk left on its welcome screen picks the change up when the next visitor starts.
    import_file(FIXTURES / "oruk_v1_messy.json", live, force=True)
    window.show_screen(base.HOME)
    assert context.directory.count(Filters()) == 3
    window.idle.stop()
    window.idle.uninstall()
