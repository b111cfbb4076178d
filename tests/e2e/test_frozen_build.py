"""The frozen one-folder build (dist/send-kiosk, made by ./build) passes its own selftest.

Skipped unless that build exists: CI runs ./test on a fresh clone, without building. Like
qutebrowser's build_release.py smoke test, it runs the real executable with a temporary
data folder, so it proves the bundle finds its files through sys._MEIPASS and writes only
to the per-machine folders it is given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "send-kiosk"
# On Windows the kiosk itself has no console; the -cli twin prints what the tests read.
EXECUTABLE = BUNDLE / ("send-kiosk-cli.exe" if sys.platform == "win32" else "send-kiosk")
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(
        not EXECUTABLE.exists(), reason=f"no frozen build at {EXECUTABLE}: run ./build first"
    ),
]


def run_frozen(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SEND_KIOSK_", "PYTHON", "QT_PLUGIN_PATH"))
    }
    env.update(
        HOME=str(home),
        SEND_KIOSK_DATA_DIR=str(home / "data"),
        SEND_KIOSK_CONFIG_DIR=str(home / "config"),
        SEND_KIOSK_LOG_DIR=str(home / "logs"),
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [str(EXECUTABLE), *args], capture_output=True, text=True, timeout=300, env=env, cwd=home
    )


def bundle_listing() -> dict[str, float]:
    return {str(p.relative_to(BUNDLE)): p.stat().st_mtime for p in BUNDLE.rglob("*")}


def test_frozen_build_is_this_version():
    result = run_frozen(Path.cwd(), "--version")
    assert result.returncode == 0, result.stderr
    first_line = result.stdout.splitlines()[0]
    assert first_line.split() == ["kiosk", VERSION], "stale build: run ./build again"


def test_frozen_selftest_passes_with_a_temporary_data_folder(tmp_path: Path):
    before = bundle_listing()
    result = run_frozen(tmp_path, "selftest", "--screenshots", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest: passed" in result.stdout
    assert list((tmp_path / "shots").glob("*.png"))
    # The packaged dataset was found in the bundle and loaded into the data folder given.
    assert (tmp_path / "data" / "local_offer.sqlite3").is_file()
    assert bundle_listing() == before, "the frozen app wrote into its own folder"


def test_frozen_check_reads_the_database_it_made(tmp_path: Path):
    assert run_frozen(tmp_path, "selftest", "--startup-only").returncode == 0
    result = run_frozen(tmp_path, "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok"
    assert report["services"] > 0
    assert Path(report["database"]) == tmp_path / "data" / "local_offer.sqlite3"
