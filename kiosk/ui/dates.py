"""Dates as a visitor reads them, in their language: '4 March 2021'."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale


def long_date(iso_day: str, language: str = "en") -> str:
    """'2021-03-04' (or a longer ISO timestamp) -> '4 March 2021' in LANGUAGE's words;
    anything that is not a date is shown as it is."""
    try:
        day = datetime.date.fromisoformat(iso_day[:10])
    except (TypeError, ValueError):
        return iso_day
    locale = QLocale("en_GB" if language == "en" else language)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
