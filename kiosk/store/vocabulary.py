"""Word lists kept as data in resources/vocabulary: categories, needs, districts, taxonomies."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk import paths


def read_rows(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    """Rows of resources/vocabulary/NAME as dicts (UTF-8 CSV with a header line)."""
    path = (folder or paths.resources_dir() / "vocabulary") / name
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


@dataclass(frozen=True)
class Districts:
    """Which district a place belongs to, and which phrases mean 'the whole county'."""

    names: tuple[str, ...]
    by_place: dict[str, str]
    countywide: frozenset[str]

    def district_of(self, *candidates: str) -> str | None:
        """The first candidate (region, town, ...) that names a known place, as its district."""
        for text in candidates:
            district = self.by_place.get(_key(text))
            if district:
                return district
        return None

    def districts_named_by(self, area: str) -> tuple[str, ...]:
        """The districts a service-area name covers: one, all of them, or none."""
        key = _key(area)
        if key in self.countywide:
            return self.names
        district = self.by_place.get(key)
        return (district,) if district else ()


@cache
def districts() -> Districts:
    rows = read_rows("districts.csv")
    names = tuple(dict.fromkeys(row["district"] for row in rows))
    by_place = {_key(row["place"]): row["district"] for row in rows}
    countywide = frozenset(_key(row["phrase"]) for row in read_rows("countywide.csv"))
    return Districts(names=names, by_place=by_place, countywide=countywide)


@cache
def taxonomy_kinds() -> dict[str, str]:
    """Taxonomy name -> kind ('need' for a facet such as the SEND needs list)."""
    return {row["taxonomy"]: row["kind"] for row in read_rows("taxonomies.csv")}


@dataclass(frozen=True)
class LocalOfferCategory:
    """One of the 11 areas of Staffordshire's Local Offer, as the packaged data names it."""

    id: str
    name: str
    icon: str  # the name of an SVG in resources/icons
    description: str


@dataclass(frozen=True)
class SendNeed:
    """One SEND need of the national family hubs list (a term of a 'need' taxonomy)."""

    id: str
    name: str


@cache
def categories() -> tuple[LocalOfferCategory, ...]:
    """The Local Offer categories, in the order the kiosk lists them (categories.csv)."""
    return tuple(
        LocalOfferCategory(row["id"], row["name"], row["icon"], row["description"])
        for row in read_rows("categories.csv")
    )


@cache
def needs() -> tuple[SendNeed, ...]:
    """The SEND needs, in the order of the national list (needs.csv)."""
    return tuple(SendNeed(row["id"], row["name"]) for row in read_rows("needs.csv"))


@cache
def district_centres() -> dict[str, tuple[float, float]]:
    """District -> (latitude, longitude) of its main town: a hub's place when only its
    district is known."""
    return {
        row["district"]: (float(row["latitude"]), float(row["longitude"]))
        for row in read_rows("district_centres.csv")
    }
