"""`kiosk bench --inference`: how well services are placed in groups from their own words.

Takes a dataset whose services have their real groups (the packaged sample data by
default), hides the groups, guesses them back with kiosk.store.inference, and compares:
precision (of the groups guessed, how many were right) and recall (of the right groups,
how many were guessed), per group and overall.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from kiosk.store.importers import parse_source
from kiosk.store.inference import group_guesser
from kiosk.store.vocabulary import categories, needs


def measure_inference(source: Path) -> dict[str, Any]:
    """Per-group and overall precision and recall of guessing SOURCE's groups."""
    data = parse_source(source)
    guesser = group_guesser()
    known = {c.id: c.name for c in categories()} | {n.id: n.name for n in needs()}
    organisations = {o.id: o.name for o in data.organisations.values()}
    right: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    nothing = 0
    for service in data.services:
        truth = {t for t in service.term_ids if t in known}
        text = " ".join(
            (
                service.description,
                organisations.get(service.organisation_id or "", ""),
                service.eligibility_description,
            )
        )
        guess = guesser.guess(service.name, text)
        found = set(guess.categories) | set(guess.needs)
        nothing += not guess.categories
        for group in found:
            guessed[group] += 1
            right[group] += group in truth
        for group in truth:
            actual[group] += 1
    rows = []
    for group, name in known.items():
        rows.append(
            {
                "group": group,
                "name": name,
                "services": actual[group],
                "guessed": guessed[group],
                "precision": _ratio(right[group], guessed[group]),
                "recall": _ratio(right[group], actual[group]),
            }
        )
    category_ids = {c.id for c in categories()}

    def overall(ids: set[str]) -> dict[str, float | None]:
        hits = sum(right[g] for g in ids)
        return {
            "precision": _ratio(hits, sum(guessed[g] for g in ids)),
            "recall": _ratio(hits, sum(actual[g] for g in ids)),
        }

    return {
        "source": source.name,
        "services": len(data.services),
        "no_group_guessed": nothing,
        "categories": overall(category_ids),
        "needs": overall(set(known) - category_ids),
        "groups": rows,
    }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None
