"""Writes one ORUK 3.0 JSON file a service at a time, and puts it in place only when whole.

The records go to a hidden partial file beside the final one, so memory never holds more
than one record and a pull that fails or is killed leaves any earlier file of that name as
it was; finish() syncs the partial file and renames it over the final name in one step.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path
from typing import Any

from kiosk.store import dbfiles
from kiosk.store.feed_http import size_text
from kiosk.store.importers import ImportRefused
from kiosk.store.refresh import ImportFailed


class FeedFile:
    """An ORUK 3.0 file, {"metadata": {...}, "contents": [...]}, written as records arrive.

    SOURCE names the feed in messages; a file that would pass MAX_BYTES is refused.
    """

    def __init__(self, path: Path, source: str, max_bytes: int) -> None:
        self.path = Path(path)
        self.source = source
        self.max_bytes = max_bytes
        self.metadata: dict[str, Any] = {}  # written with the first record
        self.records = 0
        self.size = 0
        self.partial = self.path.with_name(
            f".{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
        )
        try:
            self._handle = self.partial.open("wb")
        except OSError as exc:
            raise ImportFailed(
                f"could not write the downloaded feed beside {self.path}: {exc.strerror or exc}"
            ) from None

    def add(self, record: Any) -> None:
        """Append one service record."""
        # ASCII escapes keep a lone surrogate from the server (valid JSON, not valid UTF-8)
        # from breaking the write; the importer reads it as it would from any file.
        text = json.dumps(record, ensure_ascii=True, separators=(",", ":"))
        text = (self._head() if self.records == 0 else ",\n") + text
        data = text.encode("ascii")
        if self.size + len(data) > self.max_bytes:
            raise ImportRefused(
                f"the feed from {self.source} is bigger than the {size_text(self.max_bytes)} "
                "limit for a data file"
            )
        self._write(data)
        self.size += len(data)
        self.records += 1

    def reset(self) -> None:
        """Forget every record written, to read the feed again from its start."""
        try:
            self._handle.seek(0)
            self._handle.truncate()
        except OSError as exc:
            raise self._failed(exc) from None
        self.records = self.size = 0

    def finish(self) -> None:
        """Close the file, sync it and rename it over PATH."""
        try:
            self._write(((self._head() if self.records == 0 else "") + "\n]}\n").encode("ascii"))
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self.partial, self.path)
            dbfiles.fsync_dir(self.path.parent)
        except OSError as exc:
            self.abandon()
            raise self._failed(exc) from None

    def abandon(self) -> None:
        """Close and delete the partial file; PATH is untouched."""
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            self.partial.unlink(missing_ok=True)

    def _head(self) -> str:
        metadata = json.dumps(self.metadata, ensure_ascii=True, indent=1)
        return '{"metadata": ' + metadata + ',\n"contents": [\n'

    def _write(self, data: bytes) -> None:
        try:
            self._handle.write(data)
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> ImportFailed:
        return ImportFailed(
            f"could not write the downloaded feed to {self.path}: {exc.strerror or exc}"
        )
