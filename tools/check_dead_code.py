"""Fails when code in kiosk/ or tools/ is used by nothing: not the app, not a tool, not a test.

Runs vulture over the app, the tools and the tests together (so what a test uses counts as
used), ignoring the names frameworks call by name ([tool.vulture] in pyproject.toml), and
reports only what is unused in kiosk/ and tools/: a test's own helpers are the tests' business.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("kiosk", "tools")


def main() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    finder = Vulture(ignore_names=config["tool"]["vulture"]["ignore_names"])
    finder.scavenge(
        [str(ROOT / "kiosk"), str(ROOT / "tools"), str(ROOT / "tests")],
        exclude=["*/.venv/*"],
    )
    dead = [
        item
        for item in finder.get_unused_code(min_confidence=60)
        if Path(item.filename).resolve().relative_to(ROOT).parts[0] in CHECKED
    ]
    for item in dead:
        print(item.get_report(add_size=False))
    if dead:
        print(
            f"{len(dead)} unused name(s): remove them, or list a name a framework calls "
            "in [tool.vulture] in pyproject.toml"
        )
    return 1 if dead else 0


if __name__ == "__main__":
    sys.exit(main())
