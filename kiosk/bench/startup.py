"""`kiosk bench --startup`: the kiosk's start-up against a bare PySide6 window, as whole processes.

Both are run as fresh processes, alternately (bare first, then the kiosk first, and so on) so
that whatever else the machine is doing weighs on both alike; the ratio of their medians is
the figure the budget is set on (issue 8: at most 2.5). Each pair's own ratio is reported
too, as its range shows how noisy the machine was.

The children run off screen with private data, settings, cache and log folders (the machine's
real kiosk is never touched), and with compiled bytecode kept (in the kiosk's cache folder,
under bench-bytecode), as an installed kiosk has it: a checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every kiosk module at every start (about
0.07 s here), which the bare window never pays.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import kiosk
from kiosk import paths
from kiosk.bench.search import machine

BUDGET_RATIO = 2.5
BARE_WINDOW = """\
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1920, 1080)
window.show()
app.processEvents()
window.close()
"""


def source_root() -> Path:
    """The folder holding the kiosk package, so `python -m kiosk` runs this very code."""
    return Path(kiosk.__file__).resolve().parent.parent


def child_env(folder: Path) -> dict[str, str]:
    """Environment for measured children: off screen, folders in `folder`, kept bytecode."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(paths.cache_dir() / "bench-bytecode"),
        SEND_KIOSK_DATA_DIR=str(folder / "data"),
        SEND_KIOSK_CONFIG_DIR=str(folder / "config"),
        SEND_KIOSK_CACHE_DIR=str(folder / "cache"),
        SEND_KIOSK_LOG_DIR=str(folder / "logs"),
    )
    return env


def run_child(argv: list[str], env: dict[str, str]) -> tuple[float, float | None, str]:
    """Run argv to the end: (wall seconds, CPU seconds or None, standard output)."""
    before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        argv, cwd=source_root(), env=env, capture_output=True, text=True, timeout=600
    )
    wall = time.perf_counter() - started
    after = _children_cpu()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[1:])} failed ({done.returncode}): {done.stderr}")
    cpu = after - before if before is not None and after is not None else None
    return wall, cpu, done.stdout


def _children_cpu() -> float | None:
    """User plus system CPU time of every child waited for so far (None on Windows)."""
    try:
        import resource
    except ImportError:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def spread(values: list[float], scale: float = 1000.0, digits: int = 0) -> dict[str, float]:
    """Median, lowest and highest, scaled (seconds to ms by default)."""

    def fmt(value: float) -> float:
        return round(value * scale, digits) if digits else round(value * scale)

    return {
        "median": fmt(statistics.median(values)),
        "min": fmt(min(values)),
        "max": fmt(max(values)),
    }


def run_startup_bench(runs: int = 10, warmups: int = 2) -> dict[str, Any]:
    """Time `runs` pairs of processes; the figures docs/performance.md reports."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-startup-") as name:
        folder = Path(name)
        env = child_env(folder)
        db = str(folder / "bench.sqlite3")
        bare = [sys.executable, "-c", BARE_WINDOW]
        app = [sys.executable, "-m", "kiosk", "selftest", "--startup-only", "--json", "--db", db]
        # The first start builds the database from the packaged data and the theme cache.
        first_s, _, _ = run_child(app, env)
        for _ in range(warmups):
            run_child(bare, env)
            run_child(app, env)
        walls: dict[str, list[float]] = {"bare": [], "kiosk": []}
        cpus: dict[str, list[float]] = {"bare": [], "kiosk": []}
        inside: dict[str, list[float]] = {"database_check_ms": [], "startup_ms": []}
        for number in range(runs):
            order = ("bare", "kiosk") if number % 2 == 0 else ("kiosk", "bare")
            for which in order:
                wall, cpu, out = run_child(bare if which == "bare" else app, env)
                walls[which].append(wall)
                if cpu is not None:
                    cpus[which].append(cpu)
                if which == "kiosk":
                    report = json.loads(out)
                    for key in inside:
                        inside[key].append(float(report.get(key, 0)) / 1000)
    pairs = [k / b for k, b in zip(walls["kiosk"], walls["bare"], strict=True)]
    ratio = statistics.median(walls["kiosk"]) / statistics.median(walls["bare"])
    figures: dict[str, Any] = {
        "runs": runs,
        "bare_window_ms": spread(walls["bare"]),
        "kiosk_startup_ms": spread(walls["kiosk"]),
        "ratio": round(ratio, 2),
        "ratio_per_pair": spread(pairs, scale=1, digits=2),
        "budget_ratio": BUDGET_RATIO,
        "within_budget": ratio <= BUDGET_RATIO,
        "first_start_ms": round(first_s * 1000),
        # Measured inside the kiosk process (kiosk.commands.app, kiosk.ui.selftest):
        "database_check_ms": spread(inside["database_check_ms"]),
        "window_up_ms": spread(inside["startup_ms"]),
    }
    if cpus["bare"] and cpus["kiosk"]:
        figures["bare_window_cpu_ms"] = spread(cpus["bare"])
        figures["kiosk_startup_cpu_ms"] = spread(cpus["kiosk"])
        figures["cpu_ratio"] = round(
            statistics.median(cpus["kiosk"]) / statistics.median(cpus["bare"]), 2
        )
    figures["database_check_share"] = round(
        statistics.median(inside["database_check_ms"]) / statistics.median(walls["kiosk"]), 3
    )
    figures["machine"] = machine()
    figures["command"] = f"kiosk bench --startup --runs {runs}"
    return figures
