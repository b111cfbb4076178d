"""Builds the running kiosk: QApplication, theme, translator, data, window and idle watcher.

Nothing slow happens here: the database is brought up to date before (kiosk.store.refresh.
ensure_current, called by kiosk.commands.app), and screens other than the welcome screen are
built the first time they are shown.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.content.topics import content_folder, load_topics
from kiosk.paths import resources_dir
from kiosk.store.directory import Directory
from kiosk.ui.context import AppContext, VisitorSession
from kiosk.ui.theme import apply_theme
from kiosk.ui.translation import install_translator
from kiosk.ui.window import MainWindow

APPLICATION_NAME = "SEND information kiosk"


def application() -> QApplication:
    """The one QApplication (created here if the process has none yet)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    return app


def build_context(settings: Settings, db_path: Path, resources: Path | None = None) -> AppContext:
    """The data every screen uses: directory, topics in the default language, a fresh session."""
    resources = resources or resources_dir()
    language = settings.default_language
    return AppContext(
        settings=settings,
        directory=Directory(db_path),
        topics=load_topics(content_folder(language, resources)),
        session=VisitorSession(language),
        resources=resources,
    )


def build_app(settings: Settings, db_path: Path, windowed: bool) -> tuple[QApplication, MainWindow]:
    """The application and its window, ready for window.start() and app.exec()."""
    app = application()
    context = build_context(settings, db_path)
    apply_theme(app)
    install_translator(context.session.language, context.resources)
    window = MainWindow(context, kiosk_mode=not windowed)
    window.idle.install()
    return app, window


def start_up_done() -> None:
    """Start-up is over: let the garbage collector run again, but never over what start-up built.

    Start-up builds hundreds of thousands of objects that live as long as the kiosk and makes
    almost no garbage (kiosk.commands.app turns the collector off meanwhile). Freezing them
    means each later full collection walks only what was made since: shorter pauses under a
    visitor's finger, and a process that ends ~0.1 s sooner.
    """
    gc.freeze()
    gc.enable()
