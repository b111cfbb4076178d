"""Opening the database for the screens, and watching for it to become readable again."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.store.database import DatabaseError
from kiosk.store.directory import Directory

log = logging.getLogger(__name__)

# What a database that cannot be read raises: damaged, missing, overwritten, locked, unreadable.
DATABASE_PROBLEMS = (DatabaseError, sqlite3.Error, OSError)


def open_directory(path: Path) -> Directory:
    """A Directory on path that has answered the questions every visitor's first screen asks.

    Raises DatabaseError (with the reason) when the file cannot be read. Opening alone only
    looks at the schema; a file overwritten with other bytes may fail only on its first query.
    """
    try:
        directory = Directory(path)
    except DATABASE_PROBLEMS as exc:
        raise DatabaseError(str(exc)) from exc
    try:
        directory.dataset()
        directory.count()
    except DATABASE_PROBLEMS as exc:
        directory.close()
        raise DatabaseError(f"{path} cannot be read ({exc})") from exc
    return directory


class DataWatch(QObject):
    """Looks at the database every few seconds, and soon after anything in its folder changes,
    until it can be read; then hands over a Directory on it.

    Signals:
        found(object): a readable Directory (the receiver owns it; watching has stopped).
    """

    found = Signal(object)

    CHECK_MS = 5000
    # A file copied in place changes many times in a row: look once it has been quiet a moment.
    SETTLE_MS = 300

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.last_problem = ""
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)

    def start(self) -> None:
        self.last_problem = ""
        self._timer.start()
        self._watch()

    def stop(self) -> None:
        self._timer.stop()
        self._settle.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> bool:
        """Try the database now; True (and found emitted) if it can be read."""
        if not self.is_watching():
            return False
        try:
            directory = open_directory(self.path)
        except DatabaseError as exc:
            if str(exc) != self.last_problem:  # once per new reason, not every few seconds
                self.last_problem = str(exc)
                log.warning("still out of order: %s", exc)
            self._watch()
            return False
        self.stop()
        self.found.emit(directory)
        return True

    def _changed(self, _path: str) -> None:
        self._settle.start()

    def _watch(self) -> None:
        # Watch the folder (a file renamed in or deleted) and the file (written in place).
        # A replaced file is a new file: the watch on the old one ends, so add it again.
        wanted = [self.path.parent, self.path]
        current = set(self._watcher.files() + self._watcher.directories())
        for path in wanted:
            if str(path) not in current and path.exists():
                self._watcher.addPath(str(path))
