"""The staff screens' sentences about a dataset, an import's report and an import's outcome."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.staff.datastatus import DatasetFacts
from kiosk.staff.dropfolder import FAILED, IMPORTED, REFUSED, ROLLED_BACK, ImportOutcome
from kiosk.store.quality import QualityReport
from kiosk.store.refresh import ImportReport
from kiosk.ui.dates import long_date

MOST_PROBLEMS = 12  # problems listed on screen; `kiosk import --json` gives them all


class StaffWords(QObject):
    """Sentences for the staff pages (English plurals from the translation files)."""

    def dataset_lines(self, facts: DatasetFacts) -> list[str]:
        """Who published the data, its date, sample or real, counts, when imported, its age."""
        kind = self.tr("Sample data (invented examples)") if facts.sample else self.tr("Real data")
        publisher = facts.publisher or self.tr("an unknown publisher")
        lines = [
            self.tr("{0}, from {1}").format(facts.source_name, publisher),
            kind,
            self.tr("%n service(s)", "", facts.services)
            + ", "
            + self.tr("%n organisation(s)", "", facts.organisations)
            + ", "
            + self.tr("%n place(s)", "", facts.locations),
            self.tr("Imported on {0}").format(long_date(facts.imported_at)),
        ]
        if facts.published and facts.age_days is not None:
            lines.append(
                self.tr("Dated {0}: %n day(s) old", "", facts.age_days).format(
                    long_date(facts.published)
                )
            )
        else:
            lines.append(self.tr("The data gives no date of its own"))
        return lines

    def quality_lines(self, quality: QualityReport) -> list[str]:
        """What the services lack and how long ago they were checked, in a few lines."""
        lines = [
            self.tr("{0} ({1}%) have no {2}").format(lack.count, f"{lack.percent:g}", lack.what)
            for lack in quality.missing
            if lack.count
        ]
        checked = ", ".join(f"{label} {count}" for label, count in quality.checked.items() if count)
        if checked:
            lines.append(self.tr("Last checked: {0}").format(checked))
        if quality.duplicates:
            lines.append(
                self.tr("Services that share a name and organisation with another: {0}").format(
                    quality.duplicates
                )
            )
        if not lines:
            lines.append(self.tr("Nothing is missing"))
        return lines

    def report_lines(self, report: ImportReport) -> list[str]:
        """A dry run's (or an import's) report: counts, then the problems and repairs."""
        lines = [
            self.tr("%n service(s) in the file", "", report.services),
            self.tr("Added {0}, updated {1}, removed {2}, skipped {3}").format(
                report.added, report.updated, report.removed, report.skipped
            ),
        ]
        if report.problem_count:
            lines.append(self.tr("%n problem(s) in the file:", "", report.problem_count))
            lines += [f"  • {problem}" for problem in report.problems[:MOST_PROBLEMS]]
            if report.problem_count > MOST_PROBLEMS:
                more = report.problem_count - MOST_PROBLEMS
                lines.append(self.tr("  … and %n more", "", more))
        if report.repairs:
            fixed = "; ".join(f"{what} ({count})" for what, count in sorted(report.repairs.items()))
            lines.append(self.tr("Repaired: {0}").format(fixed))
        return lines

    def outcome_line(self, outcome: ImportOutcome) -> str:
        """How the latest import, undo or drop folder check ended, for the staff home."""
        when = long_date(outcome.when)
        if outcome.outcome == IMPORTED:
            text = self.tr("Last update: {0} on {1}: {3}")
        elif outcome.outcome == ROLLED_BACK:
            text = self.tr("Last update undone on {1}")
        elif outcome.outcome == REFUSED:
            text = self.tr("The last update was refused: {0} on {1}: {3}")
        elif outcome.outcome == FAILED:
            text = self.tr("The last update failed: {0} on {1}: {3}")
        else:
            text = "{0} {1} {3}"
        return text.format(outcome.file, when, outcome.where, outcome.message)
