"""Small JSON state files in the per-machine data folder, written whole or not at all."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def read_state(path: Path) -> dict[str, Any]:
    """The JSON object in PATH; {} when it is missing, and {} (logged) when it is damaged."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read (%s); starting afresh", path, exc)
        return {}
    if not isinstance(value, dict):
        log.warning("%s does not hold a JSON object; starting afresh", path)
        return {}
    return value


def write_state(path: Path, value: dict[str, Any]) -> None:
    """Write VALUE as JSON to PATH atomically (a temporary file, then os.replace).

    Raises OSError when the folder cannot be written; PATH is then as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(value, out, indent=1, sort_keys=True, default=str)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
