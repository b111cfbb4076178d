"""Reads a JSON data file one service record at a time, so memory stays small for any size.

A directory file is one big value: a list of services, or an object whose "contents"
(ORUK 3.0) or "content" (ORUK v1) list holds them, or a single service. This reader walks
the outer structure itself and hands each record, and each other top-level value, to the
standard library's C decoder (json.JSONDecoder.raw_decode), so only one record is in
memory at a time. Numbers too long to be real are read as floats (never as integers of
thousands of digits, which Python refuses to convert), and nesting too deep to be real is
refused rather than overflowing the stack.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from kiosk.store.importers.errors import ImportRefused
from kiosk.store.limits import MAX_INT_DIGITS, MAX_RECORD_CHARS, MB

CHUNK_BYTES = 1 * MB
RECORD_KEYS = ("contents", "content")  # the list of services in ORUK 3.0 / ORUK v1 pages
_WHITESPACE = " \t\n\r"
# What the text after a decoded value looks like when it may be the rest of a number.
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+\-]*")


def _integer(text: str) -> int | float:
    # Beyond 18 digits no age, price or coordinate is meant; a float keeps it harmless.
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else float(text)


_DECODER = json.JSONDecoder(parse_int=_integer)


@dataclass
class JsonShape:
    """What the outer structure turned out to be; complete once the records are read."""

    envelope: str = ""  # "list", "contents", "content", "single" or "other"
    top: dict[str, Any] = field(default_factory=dict)  # an envelope's other top-level keys
    records: int = 0


class _Text:
    """The file's text, decoded from UTF-8 a chunk at a time, with a read position."""

    def __init__(self, handle: IO[bytes], name: str) -> None:
        self.handle = handle
        self.name = name
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.lines_dropped = 0  # newlines in text already dropped from buf
        self.column_dropped = 0  # characters after the last dropped newline

    def more(self, at_least: int = 0) -> bool:
        """Read more of the file onto the buffer; False (buffer unchanged) at its end."""
        if self.eof:
            return False
        raw = self.handle.read(max(at_least, CHUNK_BYTES))
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            raise ImportRefused(
                f"{self.name} is not UTF-8 text (first bad byte at position "
                f"{self.bytes_read + exc.start}); save it as UTF-8 and try again"
            ) from None
        self.bytes_read += len(raw)
        if not raw:
            self.eof = True
            return False
        self._drop_consumed()
        self.buf += text
        return True

    def _drop_consumed(self) -> None:
        if self.pos == 0:
            return
        dropped = self.buf[: self.pos]
        newlines = dropped.count("\n")
        if newlines:
            self.lines_dropped += newlines
            self.column_dropped = len(dropped) - dropped.rfind("\n") - 1
        else:
            self.column_dropped += len(dropped)
        self.buf = self.buf[self.pos :]
        self.pos = 0

    def where(self, index: int) -> tuple[int, int]:
        """(line, column), counted from 1, of buf[index]."""
        before = self.buf[:index]
        line = self.lines_dropped + before.count("\n") + 1
        last = before.rfind("\n")
        column = index - last if last >= 0 else self.column_dropped + index + 1
        return line, column

    def skip_space(self) -> str:
        """Move past whitespace; the next character, or '' at the end of the file."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def take(self, expected: str) -> str:
        """Consume one of the EXPECTED characters (after whitespace) and return it."""
        char = self.skip_space()
        if not char or char not in expected:
            self.refuse_syntax(f"Expecting one of {' '.join(expected)}")
        self.pos += 1
        return char

    def value(self) -> Any:
        """Decode the JSON value starting at the read position."""
        self.skip_space()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._grow():
                    continue
                self.refuse_syntax(exc.msg, exc.pos)
            except RecursionError:
                raise ImportRefused(
                    f"{self.name} is nested too deeply to be a service directory"
                ) from None
            if _NUMBER_GOES_ON.fullmatch(self.buf, end) and self._grow():
                continue  # "12" or "0." at the end of the text: the number may go on
            self.pos = end
            return value

    def _grow(self) -> bool:
        """Read more text for an unfinished value, within the size limit of one record."""
        if len(self.buf) - self.pos > MAX_RECORD_CHARS:
            line, _ = self.where(self.pos)
            raise ImportRefused(
                f"{self.name} has a record at line {line} that is over "
                f"{MAX_RECORD_CHARS // MB} MB, too big to be one service"
            )
        # Double what is held, so a big record is decoded a few times, not once per chunk.
        return self.more(len(self.buf) - self.pos)

    def refuse_syntax(self, message: str, index: int | None = None) -> None:
        line, column = self.where(self.pos if index is None else index)
        raise ImportRefused(
            f"{self.name} is neither JSON nor a CSV package "
            f"(JSON error at line {line}, column {column}: {message})"
        )


def _array_items(text: _Text, shape: JsonShape) -> Iterator[Any]:
    text.take("[")
    if text.skip_space() == "]":
        text.pos += 1
        return
    while True:
        item = text.value()
        shape.records += 1
        yield item
        if text.take(",]") == "]":
            return


def read_json_records(handle: IO[bytes], name: str, shape: JsonShape) -> Iterator[Any]:
    """Yield the records of the directory in HANDLE one by one, filling SHAPE as it goes.

    Raises ImportRefused (one line) for text that is not UTF-8 or not JSON.
    """
    text = _Text(handle, name)
    first = text.skip_space()
    if first == "[":
        shape.envelope = "list"
        yield from _array_items(text, shape)
    elif first == "{":
        text.pos += 1
        top: dict[str, Any] = {}
        if text.skip_space() == "}":
            text.pos += 1
        else:
            while True:
                key = text.value()
                if not isinstance(key, str):
                    text.refuse_syntax("Expecting property name enclosed in double quotes")
                text.take(":")
                if key in RECORD_KEYS and not shape.envelope and text.skip_space() == "[":
                    shape.envelope = key
                    yield from _array_items(text, shape)
                else:
                    top[key] = text.value()
                if text.take(",}") == "}":
                    break
        shape.top = top
        if not shape.envelope:
            shape.envelope = "single"
            shape.records = 1
            yield top
    elif first == "":
        raise ImportRefused(f"{name} is neither JSON nor a CSV package (it is empty)")
    else:
        text.value()  # refuses text that is not JSON at all
        shape.envelope = "other"  # a number or a string: JSON, but not a directory
    if text.skip_space():
        text.refuse_syntax("Extra data after the end of the JSON value")
