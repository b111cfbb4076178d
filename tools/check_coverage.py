"""Fails when a module that has reached 100 % branch coverage slips below it (the ratchet).

The modules are listed in pyproject.toml ([tool.kiosk] complete_coverage: folders end with
"/"); the floor for the whole of kiosk/ is coverage's own fail_under. Reads the combined
data file `./test` leaves behind.
"""

from __future__ import annotations

import json
import sys
import tempfile
import tomllib
from pathlib import Path

from coverage import Coverage

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    complete: list[str] = config["tool"]["kiosk"]["complete_coverage"]
    coverage = Coverage(config_file=str(ROOT / "pyproject.toml"))
    coverage.load()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "coverage.json"
        coverage.json_report(outfile=str(report), ignore_errors=True)
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
    short: list[str] = []
    checked = 0
    for name, figures in sorted(files.items()):
        relative = Path(name).as_posix()
        if not any(
            relative.startswith(entry) if entry.endswith("/") else relative == entry
            for entry in complete
        ):
            continue
        checked += 1
        summary = figures["summary"]
        if summary["missing_lines"] or summary.get("num_partial_branches"):
            lines = ", ".join(str(n) for n in figures["missing_lines"][:10])
            short.append(
                f"{relative}: lines {lines or 'none'}; "
                f"{summary.get('num_partial_branches', 0)} partial branch(es)"
            )
    for line in short:
        print(f"below 100 %: {line}")
    if short:
        print(f"{len(short)} module(s) that must stay fully covered are not: add tests")
    else:
        print(f"{checked} modules kept at 100 % branch coverage")
    return 1 if short or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
