"""The README stays true: its commands exist and its set-up commands are the ones CI runs."""

from __future__ import annotations

import json
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
    documented = set(re.findall(r"^\| `kiosk ([\w-]+)", README, re.M))
    assert documented, "the README lists no commands"
    assert documented <= set(choices)
    assert set(choices) <= documented


def _options(parser) -> set[str]:
    """The long options of one command, besides those every command takes."""
    found = set()
    for action in parser._actions:
        found.update(o for o in action.option_strings if o.startswith("--"))
    return found - {"--help", "--db", "--json"}


def test_every_option_of_every_command_is_in_its_readme_row():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, command in choices.items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `kiosk {name}"))
        missing = [option for option in sorted(_options(command)) if option not in row]
        assert not missing, f"kiosk {name}: {missing} not in the README's table"
    kiosk_row = next(line for line in README.splitlines() if line.startswith("| `kiosk` |"))
    assert all(o in kiosk_row + README for o in _options(parser) - {"--version"})


def test_every_setting_is_in_the_deployment_guide_and_the_sample_file():
    from kiosk.config import Settings

    guide = (REPO / "docs" / "deployment.md").read_text(encoding="utf-8")
    sample = (REPO / "packaging" / "linux" / "kiosk.toml.example").read_text(encoding="utf-8")
    for name in Settings.__dataclass_fields__:
        assert f"`{name}`" in guide, f"{name} is not in docs/deployment.md"
        assert name in sample, f"{name} is not in kiosk.toml.example"


def test_every_setting_is_in_the_configuration_guide_with_its_default():
    from dataclasses import MISSING

    from kiosk.config import Settings

    guide = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = {
        match.group(1): match.group(2)
        for match in re.finditer(r"^\| `(\w+)` \| ([^|]+) \|", guide, re.M)
    }
    assert set(rows) == set(Settings.__dataclass_fields__), "docs/configuration.md's table"
    for name, spec in Settings.__dataclass_fields__.items():
        if spec.default not in (None, MISSING):
            shown = json.dumps(
                list(spec.default) if isinstance(spec.default, tuple) else spec.default
            )
            assert shown in rows[name], f"{name}: the default {shown} is not in its row"
