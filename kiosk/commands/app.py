"""The kiosk itself (`kiosk`, `kiosk --windowed`) and `kiosk selftest`."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.commands import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    database_from_args,
    fail,
    whole_number,
)
from kiosk.paths import packaged_data_file

log = logging.getLogger(__name__)

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
    selftest.add_argument(
        "--look",
        metavar="LOOK",
        help="tour every screen in one look: a colour scheme, a text size, a font, joined by "
        "commas (e.g. contrast-dark,200,dyslexic)",
    )
    selftest.add_argument(
        "--language",
        metavar="CODE",
        help="start in this language (a code in resources/translations/languages.toml, e.g. ur)",
    )
    selftest.set_defaults(handler=cmd_selftest)


def prepare_database(db_path: Path) -> Path | None:
    """Bring the database up to date from the packaged data file (start-up repair).

    The one place that knows how kiosk.store.startup.ensure_current reports: returns the
    database path when there is data to show, None when there is not (the kiosk then starts
    out of order and waits for staff; `kiosk selftest` fails). Anything unusual (a repair,
    data shown read-only, out of order) goes to the log, or to standard error.
    """
    from kiosk.store.startup import ensure_current

    packaged = packaged_data_file()
    outcome = ensure_current(db_path, packaged if packaged.exists() else None)
    message = f"start-up: {outcome.action}: {outcome.detail}"
    if outcome.usable and not outcome.read_only and not outcome.set_aside:
        log.info("%s", message)
    else:
        _problem(message)
    for done in outcome.recovered:
        log.warning("start-up: %s", done)
    return db_path if outcome.usable else None


def _problem(message: str) -> None:
    """One line for staff: into the log of a running kiosk, else on standard error."""
    if logging.getLogger().handlers:
        log.error("%s", message)
    else:
        fail(message)


def run_kiosk(args: argparse.Namespace) -> int:
    """Start the kiosk: full screen and locked, or in a window with --windowed.

    Only one kiosk runs per user: a second start brings the first to the front and exits 0.
    Whatever the data, the kiosk starts (out of order if it cannot read any), so that a
    damaged database never becomes a restart loop.
    """
    from kiosk.config import read_settings

    gc.disable()  # until the first screen is up: see kiosk.ui.app.start_up_done
    settings, problems = read_settings()  # a mistake is logged, and that setting's default used
    db_path = database_from_args(args)
    from kiosk.ui.single_instance import SingleInstance, ask_running_kiosk_forward

    instance = SingleInstance()
    if not instance.acquire():
        if ask_running_kiosk_forward(instance.folder):
            print("kiosk: already running; brought it to the front", file=sys.stderr)
        else:
            print("kiosk: already running (it did not answer)", file=sys.stderr)
        return EXIT_OK
    from kiosk.ui import logs

    logs.start_logging()
    log.info("starting: %s", " ".join(sys.argv))
    for problem in problems:
        log.warning("%s", problem)
    try:
        usable = prepare_database(db_path) is not None
    except Exception:  # a start-up repair that fails must not become a restart loop
        log.exception("start-up repair failed")
        usable = False
    for line in logs.version_lines(db_path):
        log.info("%s", line)
    from kiosk.ui.app import run_app

    return run_app(
        settings,
        db_path,
        windowed=bool(getattr(args, "windowed", False)),
        usable=usable,
        instance=instance,
    )


def cmd_selftest(args: argparse.Namespace) -> int:
    monkey = whole_number(args.monkey or "0", 0, MAX_MONKEY_TAPS)
    seed = whole_number(args.seed, 0, 2**31)
    if monkey is None or seed is None:
        fail(f"--monkey must be a whole number up to {MAX_MONKEY_TAPS}, --seed from 0")
        return EXIT_REFUSED
    from kiosk.ui.selftest import parse_look

    try:
        look = parse_look(args.look or "")
    except ValueError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    language = args.language or None
    if language is not None:
        from kiosk.languages import load_languages
        from kiosk.paths import resources_dir

        codes = [entry.code for entry in load_languages(resources_dir())]
        if language not in codes:
            fail(f"--language: {language!r} is not one of {', '.join(codes)}")
            return EXIT_REFUSED
    path = database_from_args(args)
    gc.disable()  # until the first screen is up: see kiosk.ui.app.start_up_done
    started = time.perf_counter()
    db_path = prepare_database(path)
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
        look=look,
        language=language,
    )
