"""Importers: read a data file in any supported format into one validated ParsedDataset."""

from kiosk.store.importers.detect import ImportRefused, parse_source

__all__ = ["ImportRefused", "parse_source"]
