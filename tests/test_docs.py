"""The README stays true: its commands exist and its set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.cli import build_parser

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["./run", "./test"]
    ci = (REPO / ".ci" / "run").read_text()
    assert [
        line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ] == ["./test"]


def test_every_command_in_the_readme_table_exists():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    documented = set(re.findall(r"^\| `kiosk (\w+)", README, re.M))
    assert documented, "the README lists no commands"
    assert documented <= set(choices)
    assert set(choices) <= documented
