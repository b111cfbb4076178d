"""tools/check_atspi.py: the real kiosk under Xvfb, read through AT-SPI as Orca reads it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")  # the checker needs the system's gi, not the venv
SKIPPED = 77

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def findings() -> dict[str, Any]:
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no system python3 with gi")
    done = subprocess.run(
        [str(SYSTEM_PYTHON), str(REPO / "tools" / "check_atspi.py"), "--json"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=REPO,
    )
    if done.returncode == SKIPPED:
        pytest.skip(done.stderr.strip())
    assert done.returncode in (0, 1), done.stderr[-4000:]
    screens: dict[str, Any] = json.loads(done.stdout)
    return screens


def test_every_screen_of_the_tour_is_read(findings: dict[str, Any]) -> None:
    for slug in ("welcome", "home", "topics", "directory", "service", "search", "access"):
        assert slug in findings, sorted(findings)
        assert findings[slug]["controls"], slug  # the tree was really read


def test_every_control_on_every_screen_has_a_name(findings: dict[str, Any]) -> None:
    unnamed = [(slug, item) for slug, result in findings.items() for item in result["unnamed"]]
    assert not unnamed, json.dumps(unnamed, indent=1)
