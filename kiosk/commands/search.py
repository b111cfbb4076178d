"""`kiosk search`: the directory from the command line, as a visitor would search it."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    database_from_args,
    fail,
    print_json,
    whole_number,
)
from kiosk.store.database import DatabaseError
from kiosk.store.days import ENGLISH_DAY_NAMES, day_code
from kiosk.store.limits import LOCAL_OFFER_AGES
from kiosk.store.models import Filters, SearchResult, ServiceSummary

MIN_AGE, MAX_AGE = LOCAL_OFFER_AGES[0], LOCAL_OFFER_AGES[-1]


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    search = subparsers.add_parser(
        "search", parents=[common], help="search the directory as a visitor would"
    )
    search.add_argument("query", nargs="*", help="words to search for (none: list services)")
    search.add_argument("--age", help=f"the child's age, {MIN_AGE} to {MAX_AGE}")
    search.add_argument("--category", help="category, sub-category or need (id or name)")
    search.add_argument("--district", help="district, e.g. Tamworth")
    search.add_argument("--free", action="store_true", help="free services only")
    search.add_argument("--day", help="open on this day: monday, mon or MO")
    search.add_argument("--language", help="a language the service offers")
    search.add_argument("--limit", default="20", help="how many results to show (default 20)")
    search.set_defaults(handler=cmd_search)


def _filters(args: argparse.Namespace, directory: Any) -> Filters | str:
    """The filters asked for, or a one-line reason they cannot be used."""
    age = None
    if args.age is not None:
        age = whole_number(args.age, MIN_AGE, MAX_AGE)
        if age is None:
            return f"--age must be a whole number from {MIN_AGE} to {MAX_AGE}, not {args.age!r}"
    day = None
    if args.day is not None:
        day = day_code(args.day)
        if day is None:
            return f"--day must be a day of the week such as monday, mon or MO, not {args.day!r}"
    district = None
    if args.district is not None:
        known = directory.districts()
        district = next(
            (d for d in known if d.casefold() == args.district.strip().casefold()), None
        )
        if district is None:
            return f"unknown --district {args.district!r}; choose from: {', '.join(known)}"
    category = None
    if args.category is not None:
        wanted = args.category.strip().casefold()
        terms = [*directory.categories(), *directory.needs()]
        terms += [s for c in directory.categories() for s in directory.subcategories(c.id)]
        category = next(
            (t.id for t in terms if wanted in (t.id.casefold(), t.name.casefold())), None
        )
        if category is None:
            return f"unknown --category {args.category!r}; use a category id or name"
    return Filters(age, district, args.free, day, args.language, category)


def _as_json(service: ServiceSummary) -> dict[str, Any]:
    return {
        "id": service.id,
        "name": service.name,
        "organisation": service.organisation,
        "description": service.description,
        "categories": list(service.categories),
        "districts": list(service.districts),
        "minimum_age": service.min_age,
        "maximum_age": service.max_age,
        "is_free": service.is_free,
        "days": list(service.days),
        "score": service.score,
    }


def _ages(service: ServiceSummary) -> str:
    low, high = service.min_age, service.max_age
    if low is None and high is None:
        return "all ages"
    if high is None:
        return f"ages {low} and over"
    return f"ages {low or 0} to {high}"


def _print_result(result: SearchResult, shown: str, districts: list[str]) -> None:
    for before, after in result.corrected_terms:
        print(f"Showing results for {after!r} (you typed {before!r}).")
    if result.no_words:
        print("Type a word, such as autism or swimming.")
    if result.some_words_only:
        print("No service matches all your words, so these match some of them.")
    if result.services:
        print(f"{result.total} service(s) found for {shown}:")
    for number, service in enumerate(result.services, start=1):
        facts = [_ages(service)]
        if service.is_free:
            facts.append("free")
        if len(service.districts) >= len(districts) > 1:
            facts.append("all of Staffordshire")
        elif service.districts:
            facts.append(", ".join(service.districts))
        if service.days:
            facts.append(" ".join(ENGLISH_DAY_NAMES[d][:3] for d in service.days))
        print(f"{number:3}. {service.name} ({service.organisation or 'no organisation'})")
        print(f"     {'; '.join(facts)}")
        if service.description:
            text = " ".join(service.description.split())
            print(f"     {text[:140]}{'...' if len(text) > 140 else ''}")
    help_ = result.help
    if help_ is None:
        return
    print(f"No services found for {shown}.")
    if help_.did_you_mean:
        print(f"  Did you mean: {help_.did_you_mean}")
    for relaxed in help_.relaxations:
        label = relaxed.label
        without = "any filters" if label == "all filters" else f"the {label} filter"
        print(f"  Without {without}: {relaxed.count} service(s)")
    if help_.categories:
        names = ", ".join(f"{c.name} ({c.count})" for c in help_.categories)
        print(f"  Try browsing: {names}")


def cmd_search(args: argparse.Namespace) -> int:
    from kiosk.store.directory import Directory

    limit = whole_number(args.limit, 1, 500)
    if limit is None:
        fail(f"--limit must be a whole number from 1 to 500, not {args.limit!r}")
        return EXIT_REFUSED
    try:
        directory = Directory(database_from_args(args))
    except DatabaseError as exc:
        fail(f"{exc} (import a data file first: kiosk import FILE)")
        return EXIT_FAILED
    with directory:
        filters = _filters(args, directory)
        if isinstance(filters, str):
            fail(filters)
            return EXIT_REFUSED
        query = " ".join(args.query)
        result = directory.search(query, filters, limit=limit)
        districts = directory.districts()
    if args.json:
        print_json([_as_json(s) for s in result.services])
    else:
        _print_result(result, repr(query) if query else "your filters", districts)
    return EXIT_OK
