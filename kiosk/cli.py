"""The ``kiosk`` command line: parses arguments, then hands over to a command module."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.commands import EXIT_FAILED, EXIT_OK

# Each module has register(subparsers, common) adding its parsers with set_defaults(handler=...).
COMMAND_MODULES = (
    "kiosk.commands.app",
    "kiosk.commands.data",
    "kiosk.commands.search",
    "kiosk.commands.bench",
    "kiosk.commands.staff",
)


def common_options() -> argparse.ArgumentParser:
    """--db and --json, accepted by every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", help="database file (default: the per-machine data folder)"
    )
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="SEND information kiosk. With no command, starts the kiosk.",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the versions of the kiosk, its data (from --db) and Qt, then exit",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="run in a normal window (for development)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def print_versions(args: argparse.Namespace) -> int:
    """`kiosk --version`: the app's version first, then the data's and Qt's."""
    from kiosk.commands import database_from_args

    print(f"kiosk {__version__}", flush=True)
    from kiosk.ui.logs import version_lines

    for line in version_lines(database_from_args(args))[1:]:
        print(line)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["_speech-probe"]:  # hidden: kiosk.ui.speech opens an engine apart
        from kiosk.ui.speech import run_probe

        return run_probe(words[1] if len(words) > 1 else "")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if args.version:
        handler = print_versions
    if handler is None:
        from kiosk.commands.app import run_kiosk

        handler = run_kiosk
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader (for example `| head`) went away: stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
