"""pytest-qt fixtures: offscreen Qt, the kiosk theme, a real database, a context and a window."""

from __future__ import annotations

import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.config import Settings
from kiosk.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]
PACKAGED_DATA = REPO / "data" / "local_offer.json"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session", autouse=True)
def kiosk_theme(qapp):
    """Every UI test sees the widgets as visitors do: with the kiosk theme."""
    from kiosk.ui.theme import apply_theme

    apply_theme(qapp)
    compile_translations()
    return qapp


def compile_translations() -> None:
    """The .qm files are build output (tools/setup makes them); make them if any is stale."""
    folder = REPO / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("kiosk_*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run(
            [sys.executable, str(REPO / "tools" / "translations.py"), "compile"], check=True
        )


@pytest.fixture(autouse=True)
def english(kiosk_theme) -> Iterator[None]:
    """Each UI test starts, and leaves the next one, in English (left to right, en_GB)."""
    from kiosk.ui.translation import install_translator

    install_translator("en", REPO / "resources")
    yield
    install_translator("en", REPO / "resources")


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database imported from the packaged data file, shared by the whole session."""
    from kiosk.store.refresh import import_file

    source = PACKAGED_DATA
    if not source.exists():  # until the packaged file lands: same importer, generated data
        from kiosk.bench.synthetic import write_synthetic

        source = write_synthetic(tmp_path_factory.mktemp("data") / "local_offer.json", 60)
    path = tmp_path_factory.mktemp("db") / "local_offer.sqlite3"
    import_file(source, path, force=True, packaged=True)
    return path


@pytest.fixture
def tap(qtbot):
    """Touch a widget like a finger: press, hold briefly, lift.

    Use it for anything inside a touch scroll area: QScroller holds back a press to see
    whether it becomes a drag, and QTest's instant mouseClick can be lost there (a real
    finger always rests a moment). Lay the screen out first (navigate by tapping, or
    qtbot.waitExposed) so the widget is where it will be drawn.
    """

    def touch(widget, hold_ms: int = 40) -> None:
        qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
        qtbot.wait(hold_ms)
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)
        qtbot.wait(10)

    return touch


@pytest.fixture
def settings() -> Settings:
    # Qt's mock speech engine: speaks nothing, reports what it was asked to say.
    return Settings(
        site_name="Test family hub", idle_timeout_s=90, idle_countdown_s=30, speech_engine="mock"
    )


@pytest.fixture
def context(db_path: Path, settings: Settings):
    from kiosk.ui.app import build_context

    return build_context(settings, db_path, resources_dir())


@pytest.fixture
def window(
    qtbot, context, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    """A windowed MainWindow showing the welcome screen; saves a picture if the test fails."""
    from kiosk.ui.window import MainWindow

    win = MainWindow(context, kiosk_mode=False)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    yield win
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        shots = tmp_path_factory.getbasetemp() / "ui-failures"
        shots.mkdir(exist_ok=True)
        picture = shots / f"{request.node.name}.png"
        win.grab().save(str(picture))
        report.sections.append(("screenshot", str(picture)))
    win.idle.stop()
    win.idle.uninstall()
