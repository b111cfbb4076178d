"""Every module of the kiosk imports on its own: no import circles, no module that works only
because another happened to be imported first, and no Qt in the layers that run without it.

Each module is imported by a child forked from an interpreter that has loaded the
third-party libraries but nothing of the kiosk, so every child starts with no kiosk module
loaded (as a fresh interpreter would) without paying for Python and Qt start-up each time.
The Qt-free layers are imported from an interpreter that has not loaded Qt at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QT_FREE = (
    "kiosk.store",
    "kiosk.content",
    "kiosk.formatting",
    "kiosk.takeaway",
    "kiosk.config",
    "kiosk.staff",
)
THIRD_PARTY = ["sqlite_utils", "platformdirs", "rapidfuzz", "segno"]
QT = ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "qt_material"]

EACH_IN_A_CHILD = """
import importlib, os, sys, traceback
preload, modules, qt_free = sys.argv[1].split(","), sys.argv[2].split(","), sys.argv[3] == "1"
for name in filter(None, preload):
    importlib.import_module(name)
assert not [m for m in sys.modules if m == "kiosk" or m.startswith("kiosk.")]
failed = 0
for name in modules:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(name)
            qt = [m for m in sys.modules if m.startswith("PySide6")]
            if qt_free and qt:
                print(f"{name}: imports Qt ({qt[0]})", flush=True)
                os._exit(1)
        except BaseException:
            print(f"{name}: {traceback.format_exc().strip().splitlines()[-1]}", flush=True)
            os._exit(1)
        os._exit(0)
    failed += os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0
sys.exit(1 if failed else 0)
"""


def kiosk_modules() -> list[str]:
    names = []
    for path in sorted((REPO / "kiosk").rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if parts[-1] != "__main__":  # running it starts the kiosk
            names.append(".".join(parts))
    return names


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
@pytest.mark.parametrize("qt_free", [True, False], ids=["qt-free-layers", "the-rest"])
def test_every_module_imports_on_its_own(qt_free: bool) -> None:
    modules = [m for m in kiosk_modules() if m.startswith(QT_FREE) == qt_free]
    assert modules and ("kiosk.store.importers.csv_package" in modules) == qt_free
    preload = THIRD_PARTY if qt_free else THIRD_PARTY + QT
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            EACH_IN_A_CHILD,
            ",".join(preload),
            ",".join(modules),
            "1" if qt_free else "0",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
