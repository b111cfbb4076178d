"""Staff and IT commands: settings, set-pin, stats, feedback, watch-folder, status, fleet."""

from __future__ import annotations

import argparse
import datetime
import getpass
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, database_from_args, fail, print_json


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument(
        "--config", type=Path, metavar="PATH", help="settings file (default: kiosk.toml)"
    )
    dates = argparse.ArgumentParser(add_help=False)
    dates.add_argument("--csv", action="store_true", help="print CSV, one row per record")
    dates.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    dates.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")

    shown = subparsers.add_parser(
        "settings", parents=[common, config], help="show the settings and any mistakes in them"
    )
    shown.set_defaults(handler=cmd_settings)

    pin = subparsers.add_parser(
        "set-pin", parents=[common, config], help="set the staff PIN (asked twice, or stdin)"
    )
    pin.set_defaults(handler=cmd_set_pin)

    stats = subparsers.add_parser(
        "stats", parents=[common, dates], help="usage statistics: a summary, or --csv"
    )
    stats.set_defaults(handler=cmd_stats)

    feedback = subparsers.add_parser(
        "feedback", parents=[common, dates], help="visitors' feedback: a summary, or --csv"
    )
    feedback.set_defaults(handler=cmd_feedback)

    watch = subparsers.add_parser(
        "watch-folder",
        parents=[common],
        help="import new data files from the drop folder, every drop_poll_minutes",
    )
    watch.add_argument("--once", action="store_true", help="look once, then stop")
    watch.set_defaults(handler=cmd_watch_folder)

    status = subparsers.add_parser(
        "status", parents=[common], help="this kiosk's status, as its status file says it"
    )
    status.add_argument(
        "--write", type=Path, metavar="FOLDER", help="write <kiosk_name>.status.json there"
    )
    status.set_defaults(handler=cmd_status)

    fleet = subparsers.add_parser(
        "fleet", parents=[common], help="every kiosk's health, from their status files"
    )
    fleet.add_argument("folder", type=Path, metavar="FOLDER", help="the shared folder")
    fleet.set_defaults(handler=cmd_fleet)


def cmd_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk.config import read_settings, settings_path

    path = args.config or settings_path()
    settings, problems = read_settings(path)
    values = asdict(settings)
    if values["pin_hash"]:
        values["pin_hash"] = "(set)"
    if args.json:
        print_json({"file": str(path), "settings": values, "problems": problems})
        return EXIT_OK
    print(f"Settings file: {path}{'' if path.exists() else ' (none: every default)'}")
    for key, value in values.items():
        print(f"  {key} = {value!r}")
    for problem in problems:
        print(f"Warning: {problem}")
    return EXIT_OK


def cmd_set_pin(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, settings_path, write_setting
    from kiosk.staff.pin import PIN_DIGITS, hash_pin, valid_pin

    path = args.config or settings_path()
    if sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN: ")
        again = getpass.getpass("The same PIN again: ")
        if pin != again:
            fail("set-pin refused: the two PINs differ; nothing changed")
            return EXIT_REFUSED
    else:
        pin = sys.stdin.readline().strip()
    if not valid_pin(pin):
        low, high = PIN_DIGITS
        fail(f"set-pin refused: a PIN is {low} to {high} digits; nothing changed")
        return EXIT_REFUSED
    try:
        write_setting(path, "pin_hash", hash_pin(pin))
    except ConfigError as exc:
        fail(f"set-pin failed: {exc}")
        return EXIT_FAILED
    if args.json:
        print_json({"file": str(path), "pin_set": True})
    else:
        print(f"Staff PIN set in {path}. Restart the kiosk to use it.")
    return EXIT_OK


def _dates(args: argparse.Namespace) -> tuple[datetime.date | None, datetime.date | None]:
    """--from and --to as dates; raises ValueError with a message to show."""
    found = []
    for option, text in (("--from", args.start), ("--to", args.end)):
        try:
            found.append(datetime.date.fromisoformat(text) if text else None)
        except ValueError:
            raise ValueError(f"{option} must be a date such as 2026-01-31, not {text!r}") from None
    start, end = found
    if start and end and start > end:
        raise ValueError("--from must not be after --to")
    return start, end


def cmd_stats(args: argparse.Namespace) -> int:
    from kiosk.staff.statistics import read_counts, read_unfound, summarise_usage
    from kiosk.staff.statistics import write_counts_csv as write_csv
    from kiosk.staff.usagedb import UsageFileError

    try:
        start, end = _dates(args)
    except ValueError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    try:
        counts = read_counts(start=start, end=end)
        unfound = read_unfound(start=start, end=end)
    except UsageFileError as exc:
        fail(str(exc))
        return EXIT_FAILED
    if args.csv:
        write_csv(counts, sys.stdout)
        return EXIT_OK
    summary = summarise_usage(counts, unfound)
    if args.json:
        print_json(summary.to_json())
    else:
        print("\n".join(summary.text()))
    return EXIT_OK


def cmd_feedback(args: argparse.Namespace) -> int:
    from kiosk.staff.feedback import read_feedback, write_feedback_csv
    from kiosk.staff.usagedb import UsageFileError

    try:
        start, end = _dates(args)
    except ValueError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    try:
        entries = read_feedback(start=start, end=end)
    except UsageFileError as exc:
        fail(str(exc))
        return EXIT_FAILED
    if args.csv:
        write_feedback_csv(entries, sys.stdout)
    elif args.json:
        print_json([entry.to_json() for entry in entries])
    elif not entries:
        print("No feedback given yet.")
    else:
        for entry in entries:
            said = " ".join(filter(None, [entry.rating, ",".join(entry.reasons), entry.comment]))
            print(f"{entry.day} {entry.kind} on {entry.subject_kind} {entry.subject}: {said}")
    return EXIT_OK


def cmd_watch_folder(args: argparse.Namespace) -> int:
    from kiosk.config import load_settings
    from kiosk.staff.dropfolder import FAILED, IMPORTED, REFUSED, check_drop_folder

    exit_codes = {IMPORTED: EXIT_OK, REFUSED: EXIT_REFUSED, FAILED: EXIT_FAILED}

    settings = load_settings()
    if settings.drop_folder_path() is None:
        fail("watch-folder refused: no drop_folder in the settings (docs/configuration.md)")
        return EXIT_REFUSED
    db_path = database_from_args(args)
    while True:
        outcome = check_drop_folder(settings, db_path)
        if args.json:
            print_json(outcome.to_json() if outcome else {"outcome": "nothing new"})
        else:
            print(outcome.text if outcome else f"{settings.drop_folder}: nothing new", flush=True)
        if args.once:
            return exit_codes[outcome.outcome] if outcome else EXIT_OK
        time.sleep(settings.drop_poll_minutes * 60)


def cmd_status(args: argparse.Namespace) -> int:
    from kiosk.config import load_settings
    from kiosk.staff.fleet import gather_status, write_status

    settings = load_settings()
    db_path = database_from_args(args)
    if args.write is None:
        print_json(gather_status(settings, db_path))
        return EXIT_OK
    try:
        path = write_status(args.write, settings, db_path)
    except OSError as exc:
        fail(f"cannot write the status file in {args.write}: {exc.strerror or exc}")
        return EXIT_FAILED
    if args.json:
        print_json({"written": str(path)})
    else:
        print(f"Wrote {path}")
    return EXIT_OK


def cmd_fleet(args: argparse.Namespace) -> int:
    from kiosk.config import load_settings
    from kiosk.staff.fleet import read_fleet

    settings = load_settings()
    try:
        kiosks = read_fleet(args.folder, interval_minutes=settings.status_interval_minutes)
    except OSError as exc:
        fail(f"cannot read {args.folder}: {exc.strerror or exc}")
        return EXIT_FAILED
    if args.json:
        print_json([kiosk.to_json() for kiosk in kiosks])
    elif not kiosks:
        print(f"No status files in {args.folder}.")
    else:
        for kiosk in kiosks:
            print(kiosk.line())
    return EXIT_OK
