"""Builds the running kiosk: QApplication, theme, translator, data, window and idle watcher.

Nothing slow happens here: the database is brought up to date before (kiosk.store.refresh.
ensure_current, called by kiosk.commands.app), and screens other than the welcome screen are
built the first time they are shown. When the data cannot be read, the window starts out of
order and comes back by itself once it can.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.content.answers import GuidanceIndex
from kiosk.content.topics import ContentError, load_topics_for
from kiosk.paths import resources_dir
from kiosk.staff.statistics import UsageRecorder
from kiosk.store.database import DatabaseError
from kiosk.store.directory import Directory
from kiosk.store.search import load_stopwords, load_synonyms
from kiosk.ui.context import AppContext, KioskSetup, VisitorSession
from kiosk.ui.data_watch import open_directory
from kiosk.ui.single_instance import SingleInstance
from kiosk.ui.theme import apply_theme
from kiosk.ui.translation import install_translator
from kiosk.ui.window import RESTART_EXIT_CODE, MainWindow

APPLICATION_NAME = "SEND information kiosk"

log = logging.getLogger(__name__)


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


def build_setup(settings: Settings, resources: Path | None = None) -> KioskSetup:
    """What the kiosk needs besides data: topics in the default language, a fresh session."""
    resources = resources or resources_dir()
    language = settings.default_language
    try:
        topics = load_topics_for(language, resources)
    except ContentError as exc:
        log.warning("topic pages in %s cannot be used (%s); English instead", language, exc)
        topics = load_topics_for("en", resources)
    return KioskSetup(
        settings=settings,
        topics=topics,
        session=VisitorSession(language, settings),
        resources=resources,
        guidance=GuidanceIndex(topics, load_synonyms(), load_stopwords()),
        usage=UsageRecorder.from_settings(settings),
    )


def build_context(settings: Settings, db_path: Path, resources: Path | None = None) -> AppContext:
    """The data every screen uses: directory, topics in the default language, a fresh session."""
    return build_setup(settings, resources).with_directory(Directory(db_path))


def build_app(
    settings: Settings, db_path: Path, windowed: bool, usable: bool = True
) -> tuple[QApplication, MainWindow]:
    """The application and its window, ready for window.start() and app.exec().

    usable: whether start-up found data it can show (kiosk.commands.app.prepare_database).
    If not, or if the database cannot be read after all, the window starts out of order.
    """
    app = application()
    setup = build_setup(settings)
    context: KioskSetup = setup
    if usable:
        try:
            context = setup.with_directory(open_directory(db_path))
        except DatabaseError as exc:
            log.error("cannot show the data: %s", exc)
    apply_theme(app)
    install_translator(setup.session.language, setup.resources)
    window = MainWindow(context, kiosk_mode=not windowed, db_path=db_path)
    window.idle.install()
    return app, window


def run_app(
    settings: Settings,
    db_path: Path,
    windowed: bool,
    usable: bool = True,
    instance: SingleInstance | None = None,
) -> int:
    """Run the kiosk until it quits: build_app, plus what only the real kiosk has.

    That is: the error guard (every error that escapes a slot is logged, then the kiosk
    recovers), Qt's warnings in the log, systemd's READY and WATCHDOG, and second starts
    bringing this one forward. `kiosk selftest` uses build_app alone.
    """
    from PySide6.QtCore import QTimer

    from kiosk.ui import logs
    from kiosk.ui.errors import ErrorGuard
    from kiosk.ui.watchdog import HEARTBEAT_NAME, SystemdNotifier

    app, window = build_app(settings, db_path, windowed, usable)
    guard = ErrorGuard(window)
    guard.install()
    previous_qt_handler = logs.install_qt_message_log()
    # No systemd on Windows: a heartbeat file beside the lock, for a scheduled task to watch.
    heartbeat = instance.folder / HEARTBEAT_NAME if instance and sys.platform == "win32" else None
    notifier = SystemdNotifier(heartbeat, window)
    window.out_of_order_changed.connect(lambda broken: notifier.status(status_line(broken)))
    if instance is not None:
        instance.come_forward.connect(window.bring_forward)
        instance.listen()
    try:
        window.start()
        # After the first pass of the event loop: the first screen is up.
        QTimer.singleShot(0, lambda: notifier.ready(status_line(window.is_out_of_order())))
        QTimer.singleShot(0, start_up_done)  # after the first frame and the search warm-up
        code = int(app.exec())
    finally:
        notifier.stopping()
        guard.uninstall()
        logs.uninstall_qt_message_log(previous_qt_handler)
        window.shut_down()
        if instance is not None:
            instance.release()
    log.info("stopped (exit code %d)", code)
    if code == RESTART_EXIT_CODE:
        restart_process()
    return code


def restart_process() -> None:
    """Start the kiosk again in this process (staff chose "Restart the kiosk"), now that the
    window, the lock and the single-instance listener are gone."""
    if getattr(sys, "frozen", False):
        argv = [sys.executable, *sys.argv[1:]]
    else:
        argv = [sys.executable, "-m", "kiosk", *sys.argv[1:]]
    logging.shutdown()
    os.execv(sys.executable, argv)


def status_line(out_of_order: bool) -> str:
    """For `systemctl status`: staff and IT read it, not visitors."""
    if out_of_order:
        return "Out of order: the database cannot be read (see the kiosk log)"
    return "Showing the directory"


def start_up_done() -> None:
    """Start-up is over: let the garbage collector run again, but never over what start-up built.

    Start-up builds hundreds of thousands of objects that live as long as the kiosk and makes
    almost no garbage (kiosk.commands.app turns the collector off meanwhile). Freezing them
    means each later full collection walks only what was made since: shorter pauses under a
    visitor's finger, and a process that ends ~0.1 s sooner.
    """
    gc.freeze()
    gc.enable()
