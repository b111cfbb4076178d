"""`kiosk bench`: how fast import, search and start-up are, and the soak, measured on this machine.

`kiosk bench` times import and search (kiosk.bench.search); `--startup` times the kiosk's
start-up against a bare PySide6 window (kiosk.bench.startup); `--soak N` runs
`kiosk selftest --monkey N` in a fresh process and reports its figures (kiosk.bench.soak);
`--import-memory` measures an import's peak memory (kiosk.bench.memory); `--inference`
how well groups are guessed (kiosk.bench.inference).
"""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, fail, print_json, whole_number


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    bench = subparsers.add_parser(
        "bench",
        parents=[common],
        help="time import and search on synthetic data, start-up (--startup), soak (--soak N)",
    )
    bench.add_argument("--services", default="10000", help="services to generate (default 10000)")
    bench.add_argument(
        "--seed", default="2024", help="random seed for the synthetic data or the soak's taps"
    )
    which = bench.add_mutually_exclusive_group()
    which.add_argument(
        "--startup",
        action="store_true",
        help="time `kiosk selftest --startup-only` against a bare PySide6 window, alternately",
    )
    which.add_argument(
        "--soak", metavar="N", help="tap N random controls (kiosk selftest --monkey N)"
    )
    which.add_argument(
        "--import-memory",
        action="store_true",
        help="peak memory of importing a 10 MB and a 100,000-service file",
    )
    which.add_argument(
        "--inference",
        action="store_true",
        help="how well services are placed in groups from their own words",
    )
    bench.add_argument("--runs", default="10", help="pairs of processes for --startup")
    bench.set_defaults(handler=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    try:
        from kiosk.bench.search import run_bench
    except ImportError:  # the installed app leaves the measuring tools out
        fail("kiosk bench needs the source checkout; the installed app does not include it")
        return EXIT_REFUSED

    if args.startup:
        return _startup(args)
    if args.soak is not None:
        return _soak(args)
    if args.import_memory:
        return _memory(args)
    if args.inference:
        return _inference(args)
    services = whole_number(args.services, 10, 1_000_000)
    seed = whole_number(args.seed, 0, 2**31)
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


def _startup(args: argparse.Namespace) -> int:
    from kiosk.bench.startup import run_startup_bench

    runs = whole_number(args.runs, 1, 1000)
    if runs is None:
        fail("--runs must be a whole number from 1 to 1000")
        return EXIT_REFUSED
    figures = run_startup_bench(runs)
    if args.json:
        print_json(figures)
        return EXIT_OK
    print(f"{runs} runs of each, alternately; ms as median (lowest-highest)")
    for key in ("bare_window_ms", "kiosk_startup_ms", "database_check_ms", "window_up_ms"):
        value = figures[key]
        print(f"  {key:22} {value['median']} ({value['min']}-{value['max']})")
    pairs = figures["ratio_per_pair"]
    print(
        f"  {'ratio of medians':22} {figures['ratio']} (each pair: {pairs['min']}-{pairs['max']};"
        f" budget {figures['budget_ratio']})"
    )
    if "cpu_ratio" in figures:
        print(f"  {'ratio of CPU times':22} {figures['cpu_ratio']}")
    print(f"  {'first start':22} {figures['first_start_ms']} ms (database and theme cache built)")
    return EXIT_OK


def _soak(args: argparse.Namespace) -> int:
    from kiosk.bench.soak import run_soak

    taps = whole_number(args.soak, 1, 10_000_000)
    seed = whole_number(args.seed, 0, 2**31)
    if taps is None or seed is None:
        fail("--soak must be a whole number of taps from 1, --seed from 0")
        return EXIT_REFUSED
    figures = run_soak(taps, seed)
    if args.json:
        print_json(figures)
    else:
        for key, value in figures.items():
            if key not in ("machine", "errors", "tapped"):
                print(f"  {key:18} {value}")
    return EXIT_OK if figures.get("exceptions") == 0 and figures.get("passed") else EXIT_FAILED


def _memory(args: argparse.Namespace) -> int:
    from kiosk.bench.memory import run_memory_bench

    figures = run_memory_bench()
    if args.json:
        print_json(figures)
        return EXIT_OK
    for run in figures["imports"]:
        print(
            f"{run['services']} services ({run['file_mb']} MB): peak {run['peak_mb']} MB "
            f"(budget {run['budget_mb']} MB), {run['seconds']} s"
        )
    return EXIT_OK


def _inference(args: argparse.Namespace) -> int:
    from kiosk.bench.inference import measure_inference
    from kiosk.paths import packaged_data_file

    figures = measure_inference(packaged_data_file())
    if args.json:
        print_json(figures)
        return EXIT_OK
    print(f"{figures['services']} services in {figures['source']}, groups hidden and guessed:")
    for part in ("categories", "needs"):
        print(f"  {part}: precision {figures[part]['precision']}, recall {figures[part]['recall']}")
    for row in figures["groups"]:
        print(
            f"  {row['name'][:50]:50} {row['services']:4} precision {row['precision']}"
            f"  recall {row['recall']}"
        )
    return EXIT_OK
