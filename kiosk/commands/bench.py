"""`kiosk bench`: how fast import, search and start-up are, measured on this machine."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands import fail, print_json
from kiosk.commands.search import EXIT_OK, EXIT_REFUSED, _whole_number


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    bench = subparsers.add_parser(
        "bench", parents=[common], help="time import and search on synthetic data"
    )
    bench.add_argument("--services", default="10000", help="services to generate (default 10000)")
    bench.add_argument("--seed", default="2024", help="random seed for the synthetic data")
    bench.set_defaults(handler=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    try:
        from kiosk.bench.search import run_bench
    except ImportError:  # the installed app leaves the measuring tools out
        fail("kiosk bench needs the source checkout; the installed app does not include it")
        return EXIT_REFUSED

    services = _whole_number(args.services, 10, 1_000_000)
    seed = _whole_number(args.seed, 0, 2**31)
    if services is None or seed is None:
        fail("--services must be a whole number from 10 to 1000000, --seed from 0")
        return EXIT_REFUSED
    figures = run_bench(services, seed)
    if args.json:
        print_json(figures)
        return EXIT_OK
    info = figures["machine"]
    print(f"{services} synthetic services, {figures['queries']} queries")
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, "
        f"SQLite {info['sqlite']}"
    )
    for key, value in figures.items():
        if key not in ("machine", "argv", "command", "services", "queries"):
            print(f"  {key:20} {value}")
    return EXIT_OK
