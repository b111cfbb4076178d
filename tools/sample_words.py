"""The words of the sample Local Offer (tools/sample_data/*.toml), read and checked.

Checked against the kiosk's vocabulary (resources/vocabulary): the towns' districts, the Local
Offer categories, the SEND needs and the day codes are the kiosk's own, never copies.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.store import vocabulary
from kiosk.store.days import ENGLISH_DAY_NAMES

WORDS = Path(__file__).resolve().parent / "sample_data"
PLACED = re.compile(r"\{(town|district)\}")
WHERE = ("local", "county", "mixed")
DATASET = ("publisher", "published", "version", "title", "notice",
           "category_taxonomy", "need_taxonomy", "need_description")  # fmt: skip
# wording.toml's sentences, by [table].key
SENTENCES = (
    "eligibility.ages", "eligibility.all_ages", "eligibility.county", "eligibility.local",
    "service_areas.county_name", "service_areas.county", "service_areas.local",
    "costs.free_option", "costs.free_per", "costs.price",
    "costs.reduced_option", "costs.reduced_price", "costs.reduced_per",
    "descriptions.link", "monthly.note",
)  # fmt: skip

Json = dict[str, Any]


class WordsError(Exception):
    """A file in tools/sample_data says what the generator cannot use; the message says where."""


# ---- the words -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Town:
    name: str
    latitude: float
    longitude: float
    postcodes: tuple[str, ...]


@dataclass(frozen=True)
class Venue:
    names: tuple[str, ...]
    descriptions: tuple[str, ...]

    @property
    def owned(self) -> bool:
        """Named after its organisation: each organisation has its own in a town."""
        return any("{org}" in name for name in self.names)


@dataclass(frozen=True)
class Schedule:
    days: tuple[str, ...]
    hours: tuple[tuple[str, str] | None, ...]  # None: no opening hours (overnight)
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Style:
    who: str
    closing: tuple[str, ...]
    contacts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cost:
    chance_free: float
    option: str = ""
    amounts: tuple[float, ...] = ()
    per: str = ""


@dataclass(frozen=True)
class Name:
    """A name pattern, with the settings of its kind of service that it changes."""

    pattern: str
    need: str | None = None
    category: str | None = None  # the second category
    organisation: str | None = None
    venue: str | None = None
    ages: tuple[int, int] | None = None
    opening: str | None = None

    def text(self) -> str:
        return f"{self.pattern} {self.opening or ''}"


@dataclass(frozen=True)
class Kind:
    """One [[service]] block of services.toml."""

    id: str
    count: int
    categories: tuple[str, ...]
    need: str | None
    ages: tuple[tuple[int, int], ...]  # empty: all ages
    schedules: tuple[str, ...]
    where: str
    organisation: str
    venue: str
    apply: str
    style: str
    languages: tuple[str, ...]
    cost: Cost
    openings: tuple[str, ...]
    details: tuple[str, ...]
    names: tuple[Name, ...]


@dataclass(frozen=True)
class Words:
    """Everything in tools/sample_data, checked against the kiosk's vocabulary."""

    dataset: dict[str, str]
    towns: dict[str, list[Town]]  # district -> its towns, the main one first
    street_words: tuple[str, ...]
    street_endings: tuple[str, ...]
    venues: dict[str, Venue]
    access: tuple[str, ...]
    organisations: dict[str, Json]  # name -> name, kinds, about, and perhaps email
    organisation_kinds: dict[str, list[str]]  # kind -> names
    schedules: dict[str, Schedule]
    ordinals: tuple[str, ...]
    apply: dict[str, tuple[str, ...]]
    styles: dict[str, Style]
    languages: dict[str, str]  # code -> name; the first is every service's
    needs_languages: dict[str, tuple[str, ...]]
    phone_notes: tuple[str, ...]
    free_words: tuple[str, ...]
    sentences: dict[str, str]  # by [table].key, as in SENTENCES
    kinds: tuple[Kind, ...]


def _load(folder: Path, name: str) -> Json:
    try:
        with (folder / name).open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise WordsError(f"{name}: {error}") from None


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise WordsError(message)


def _known(values: Iterable[str | None], known: Iterable[str], where: str) -> None:
    choices = list(known)
    for value in values:
        _check(value is None or value in choices, f"{where}: {value!r} is not one of {choices}")


def _ages(text: str, where: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    ok = low.isdigit() and high.isdigit() and int(low) <= int(high) <= 25
    _check(ok, f"{where}: ages {text!r} should be two ages from 0 to 25, like 0-5")
    return int(low), int(high)


def _towns(table: Json) -> dict[str, list[Town]]:
    districts = vocabulary.districts()
    towns: dict[str, list[Town]] = {name: [] for name in districts.names}
    for name, town in table.items():
        district = districts.district_of(name)
        _check(district is not None, f"places.toml: {name} is not a place in districts.csv")
        towns[str(district)].append(
            Town(name, town["latitude"], town["longitude"], tuple(town["postcodes"]))
        )
    _check(all(towns.values()), f"places.toml: a district has no town: {towns}")
    return towns


def _name(entry: str | Json, where: str) -> Name:
    if isinstance(entry, str):
        return Name(entry)
    settings = {k: v for k, v in entry.items() if k != "name"}
    unknown = set(settings) - {"need", "category", "organisation", "venue", "ages", "opening"}
    _check(not unknown, f"{where}: unknown settings {sorted(unknown)}")
    if "ages" in settings:
        settings["ages"] = _ages(settings["ages"], where)
    return Name(entry["name"], **settings)


def _kind(block: Json) -> Kind:
    where = f"services.toml: {block.get('kind', 'a [[service]] block')}"
    cost, ages = block["cost"], block["ages"]
    price = Cost(1.0)
    if cost != "free":
        price = Cost(cost["chance_free"], cost["option"], tuple(cost["amounts"]), cost["per"])
    return Kind(
        id=block["kind"],
        count=block["count"],
        categories=tuple(block["categories"]),
        need=block.get("need"),
        ages=() if ages == "all" else tuple(_ages(a, where) for a in ages),
        schedules=tuple(block["schedules"]),
        where=block["where"],
        organisation=block["organisation"],
        venue=block["venue"],
        apply=block["apply"],
        style=block["style"],
        languages=tuple(block.get("languages", ())),
        cost=price,
        openings=tuple(block.get("openings", ())),
        details=tuple(block["details"]),
        names=tuple(_name(entry, where) for entry in block["names"]),
    )


def _check_words(words: Words) -> None:
    categories = [c.id for c in vocabulary.categories()]
    needs = [n.id for n in vocabulary.needs()]
    organisations = [*words.organisation_kinds, *words.organisations]
    for kind in words.kinds:
        where = f"services.toml: {kind.id}"
        _check(kind.count > 0 and bool(kind.names and kind.details), f"{where}: count, names?")
        for placeless in (False, True) if kind.where != "local" else (False,):
            names = [n for n in kind.names if not placeless or not PLACED.search(n.text())]
            openings = [s for s in kind.openings if not placeless or not PLACED.search(s)]
            ok = bool(names) and (bool(openings) or all(n.opening for n in names))
            _check(ok, f"{where}: needs names and openings{' without a place' * placeless}")
        _known([*kind.categories, *(n.category for n in kind.names)], categories, where)
        _known([kind.need, *(n.need for n in kind.names)], needs, where)
        _known(kind.schedules, words.schedules, where)
        _known([kind.where], WHERE, where)
        _known([kind.organisation, *(n.organisation for n in kind.names)], organisations, where)
        _known([kind.venue, *(n.venue for n in kind.names)], words.venues, where)
        _known([kind.apply], words.apply, where)
        _known([kind.style], words.styles, where)
        _known(kind.languages, words.languages, where)
    for style, schedule in words.schedules.items():
        codes = [c.lstrip("1234") for days in schedule.days for c in days.split(",")]
        _known(codes, ENGLISH_DAY_NAMES, f"wording.toml: schedules.{style}")
    _known(words.needs_languages, needs, "wording.toml: needs_languages")
    for languages in words.needs_languages.values():
        _known(languages, words.languages, "wording.toml: needs_languages")
    _known(SENTENCES, words.sentences, "wording.toml")
    _known(DATASET, words.dataset, "wording.toml: [dataset]")
    need_taxonomy = words.dataset["need_taxonomy"]
    _check(
        vocabulary.taxonomy_kinds().get(need_taxonomy) == "need",
        f"wording.toml: {need_taxonomy} is not a need taxonomy in taxonomies.csv",
    )
    county = words.sentences["service_areas.county_name"]
    _check(
        vocabulary.districts().districts_named_by(county) == vocabulary.districts().names,
        f"wording.toml: {county} is not in resources/vocabulary/countywide.csv",
    )


def read_words(folder: Path = WORDS) -> Words:
    """The words in FOLDER (tools/sample_data); WordsError says what is wrong with them."""
    try:
        words = _read_words(folder)
    except KeyError as error:
        raise WordsError(f"tools/sample_data: a setting is missing: {error}") from None
    _check_words(words)
    return words


def _read_words(folder: Path) -> Words:
    places, wording = _load(folder, "places.toml"), _load(folder, "wording.toml")
    organisations = {o["name"]: o for o in _load(folder, "organisations.toml")["organisation"]}
    organisation_kinds: dict[str, list[str]] = {}
    for name, org in organisations.items():
        _check(bool(org["about"] and org["kinds"]), f"organisations.toml: {name}: kinds, about?")
        for kind in org["kinds"]:
            organisation_kinds.setdefault(kind, []).append(name)
    return Words(
        dataset=wording["dataset"],
        towns=_towns(places["towns"]),
        street_words=tuple(places["streets"]["words"].split()),
        street_endings=tuple(places["streets"]["endings"]),
        venues={
            kind: Venue(tuple(v["names"]), tuple(v["descriptions"]))
            for kind, v in places["venues"].items()
        },
        access=tuple(places["access"]["notes"]),
        organisations=organisations,
        organisation_kinds=organisation_kinds,
        schedules={
            style: Schedule(
                tuple(v["days"]),
                tuple((opens, closes) for opens, closes in v["hours"]) or (None,),
                tuple(v["notes"]),
            )
            for style, v in wording["schedules"].items()
        },
        ordinals=tuple(wording["monthly"]["ordinals"]),
        apply={how: tuple(v) for how, v in wording["apply"].items()},
        styles={
            style: Style(v["who"], tuple(v["closing"]), tuple((r, t) for r, t in v["contacts"]))
            for style, v in wording["styles"].items()
        },
        languages=wording["languages"],
        needs_languages={need: tuple(v) for need, v in wording["needs_languages"].items()},
        phone_notes=tuple(wording["phones"]["notes"]),
        free_words=tuple(wording["costs"]["free"]),
        sentences={
            f"{table}.{key}": text
            for table in ("eligibility", "service_areas", "costs", "descriptions", "monthly")
            for key, text in wording[table].items()
            if isinstance(text, str)
        },
        kinds=tuple(_kind(block) for block in _load(folder, "services.toml")["service"]),
    )
