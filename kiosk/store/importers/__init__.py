"""Importers: read a data file in any supported format, a record at a time, validated."""

from kiosk.store.importers.detect import ReadReport, parse_document, parse_source, read_source
from kiosk.store.importers.errors import ImportRefused

__all__ = ["ImportRefused", "ReadReport", "parse_document", "parse_source", "read_source"]
