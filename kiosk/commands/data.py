"""Data commands for staff and IT: import, check, export, rollback."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    database_from_args,
    fail,
    print_json,
)

# The data layer is loaded by each command when it runs: `kiosk` itself registers these
# commands at every start, and must not pay for the importer to do so.
if TYPE_CHECKING:
    from kiosk.store.feed import PullProgress
    from kiosk.store.quality import QualityReport
    from kiosk.store.refresh import ImportReport


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    importer = subparsers.add_parser(
        "import", parents=[common], help="replace the directory with a data file's services"
    )
    importer.add_argument(
        "source",
        metavar="FILE|URL",
        help="ORUK/HSDS JSON file, CSV folder or .zip, or the web address of an ORUK API",
    )
    importer.add_argument("--dry-run", action="store_true", help="check the data, change nothing")
    importer.add_argument(
        "--force", action="store_true", help="allow an import that removes over half the services"
    )
    importer.add_argument(
        "--save",
        type=Path,
        metavar="FILE",
        help="with a web address: keep the downloaded feed as one ORUK JSON file",
    )
    importer.add_argument(
        "--publisher", default="", help="who publishes the data, if the file does not say"
    )
    importer.add_argument(
        "--licence", default="", help="the data's licence, if the file does not say"
    )
    importer.set_defaults(handler=cmd_import)

    check = subparsers.add_parser("check", parents=[common], help="check the database")
    check.add_argument(
        "--quality", action="store_true", help="also say what the services lack, and how old"
    )
    check.set_defaults(handler=cmd_check)

    export = subparsers.add_parser("export", parents=[common], help="write the data out")
    export.add_argument("--format", choices=["oruk-json", "csv"], default="oruk-json")
    export.add_argument("--out", type=Path, required=True, help="file (JSON) or folder (CSV)")
    export.set_defaults(handler=cmd_export)

    back = subparsers.add_parser(
        "rollback", parents=[common], help="go back to the data before the last import"
    )
    back.set_defaults(handler=cmd_rollback)


def cmd_import(args: argparse.Namespace) -> int:
    from kiosk.staff.dropfolder import COMMAND_LINE, record_import
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, import_file

    pulled: dict[str, Any] = {}
    web = is_web_address(args.source)
    source: Path | str = args.source if web else Path(args.source)
    try:
        db_path = database_from_args(args)
        if web:
            report = _import_url(args, db_path, pulled)
        elif args.save is not None:
            raise ImportRefused("--save is for a web address; a file is already saved")
        else:
            report = import_file(
                Path(args.source),
                db_path,
                force=args.force,
                dry_run=args.dry_run,
                publisher=args.publisher,
                licence=args.licence,
            )
    except ImportRefused as exc:
        if not args.dry_run:
            record_import(source, COMMAND_LINE, error=exc)
        fail(f"import refused: {exc}")
        return EXIT_REFUSED
    except ImportFailed as exc:
        if not args.dry_run:
            record_import(source, COMMAND_LINE, error=exc)
        fail(f"import failed, nothing changed: {exc}")
        return EXIT_FAILED
    if not report.dry_run:
        record_import(source, COMMAND_LINE, report)
    if args.json:
        print_json({"database": str(db_path), **report.to_json(), **pulled})
        return EXIT_OK
    verb = "Checked" if report.dry_run else "Imported"
    print(
        f"{verb} {report.source} ({report.source_format}): {report.services} services, "
        f"{report.organisations} organisations, {report.locations} places."
    )
    print(
        f"Added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"skipped {report.skipped}."
    )
    if report.problems:
        print(f"{report.problem_count} problem(s) in the file:")
        for problem in report.problems[:50]:
            print(f"  - {problem}")
        if report.problem_count > 50:
            more = "use --json for the first " + f"{len(report.problems)}"
            print(f"  ... and {report.problem_count - 50} more ({more})")
    if report.repairs:
        fixed = "; ".join(f"{what} ({count})" for what, count in sorted(report.repairs.items()))
        print(f"Repaired: {fixed}.")
    if report.inferred:
        print(
            f"{report.inferred} service(s) had no group from the publisher and were placed in "
            "groups from their own words."
        )
    if report.quality is not None:
        print_quality(report.quality, brief=True)
    if report.dry_run:
        print("Nothing was changed (dry run).")
    return EXIT_OK


def print_quality(quality: QualityReport, brief: bool = False) -> None:
    """The data-quality summary, for staff to take to the council."""
    total = quality.services
    print(f"Data quality ({total} services):")
    for lack in quality.missing:
        if lack.count:
            print(f"  - {lack.count} ({lack.percent:g}%) have no {lack.what}")
    checked = ", ".join(f"{label} {n}" for label, n in quality.checked.items() if n)
    print(f"  Last checked: {checked}.")
    if quality.duplicates:
        print(f"  {quality.duplicates} services share their name and organisation with another.")
    if brief:
        print("  (kiosk check --quality lists the records most worth asking to have fixed)")
        return
    if quality.worst:
        print("  Most worth asking to have fixed:")
        for record in quality.worst:
            facts = [f"no {what}" for what in record.lacks]
            facts.append(f"last checked {record.checked_on}" if record.checked_on else "no date")
            print(f"    {record.name} [{record.id}]: {'; '.join(facts)}")


def is_web_address(source: str) -> bool:
    """Whether an import's source is an API to pull rather than a file."""
    return source.strip().lower().startswith(("http://", "https://"))


def _import_url(args: argparse.Namespace, db_path: Path, pulled: dict[str, Any]) -> ImportReport:
    """Pull the API at args.source (to --save, or a temporary file), then import it."""
    from kiosk.store.feed import PullReport, import_url  # httpx only when it is needed

    progress = _TerminalProgress() if sys.stderr.isatty() else None

    def said(report: PullReport) -> None:
        if progress is not None:
            progress.done()
        pulled["pull"] = report.to_json()
        if args.json:
            return
        fetched = f", {report.full_records} full records fetched" if report.full_records else ""
        print(
            f"Pulled {report.services} services from {report.url} "
            f"({report.api}, {report.pages} page{'' if report.pages == 1 else 's'}{fetched})."
        )
        for note in report.notes:
            print(f"  - {note}")
        if report.saved_to:
            print(f"Saved the feed to {report.saved_to}")

    try:
        _pulled, imported = import_url(
            args.source,
            db_path,
            save=args.save,
            force=args.force,
            dry_run=args.dry_run,
            publisher=args.publisher,
            licence=args.licence,
            progress=progress,
            on_pulled=said,
        )
        return imported
    finally:
        if progress is not None:
            progress.done()


class _TerminalProgress:
    """Shows a pull's progress on one line of a terminal, rewritten at most 10 times a second."""

    def __init__(self) -> None:
        self.shown_at = 0.0
        self.width = 0

    def __call__(self, progress: PullProgress) -> None:
        now = time.monotonic()
        if now - self.shown_at < 0.1:
            return
        self.shown_at = now
        pages, services = str(progress.pages_done), str(progress.services_done)
        if progress.pages_total is not None:
            pages += f" of {progress.pages_total}"
        if progress.services_total is not None:
            services += f" of {progress.services_total}"
        line = f"Pulling: {pages} pages, {services} services"
        self.width = max(self.width, len(line))
        sys.stderr.write("\r" + line.ljust(self.width))
        sys.stderr.flush()

    def done(self) -> None:
        if self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0


def cmd_check(args: argparse.Namespace) -> int:
    from kiosk.store.database import DatabaseError
    from kiosk.store.summary import summarise

    try:
        summary = summarise(database_from_args(args), quality=args.quality)
    except DatabaseError as exc:
        fail(str(exc))
        return EXIT_FAILED
    except sqlite3.Error as exc:
        fail(f"the database cannot be read: {exc}")
        return EXIT_FAILED
    healthy = summary["integrity"] == "ok" and summary["services"] > 0
    quality = summary.pop("quality_report", None)
    if args.json:
        if quality is not None:
            summary["quality"] = quality.to_json()
        print_json(summary)
        return EXIT_OK if healthy else EXIT_FAILED
    dataset = summary["dataset"] or {}
    print(f"Database: {summary['database']} (integrity: {summary['integrity']})")
    print(
        f"Services: {summary['services']}  Organisations: {summary['organisations']}  "
        f"Places: {summary['locations']}  Categories: {summary['categories']}"
    )
    print(f"Districts ({len(summary['districts'])}): {', '.join(summary['districts'])}")
    if dataset:
        kind = "SAMPLE data" if dataset["sample"] else "real data"
        print(
            f"Data: {dataset['source_name']} from {dataset['publisher'] or 'unknown publisher'}, "
            f"published {dataset['published'] or 'unknown'}, {kind}, imported "
            f"{dataset['imported_at']}"
        )
        if dataset["age_days"] is not None:
            print(f"Age of the data: {dataset['age_days']} days, by its own dates")
        else:
            print("Age of the data: unknown (it gives no date of its own)")
        if dataset.get("licence"):
            print(f"Licence: {dataset['licence']}")
    files = summary["files"]
    if files["writer"]:
        print(f"An import or rollback is running now: {files['writer']}")
    if not files["folder_writable"]:
        print("The data folder cannot be written: imports and rollbacks will fail.")
    print(f"Earlier data for rollback: {'yes' if files['previous'] else 'none'}")
    for name in files["set_aside"]:
        print(f"Damaged file set aside: {name}")
    if quality is not None:
        print_quality(quality)
    for warning in _contact_warnings():
        print(f"Warning: {warning}")
    for report in _language_reports():
        for problem in report.problems:
            print(f"Warning: {report.name}: {problem}")
        for waiting in report.unchecked:
            print(f"Translation: {report.name}: {waiting} by a fluent speaker")
    return EXIT_OK if healthy else EXIT_FAILED


def _language_reports() -> list[Any]:
    """How complete each language is (kiosk.content.translations); none if it cannot say."""
    from kiosk.content.translations import language_reports
    from kiosk.languages import LanguageError
    from kiosk.paths import resources_dir

    try:
        return language_reports(resources_dir())
    except LanguageError as exc:
        print(f"Warning: {exc}")
        return []


def _contact_warnings() -> list[str]:
    """What is wrong or still made up in resources/contacts.toml."""
    from kiosk.content.contacts import ContactsError, load_contacts

    try:
        contacts = load_contacts()
    except ContactsError as exc:
        return [str(exc)]
    return [
        f"contacts.toml: {c.id}: placeholder {', '.join(c.placeholders())}; put in the real details"
        for c in contacts
        if c.placeholders()
    ]


def cmd_export(args: argparse.Namespace) -> int:
    from kiosk.store.database import DatabaseError
    from kiosk.store.export import export_csv_package, export_oruk_json

    try:
        db_path = database_from_args(args)
        if args.format == "csv":
            count = export_csv_package(db_path, args.out)
        else:
            count = export_oruk_json(db_path, args.out)
    except DatabaseError as exc:
        fail(str(exc))
        return EXIT_FAILED
    except sqlite3.Error as exc:
        fail(f"the database cannot be read: {exc}")
        return EXIT_FAILED
    except OSError as exc:
        fail(f"cannot write {args.out}: {exc.strerror or exc}")
        return EXIT_FAILED
    if args.json:
        print_json({"services": count, "out": str(args.out), "format": args.format})
    else:
        print(f"Exported {count} services to {args.out}")
    return EXIT_OK


def cmd_rollback(args: argparse.Namespace) -> int:
    from kiosk.staff.dropfolder import COMMAND_LINE, record_rollback
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, rollback

    db_path = database_from_args(args)
    try:
        rollback(db_path)
    except ImportRefused as exc:
        record_rollback(db_path, COMMAND_LINE, exc)
        fail(f"rollback refused: {exc}")
        return EXIT_REFUSED
    except ImportFailed as exc:
        record_rollback(db_path, COMMAND_LINE, exc)
        fail(f"rollback failed, nothing changed: {exc}")
        return EXIT_FAILED
    record_rollback(db_path, COMMAND_LINE)
    if args.json:
        print_json({"database": str(db_path), "rolled_back": True})
    else:
        print("Went back to the data from before the last import.")
    return EXIT_OK
