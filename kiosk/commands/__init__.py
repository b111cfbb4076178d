"""Sub-commands of the ``kiosk`` command line, one module per family of commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import ConfigError, load_settings


def database_from_args(args: argparse.Namespace) -> Path:
    """--db if given, else the settings file's database, else the per-machine default."""
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    return load_settings().database_path()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> None:
    """One line on standard error, never a traceback."""
    print(f"kiosk: {message}", file=sys.stderr)


__all__ = ["ConfigError", "database_from_args", "fail", "print_json"]
