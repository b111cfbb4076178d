"""The one exception every importer raises for a file it will not use."""

from __future__ import annotations


class ImportRefused(Exception):
    """The whole file is refused; str() is one line saying why, for staff to read."""
