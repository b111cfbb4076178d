"""The running kiosk's log: rotating files in the log folder, hard crashes, Qt's messages, versions.

Where things go (docs/deployment.md says the same to IT staff):
    kiosk.log, kiosk.log.1 ... .5   what the running kiosk says: its versions at start-up, the
                                    traceback of every error it recovered from, Qt's warnings,
                                    out of order and back. Also on standard error (the journal).
    crash.log                       what ended a kiosk: the stacks of a hard crash or of a hung
                                    kiosk that systemd's watchdog aborted (faulthandler), and, in
                                    the installed app, a Python error that escaped (kiosk.frozen).
Only the kiosk itself writes these files: `kiosk selftest` and the staff commands do not.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sqlite3
import sys
import time
from pathlib import Path
from typing import IO, Any

from kiosk import __version__
from kiosk.frozen import CRASH_LOG, trim_crash_log
from kiosk.paths import log_dir

LOG_FILE = "kiosk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The same Qt message is logged this many times an hour at most (a broken paint can repeat
# one warning hundreds of times a second, and the kiosk runs for years).
QT_REPEATS_PER_HOUR = 10

log = logging.getLogger(__name__)

_handlers: list[logging.Handler] = []
_crash_file: IO[str] | None = None
_level_before: int | None = None


def start_logging(folder: Path | None = None) -> Path | None:
    """Send every log record to standard error and to kiosk.log in the log folder.

    Returns the log file, or None when the folder cannot be written (then standard error only:
    a read-only home folder must not stop the kiosk). Calling it again replaces the handlers.
    """
    global _level_before
    stop_logging()
    root = logging.getLogger()
    _level_before = root.level
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(LOG_FORMAT)
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setFormatter(formatter)
    _add(root, to_stderr)
    folder = folder or log_dir()
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file in %s (%s): logging to standard error only", folder, exc)
        return None
    to_file.setFormatter(formatter)
    _add(root, to_file)
    _enable_crash_dumps(folder)
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    root.addHandler(handler)
    _handlers.append(handler)


def _enable_crash_dumps(folder: Path) -> None:
    """faulthandler writes the stacks of every thread to crash.log if the process dies hard.

    That includes SIGABRT, which systemd sends when the watchdog finds the GUI thread hung.
    """
    global _crash_file
    path = folder / CRASH_LOG
    try:
        trim_crash_log(path)
        _crash_file = path.open("a", encoding="utf-8")
    except OSError as exc:
        log.warning("hard crashes cannot be recorded in %s: %s", path, exc)
        return
    faulthandler.enable(file=_crash_file, all_threads=True)


def stop_logging() -> None:
    """Undo start_logging (tests; a second start)."""
    global _crash_file, _level_before
    root = logging.getLogger()
    if _level_before is not None:
        root.setLevel(_level_before)
        _level_before = None
    while _handlers:
        handler = _handlers.pop()
        root.removeHandler(handler)
        handler.close()
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


class QtMessageLog:
    """Qt's own warnings into the log (qInstallMessageHandler), each at most a few times an hour."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._hour = int(time.monotonic() // 3600)
        self._log = logging.getLogger("qt")

    def __call__(self, mode: Any, context: Any, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        hour = int(time.monotonic() // 3600)
        if hour != self._hour:
            self._hour, self._seen = hour, {}
        count = self._seen.get(message, 0) + 1
        self._seen[message] = count
        if count > QT_REPEATS_PER_HOUR:
            return
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(mode, logging.WARNING)
        more = " (repeated; not logged again this hour)" if count == QT_REPEATS_PER_HOUR else ""
        self._log.log(level, "%s%s", message, more)


def install_qt_message_log() -> Any:
    """Route Qt's messages into the log; returns the handler it replaced, for uninstalling."""
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(QtMessageLog())


def uninstall_qt_message_log(previous: Any = None) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(previous)


def version_lines(db_path: Path | None) -> list[str]:
    """The app's, the data's and Qt's versions: `kiosk --version`, and the log at start-up."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return [
        f"kiosk {__version__}",
        dataset_line(db_path),
        f"Qt {qVersion()}, PySide6 {pyside_version}, "
        f"Python {platform.python_version()} on {platform.platform(terse=True)}",
    ]


def dataset_line(db_path: Path | None) -> str:
    """One line on the data in db_path: who published it, when, when it was imported."""
    from kiosk.store.database import DatabaseError
    from kiosk.store.directory import Directory

    if db_path is None:
        return "data: no database chosen"
    if not db_path.exists():
        return f"data: none yet (no database at {db_path})"
    try:
        with Directory(db_path) as directory:
            info = directory.dataset()
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        return f"data: could not be read from {db_path} ({exc})"
    if info is None:
        return f"data: none imported yet in {db_path}"
    name = info.publisher or info.source_name
    if info.sample and "sample" not in name.casefold():
        name += " (sample data)"
    return (
        f"data: {name}, "
        f"published {info.published or 'on a date not given'}, imported {info.imported_at}, "
        f"{info.services} services, in {db_path}"
    )
