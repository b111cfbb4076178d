"""The kiosk itself (`kiosk`, `kiosk --windowed`) and `kiosk selftest`."""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path
from typing import Any

from kiosk.commands import ConfigError, database_from_args, fail
from kiosk.paths import packaged_data_file

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
MAX_MONKEY_TAPS = 10_000_000


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    selftest = subparsers.add_parser(
        "selftest",
        parents=[common],
        help="start the kiosk off screen, visit every screen, fail on any error",
    )
    selftest.add_argument(
        "--screenshots", metavar="DIR", type=Path, help="save a 1920x1080 PNG of each screen"
    )
    selftest.add_argument(
        "--startup-only", action="store_true", help="only start, paint the first screen, exit"
    )
    selftest.add_argument(
        "--on-screen", action="store_true", help="use the real display instead of off screen"
    )
    selftest.add_argument(
        "--monkey",
        metavar="N",
        help="instead of the tour, tap N random controls (the soak test); reports memory",
    )
    selftest.add_argument(
        "--seed", default="1", help="random seed for --monkey (the same seed, the same taps)"
    )
    selftest.set_defaults(handler=cmd_selftest)


def prepare_database(args: argparse.Namespace) -> Path | None:
    """The database path, brought up to date from the packaged data file; None on failure."""
    from kiosk.store.importers import ImportRefused
    from kiosk.store.refresh import ImportFailed, ensure_current

    try:
        db_path = database_from_args(args)
    except ConfigError as exc:
        fail(str(exc))
        return None
    packaged = packaged_data_file()
    if not packaged.exists() and not db_path.exists():
        fail(f"no database at {db_path} and no packaged data file at {packaged}")
        return None
    if packaged.exists():
        try:
            ensure_current(db_path, packaged)
        except (ImportRefused, ImportFailed, OSError) as exc:
            fail(f"could not bring the database up to date: {exc}")
            if not db_path.exists():
                return None
    return db_path


def run_kiosk(args: argparse.Namespace) -> int:
    """Start the kiosk: full screen and locked, or in a window with --windowed."""
    from kiosk.config import load_settings

    gc.disable()  # until the first screen is up: see kiosk.ui.app.start_up_done
    try:
        settings = load_settings()
    except ConfigError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    db_path = prepare_database(args)
    if db_path is None:
        return EXIT_FAILED
    from PySide6.QtCore import QTimer

    from kiosk.ui.app import build_app, start_up_done

    app, window = build_app(settings, db_path, windowed=bool(getattr(args, "windowed", False)))
    window.start()
    QTimer.singleShot(0, start_up_done)  # after the first frame and the search warm-up
    return int(app.exec())


def cmd_selftest(args: argparse.Namespace) -> int:
    monkey = _whole_number(args.monkey or "0", 0, MAX_MONKEY_TAPS)
    seed = _whole_number(args.seed, 0, 2**31)
    if monkey is None or seed is None:
        fail(f"--monkey must be a whole number up to {MAX_MONKEY_TAPS}, --seed from 0")
        return EXIT_REFUSED
    gc.disable()  # until the first screen is up: see kiosk.ui.app.start_up_done
    started = time.perf_counter()
    db_path = prepare_database(args)
    database_ms = (time.perf_counter() - started) * 1000
    if db_path is None:
        return EXIT_FAILED
    from kiosk.ui.selftest import run_selftest

    return run_selftest(
        db_path,
        args.screenshots,
        args.startup_only,
        args.on_screen,
        monkey=monkey,
        seed=seed,
        as_json=bool(args.json),
        database_ms=database_ms,
    )


def _whole_number(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and low <= int(text) <= high else None
