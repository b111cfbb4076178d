"""`kiosk bench --import-memory`: the most memory an import takes, for files of two sizes.

Each import runs in a fresh process; its peak is read from the kernel (VmHWM in
/proc/self/status, which starts afresh at exec) before and after, so what is measured is
the import itself, not the interpreter or the making of the file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from kiosk.bench.search import machine
from kiosk.bench.synthetic import write_synthetic

IMPORT_AND_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from kiosk.store.refresh import import_file

    def peak_mb():
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux

    before = peak_mb()
    started = time.perf_counter()
    report = import_file(Path(sys.argv[1]), Path(sys.argv[2]))
    print(json.dumps({"services": report.services, "seconds": time.perf_counter() - started,
                      "peak_mb_before": before, "peak_mb": peak_mb()}))
    """
)
# (services, budget in MB for the whole import process): issue 8's two budgets
SIZES = ((7_500, 150), (100_000, 300))


def measure_import(services: int, seed: int = 2024) -> dict[str, Any]:
    """Peak memory and time of one import of SERVICES synthetic services."""
    with tempfile.TemporaryDirectory(prefix="kiosk-memory-") as folder:
        source = write_synthetic(Path(folder) / "local_offer.json", services, seed)
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_AND_MEASURE, str(source), str(Path(folder) / "k.db")],
            capture_output=True,
            text=True,
            check=True,
        )
        figures: dict[str, Any] = json.loads(done.stdout)
        figures["file_mb"] = round(source.stat().st_size / 2**20, 1)
    figures["peak_mb"] = round(figures["peak_mb"], 1)
    figures["peak_mb_before"] = round(figures["peak_mb_before"], 1)
    figures["seconds"] = round(figures["seconds"], 1)
    return figures


def run_memory_bench(sizes: tuple[tuple[int, int], ...] = SIZES) -> dict[str, Any]:
    return {
        "machine": machine(),
        "imports": [
            {**measure_import(services), "budget_mb": budget} for services, budget in sizes
        ],
    }
