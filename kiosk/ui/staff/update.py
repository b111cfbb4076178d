"""Updating the data from a USB stick or the drop folder (dry run, report, confirm, import) and
undoing the last update (what comes back, confirm, rollback). Slow work runs on a worker; the
file in use is replaced whole, so a visitor's screens carry on until the next visitor."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff.datastatus import DatasetFacts, earlier_data
from kiosk.staff.dropfolder import (
    DROP_FOLDER,
    IMPORTED,
    ROLLED_BACK,
    STAFF_SCREEN,
    Candidate,
    ImportOutcome,
    candidate_files,
    import_candidate,
    record_rollback,
)
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed, ImportReport, import_file, rollback
from kiosk.ui import accessibility, theme
from kiosk.ui.context import AppContext
from kiosk.ui.dates import long_date
from kiosk.ui.screens import base
from kiosk.ui.staff.mode import StaffScreen
from kiosk.ui.staff.wording import StaffWords
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.scroll import TouchScrollArea

LIST, BUSY, REPORT, DONE = range(4)


def _page(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QFrame(parent)
    theme.set_role(page, "card")
    column = QVBoxLayout(page)
    column.setContentsMargins(48, 32, 48, 32)
    column.setSpacing(20)
    return page, column


def _words(parent: QWidget, role: str = "body") -> QLabel:
    label = QLabel("", parent)
    theme.set_role(label, role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class _StagedScreen(StaffScreen):
    """A staff page in stages (choose, wait, check, done), one shown at a time."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.words = StaffWords(self)
        self.stages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 24, 56, 24)
        layout.addWidget(self.stages)
        busy, column = _page(self.stages)
        self.busy_text = _words(busy, "subheading")
        self.progress = QProgressBar(busy)
        self.progress.setRange(0, 0)  # the import says no more than "working"
        self.progress.setMinimumHeight(48)
        self.progress.setTextVisible(False)
        column.addWidget(self.busy_text)
        column.addWidget(self.progress)
        column.addStretch(1)
        self.stages.addWidget(busy)
        done, column = _page(self.stages)
        self.done_text = _words(done, "subheading")
        accessibility.mark_heading(self.done_text)
        self.done_details = _words(done)
        self.done_button = BigButton(self.tr("Back to staff mode"), "back", primary=True)
        self.done_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_HOME, None))
        column.addWidget(self.done_text)
        column.addWidget(self.done_details)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.stages.addWidget(done)  # LIST and REPORT are put in place by each page

    def stage(self) -> int:
        return self.stages.currentIndex()

    def _busy(self, text: str) -> None:
        self.busy_text.setText(text)
        self.stages.setCurrentIndex(BUSY)
        self.announce.emit(text)

    def _done(self, heading: str, details: str = "", failed: bool = False) -> None:
        self.done_text.setText(heading)
        theme.set_role(self.done_text, "error" if failed else "subheading")
        self.done_details.setText(details)
        self.stages.setCurrentIndex(DONE)
        self.announce.emit(heading)
        if self.staff is not None:
            self.staff.data_changed.emit()


class UpdateScreen(_StagedScreen):
    """Lists the data files on USB sticks and in the drop folder; one chosen is checked (a dry
    run) and its report shown; staff confirm, and it is imported."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.candidates: list[Candidate] = []
        self.file_buttons: list[BigButton] = []
        self.chosen: Candidate | None = None
        self.report: ImportReport | None = None
        self.outcome: ImportOutcome | None = None

        choose, column = _page(self.stages)
        heading = _words(choose, "subheading")
        heading.setText(self.tr("Choose the data file to update from"))
        accessibility.mark_heading(heading)
        self.list_text = _words(choose)
        self.files = QWidget(choose)
        self.files_layout = QVBoxLayout(self.files)
        self.files_layout.setContentsMargins(0, 0, 0, 0)
        self.files_layout.setSpacing(16)
        scroll = TouchScrollArea(self.files, choose)
        scroll.setAccessibleName(self.tr("Data files found"))
        self.again_button = BigButton(self.tr("Look again"), "search")
        self.again_button.clicked.connect(self.find_files)
        self.list_back = BigButton(self.tr("Back"), "back")
        self.list_back.clicked.connect(lambda: self.navigate.emit(base.STAFF_HOME, None))
        buttons = FlowLayout(spacing=24)
        buttons.addWidget(self.list_back)
        buttons.addWidget(self.again_button)
        column.addWidget(heading)
        column.addWidget(self.list_text)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)

        check, column = _page(self.stages)
        self.report_heading = _words(check, "subheading")
        accessibility.mark_heading(self.report_heading)
        self.report_text = _words(check)
        report_scroll = TouchScrollArea(self.report_text, check)
        report_scroll.setAccessibleName(self.tr("What the update would change"))
        self.confirm_button = BigButton(self.tr("Update the data"), "check", primary=True)
        self.confirm_button.clicked.connect(self.confirm)
        self.other_button = BigButton(self.tr("Choose another file"), "back")
        self.other_button.clicked.connect(self.find_files)
        buttons = FlowLayout(spacing=24)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.confirm_button)
        column.addWidget(self.report_heading)
        column.addWidget(report_scroll, 1)
        column.addLayout(buttons)

        self.stages.insertWidget(LIST, choose)
        self.stages.insertWidget(REPORT, check)

    def title(self) -> str:
        return self.tr("Update the data")

    def show_with(self, arg: object) -> None:
        self.find_files()

    def reset(self) -> None:
        self.chosen = self.report = None

    # -- choose ------------------------------------------------------------------------------

    def find_files(self) -> None:
        if self.staff is None:
            return
        self.chosen = self.report = None
        self._busy(self.tr("Looking for data files…"))
        settings = self.context.settings
        self.staff.jobs.run(lambda: candidate_files(settings), self.show_files, self._list_failed)

    def show_files(self, found: list[Candidate]) -> None:
        self.candidates = found
        for button in self.file_buttons:
            self.files_layout.removeWidget(button)
            button.deleteLater()
        self.file_buttons = []
        for candidate in found:
            button = BigButton(self._describe(candidate), "forward")
            button.clicked.connect(lambda _=False, c=candidate: self.check(c))
            self.files_layout.addWidget(button)
            self.file_buttons.append(button)
        self.files_layout.addStretch(1)
        if found:
            self.list_text.setText(self.tr("%n data file(s) found.", "", len(found)))
        else:
            drop = self.context.settings.drop_folder or self.tr("(none set)")
            self.list_text.setText(
                self.tr(
                    "No data files found. Put the council's file on a USB stick and plug it "
                    "in, or copy it into the drop folder: {0}"
                ).format(drop)
            )
        self.stages.setCurrentIndex(LIST)
        self.announce.emit(self.list_text.text())

    def _describe(self, candidate: Candidate) -> str:
        where = self.tr("drop folder") if candidate.where == DROP_FOLDER else self.tr("USB stick")
        day = datetime.datetime.fromtimestamp(candidate.modified).date().isoformat()
        size = max(1, round(candidate.size / 1024))
        return self.tr("{0}, on the {1}, {2}, {3} KB").format(
            candidate.name, where, long_date(day), size
        )

    def _list_failed(self, exc: BaseException) -> None:
        self._done(self.tr("The data files cannot be listed"), str(exc), failed=True)

    # -- check -------------------------------------------------------------------------------

    def check(self, candidate: Candidate) -> None:
        """A dry run of CANDIDATE on a worker; its report is shown before anything changes."""
        if self.staff is None:
            return
        self.chosen, self.report = candidate, None
        self._busy(self.tr("Checking {0}… Nothing changes yet.").format(candidate.name))
        source, db_path = candidate.path, self.staff.db_path
        self.staff.jobs.run(
            lambda: import_file(source, db_path, dry_run=True), self.show_report, self._refused
        )

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        name = self.chosen.name if self.chosen else report.source
        self.report_heading.setText(self.tr("If you update from {0}:").format(name))
        theme.set_role(self.report_heading, "subheading")
        lines = self.words.report_lines(report)
        if report.quality is not None:
            lines += ["", self.tr("Data quality:"), *self.words.quality_lines(report.quality)]
        self.report_text.setText("\n".join(lines))
        self.confirm_button.setVisible(True)
        self.stages.setCurrentIndex(REPORT)
        self.announce.emit(self.report_heading.text())

    def _refused(self, exc: BaseException) -> None:
        name = self.chosen.name if self.chosen else ""
        if isinstance(exc, ImportRefused):
            heading = self.tr("{0} cannot be used").format(name)
        else:
            heading = self.tr("{0} could not be checked").format(name)
        self.report_heading.setText(heading)
        theme.set_role(self.report_heading, "error")
        self.report_text.setText(str(exc))
        self.confirm_button.setVisible(False)
        self.stages.setCurrentIndex(REPORT)
        self.announce.emit(heading)

    # -- import ------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Import the checked file on a worker, with every check `kiosk import` makes."""
        if self.staff is None or self.chosen is None or self.report is None:
            return
        chosen, db_path = self.chosen, self.staff.db_path
        self._busy(
            self.tr("Updating the data from {0}… Visitors can carry on meanwhile.").format(
                chosen.name
            )
        )
        self.staff.jobs.run(
            lambda: import_candidate(chosen.path, db_path, where=chosen.where)[0], self.imported
        )

    def imported(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        if outcome.outcome == IMPORTED:
            self._done(
                self.tr("The data was updated from {0}").format(outcome.file),
                self.tr(
                    "%n service(s) now. The next visitor sees the new data.", "", outcome.services
                ),
            )
        else:
            self._done(
                self.tr("The data was not updated: nothing changed"),
                outcome.message,
                failed=True,
            )


class UndoScreen(_StagedScreen):
    """Shows the data an undo would bring back; staff confirm, and it is brought back."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.earlier: DatasetFacts | None = None
        confirm, column = _page(self.stages)
        self.heading = _words(confirm, "subheading")
        accessibility.mark_heading(self.heading)
        self.facts = _words(confirm)
        self.confirm_button = BigButton(self.tr("Undo the last update"), "restart", primary=True)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = BigButton(self.tr("Back"), "back")
        self.cancel_button.clicked.connect(lambda: self.navigate.emit(base.STAFF_HOME, None))
        buttons = FlowLayout(spacing=24)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        column.addWidget(self.heading)
        column.addWidget(self.facts)
        column.addStretch(1)
        column.addLayout(buttons)
        self.stages.insertWidget(LIST, confirm)
        self.stages.insertWidget(REPORT, QWidget(self.stages))  # no report stage

    def title(self) -> str:
        return self.tr("Undo the last update")

    def show_with(self, arg: object) -> None:
        if self.staff is None:
            return
        self._busy(self.tr("Reading the earlier data…"))
        db_path, months = self.staff.db_path, self.context.settings.data_stale_after_months
        self.staff.jobs.run(lambda: earlier_data(db_path, months), self.show_earlier, self._failed)

    def show_earlier(self, earlier: DatasetFacts | None) -> None:
        self.earlier = earlier
        if earlier is None:
            self.heading.setText(self.tr("There is no earlier data to go back to."))
            self.facts.setText("")
        else:
            self.heading.setText(self.tr("Undo brings back the data from before the last update:"))
            lines = self.words.dataset_lines(earlier)
            if earlier.quality is not None:
                lines += ["", self.tr("Data quality:"), *self.words.quality_lines(earlier.quality)]
            self.facts.setText("\n".join(lines))
        self.confirm_button.setVisible(earlier is not None)
        self.stages.setCurrentIndex(LIST)
        self.announce.emit(self.heading.text())

    def _failed(self, exc: BaseException) -> None:
        self._done(self.tr("The earlier data cannot be read"), str(exc), failed=True)

    def confirm(self) -> None:
        if self.staff is None or self.earlier is None:
            return
        db_path = self.staff.db_path
        self._busy(self.tr("Bringing back the earlier data…"))
        self.staff.jobs.run(lambda: _undo(db_path), self.undone)

    def undone(self, outcome: ImportOutcome) -> None:
        if outcome.outcome != ROLLED_BACK:
            self._done(self.tr("The update was not undone"), outcome.message, failed=True)
        else:
            self._done(
                self.tr("The last update was undone"),
                self.tr("The next visitor sees the earlier data."),
            )


def _undo(db_path: Path) -> ImportOutcome:
    """Roll back, recording how it went; never raises for the files or the machine."""
    try:
        rollback(db_path)
    except (ImportRefused, ImportFailed) as exc:
        return record_rollback(db_path, STAFF_SCREEN, exc)
    return record_rollback(db_path, STAFF_SCREEN)
