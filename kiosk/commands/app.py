"""The kiosk itself (`kiosk`, `kiosk --windowed`) and `kiosk selftest`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.commands import ConfigError, database_from_args, fail
from kiosk.paths import packaged_data_file

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


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
    selftest.set_defaults(handler=cmd_selftest)


def prepare_database(args: argparse.Namespace) -> Path | None:
    """The database path, brought up to date from the packaged data file; None if unusable."""
    from kiosk.store.startup import ensure_current

    try:
        db_path = database_from_args(args)
    except ConfigError as exc:
        fail(str(exc))
        return None
    packaged = packaged_data_file()
    outcome = ensure_current(db_path, packaged if packaged.exists() else None)
    if outcome.action not in ("current", "created") or outcome.read_only:
        fail(f"start-up: {outcome.action}: {outcome.detail}")
    return db_path if outcome.usable else None


def run_kiosk(args: argparse.Namespace) -> int:
    """Start the kiosk: full screen and locked, or in a window with --windowed."""
    from kiosk.config import load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    db_path = prepare_database(args)
    if db_path is None:
        return EXIT_FAILED
    from kiosk.ui.app import build_app

    app, window = build_app(settings, db_path, windowed=bool(getattr(args, "windowed", False)))
    window.start()
    return int(app.exec())


def cmd_selftest(args: argparse.Namespace) -> int:
    db_path = prepare_database(args)
    if db_path is None:
        return EXIT_FAILED
    from kiosk.ui.selftest import run_selftest

    return run_selftest(db_path, args.screenshots, args.startup_only, args.on_screen)
