"""The staff screens' sentences about a dataset, an import's report and an import's outcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.staff.datastatus import DatasetFacts
from kiosk.staff.dropfolder import FAILED, IMPORTED, REFUSED, ROLLED_BACK, ImportOutcome
from kiosk.store.quality import QualityReport
from kiosk.store.refresh import ImportReport
from kiosk.ui.dates import long_date

MOST_PROBLEMS = 12  # problems listed on screen; `kiosk import --json` gives them all


def dataset_lines(facts: DatasetFacts) -> list[str]:
    """Who published the data, its date, sample or real, counts, when imported, its age."""
    translate = QCoreApplication.translate
    kind = (
        translate("StaffData", "Sample data (invented examples)")
        if facts.sample
        else translate("StaffData", "Real data")
    )
    publisher = facts.publisher or translate("StaffData", "an unknown publisher")
    lines = [
        translate("StaffData", "{0}, from {1}").format(facts.source_name, publisher),
        kind,
        translate("StaffData", "%n service(s)", "", facts.services)
        + ", "
        + translate("StaffData", "%n organisation(s)", "", facts.organisations)
        + ", "
        + translate("StaffData", "%n place(s)", "", facts.locations),
        translate("StaffData", "Imported on {0}").format(long_date(facts.imported_at)),
    ]
    if facts.published and facts.age_days is not None:
        lines.append(
            translate("StaffData", "Dated {0}: %n day(s) old", "", facts.age_days).format(
                long_date(facts.published)
            )
        )
    else:
        lines.append(translate("StaffData", "The data gives no date of its own"))
    return lines


def quality_lines(quality: QualityReport) -> list[str]:
    """What the services lack and how long ago they were checked, in a few lines."""
    translate = QCoreApplication.translate
    lines = [
        translate("StaffData", "{0} ({1}%) have no {2}").format(lack.count, lack.percent, lack.what)
        for lack in quality.missing
        if lack.count
    ]
    checked = ", ".join(f"{label} {count}" for label, count in quality.checked.items() if count)
    if checked:
        lines.append(translate("StaffData", "Last checked: {0}").format(checked))
    if quality.duplicates:
        lines.append(
            translate(
                "StaffData", "%n service(s) share a name and organisation", "", quality.duplicates
            )
        )
    if not lines:
        lines.append(translate("StaffData", "Nothing is missing"))
    return lines


def report_lines(report: ImportReport) -> list[str]:
    """A dry run's (or an import's) report: counts, then the problems and repairs."""
    translate = QCoreApplication.translate
    lines = [
        translate("StaffData", "%n service(s) in the file", "", report.services),
        translate("StaffData", "Added {0}, updated {1}, removed {2}, skipped {3}").format(
            report.added, report.updated, report.removed, report.skipped
        ),
    ]
    if report.problem_count:
        lines.append(translate("StaffData", "%n problem(s) in the file:", "", report.problem_count))
        lines += [f"  • {problem}" for problem in report.problems[:MOST_PROBLEMS]]
        if report.problem_count > MOST_PROBLEMS:
            more = report.problem_count - MOST_PROBLEMS
            lines.append(translate("StaffData", "  … and %n more", "", more))
    if report.repairs:
        fixed = "; ".join(f"{what} ({count})" for what, count in sorted(report.repairs.items()))
        lines.append(translate("StaffData", "Repaired: {0}").format(fixed))
    return lines


def outcome_line(outcome: ImportOutcome) -> str:
    """How the latest import, undo or drop folder check ended, for the staff home."""
    translate = QCoreApplication.translate
    when = long_date(outcome.when)
    if outcome.outcome == IMPORTED:
        text = translate("StaffData", "Last update: {0} on {1}: {3}")
    elif outcome.outcome == ROLLED_BACK:
        text = translate("StaffData", "Last update undone on {1}")
    elif outcome.outcome == REFUSED:
        text = translate("StaffData", "The last update was refused: {0} on {1}: {3}")
    elif outcome.outcome == FAILED:
        text = translate("StaffData", "The last update failed: {0} on {1}: {3}")
    else:
        text = "{0} {1} {3}"
    return text.format(outcome.file, when, outcome.where, outcome.message)
