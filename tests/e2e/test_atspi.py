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

# Known, and left to the screens' owners: the scroll areas (a focusable "filler" with no
# name) and their scroll bars. Anything else unnamed is a new problem.
KNOWN = ("TouchScrollArea", "QScrollBar")


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


def test_no_control_is_unnamed_beyond_the_known_scroll_areas(
    findings: dict[str, Any],
) -> None:
    new = [
        (slug, item)
        for slug, result in findings.items()
        for item in result["unnamed"]
        if not item["id"].endswith(KNOWN)
    ]
    assert not new, json.dumps(new, indent=1)
