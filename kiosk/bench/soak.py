"""`kiosk bench --soak N`: `kiosk selftest --monkey N` in a fresh process, with its figures.

The soak itself is the self-test's monkey (kiosk.ui.monkey), so an installed kiosk can be
soaked too; this runs it with private folders and adds the machine and the command line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.bench.search import machine
from kiosk.bench.startup import child_env, source_root


def run_soak(taps: int, seed: int) -> dict[str, Any]:
    """Tap `taps` times in a fresh kiosk process; its JSON report, plus machine and command."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-soak-") as name:
        folder = Path(name)
        argv = [sys.executable, "-m", "kiosk", "selftest", "--json"]
        argv += ["--monkey", str(taps), "--seed", str(seed), "--db", str(folder / "soak.sqlite3")]
        done = subprocess.run(
            argv, cwd=source_root(), env=child_env(folder), capture_output=True, text=True
        )
    try:
        figures: dict[str, Any] = json.loads(done.stdout)
    except ValueError:
        figures = {"passed": False, "exceptions": None, "stderr": done.stderr[-4000:]}
    figures["exit_code"] = done.returncode
    figures["machine"] = machine()
    figures["command"] = f"kiosk selftest --monkey {taps} --seed {seed} --json"
    return figures
