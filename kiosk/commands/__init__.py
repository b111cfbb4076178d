"""Sub-commands of the ``kiosk`` command line, one module per family of commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import load_settings

# What every command's exit code means, for scripts: the README's table says the same.
EXIT_OK = 0  # done
EXIT_FAILED = 1  # the machine failed: a full or read-only disk, a lock held too long
EXIT_REFUSED = 2  # the file or the request was refused; the message says why


def database_from_args(args: argparse.Namespace) -> Path:
    """--db if given, else the settings file's database, else the per-machine default."""
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    return load_settings().database_path()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def whole_number(text: str, low: int, high: int) -> int | None:
    """TEXT as a whole number from LOW to HIGH, or None (a command then refuses it)."""
    text = text.strip()
    return int(text) if text.isdigit() and low <= int(text) <= high else None


def fail(message: str) -> None:
    """One line on standard error, never a traceback."""
    print(f"kiosk: {message}", file=sys.stderr)


__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_REFUSED",
    "database_from_args",
    "fail",
    "print_json",
    "whole_number",
]
