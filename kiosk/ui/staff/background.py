"""The kiosk's own timers for IT: import a new file from the drop folder every
drop_poll_minutes, and write this kiosk's status file there every status_interval_minutes.

Both run on a worker thread (the drop folder is often a network share, which can hang), one
at a time, and never replace good data with a refused file (kiosk.staff.dropfolder).
"""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Settings
from kiosk.staff.dropfolder import ImportOutcome, check_drop_folder
from kiosk.staff.fleet import write_status
from kiosk.ui.staff.jobs import BackgroundJobs

log = logging.getLogger(__name__)


class DropFolderWatch(QObject):
    """Checks the drop folder and writes the status file on timers, off the GUI thread.

    Signals:
        checked(object): a check ended: the ImportOutcome, or None when there was nothing new.
        status_written(object): the status file's Path, after it was written.
    """

    checked = Signal(object)
    status_written = Signal(object)

    def __init__(self, settings: Settings, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db_path = db_path
        self.started_at = datetime.datetime.now(datetime.UTC)
        self.jobs = BackgroundJobs(1, self)
        self._checking = self._writing = False
        self.drop_timer = QTimer(self)
        self.drop_timer.setInterval(settings.drop_poll_minutes * 60_000)
        self.drop_timer.timeout.connect(self.check_now)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(settings.status_interval_minutes * 60_000)
        self.status_timer.timeout.connect(self.write_status_now)

    def folder(self) -> Path | None:
        return self.settings.drop_folder_path()

    def start(self) -> None:
        """Look now (a file may have arrived while the kiosk was off), then on the timers."""
        if self.folder() is None:
            return
        self.drop_timer.start()
        self.status_timer.start()
        QTimer.singleShot(0, self.check_now)
        QTimer.singleShot(0, self.write_status_now)

    def stop(self) -> None:
        self.drop_timer.stop()
        self.status_timer.stop()

    def check_now(self) -> None:
        if self._checking or self.folder() is None:
            return
        self._checking = True
        settings, db_path = self.settings, self.db_path
        self.jobs.run(lambda: check_drop_folder(settings, db_path), self._checked, self._failed)

    def _checked(self, outcome: ImportOutcome | None) -> None:
        self._checking = False
        self.checked.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._checking = False
        log.error("the drop folder check failed: %s", exc, exc_info=exc)

    def write_status_now(self) -> None:
        folder = self.folder()
        if self._writing or folder is None:
            return
        self._writing = True
        settings, db_path, started = self.settings, self.db_path, self.started_at
        self.jobs.run(
            lambda: write_status(folder, settings, db_path, started_at=started),
            self._written,
            self._not_written,
        )

    def _written(self, path: Path) -> None:
        self._writing = False
        self.status_written.emit(path)

    def _not_written(self, exc: BaseException) -> None:
        self._writing = False
        log.warning("cannot write the status file in %s: %s", self.folder(), exc)
