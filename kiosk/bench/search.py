"""`kiosk bench`: imports a synthetic Local Offer and times search and browse against it.

Besides the search layer itself, the same run times a plain FTS5 ``MATCH ... ORDER BY
rank`` and a naive ``LIKE '%word%'`` scan for the same words, so the cost of synonyms,
typo fixes, filters and name-first ranking can be read as a ratio.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.bench.synthetic import write_synthetic
from kiosk.store import vocabulary
from kiosk.store.directory import Directory
from kiosk.store.models import Filters
from kiosk.store.refresh import import_file
from kiosk.store.search import quote, tokenize
from kiosk.store.search_index import FTS_TABLE

PREFIXES = (
    "au",
    "aut",
    "auti",
    "sp",
    "spe",
    "spee",
    "whe",
    "whee",
    "dys",
    "sup",
    "supp",
    "chi",
    "you",
    "men",
    "hea",
    "hear",
    "vis",
    "sho",
    "phy",
    "occ",
    "tra",
    "swi",
    "pla",
    "nur",
    "col",
    "sch",
    "ben",
    "car",
    "ind",
    "adv",
)
WORDS = (
    "autism",
    "speech",
    "wheelchair",
    "dyslexia",
    "hearing",
    "vision",
    "physiotherapy",
    "swimming",
    "transport",
    "benefits",
    "college",
    "nursery",
    "advocacy",
    "carers",
    "mental",
    "therapy",
    "support",
    "children",
    "family",
    "tamworth",
    "leek",
    "burton",
    "stafford",
    "club",
    "holiday",
    "grants",
    "internships",
    "psychology",
    "sensory",
    "deaf",
    "blind",
    "school",
    "parents",
    "portage",
)
TYPOS = (
    "autsim",
    "dyslexa",
    "wheelchiar",
    "speach",
    "phsyiotherapy",
    "hearign",
    "visoin",
    "swiming",
    "trasnport",
    "beneffits",
    "nursrey",
    "advocasy",
    "carres",
    "theraphy",
    "supprot",
    "childern",
    "famly",
    "playscheem",
    "sensroy",
    "interships",
)
ABBREVIATIONS = (
    "SALT",
    "SLT",
    "ASD",
    "ASC",
    "EHCP",
    "EHCNA",
    "respite",
    "SENCO",
    "SEMH",
    "VI",
    "HI",
    "MSI",
    "OT",
    "CAMHS",
    "PfA",
    "ADHD",
    "SpLD",
    "DLA",
    "PIP",
    "BSL",
)
PHRASES = (
    "speech and language",
    "autism support group",
    "short breaks",
    "mental health",
    "occupational therapy",
    "hearing support",
    "holiday playscheme",
    "young carers",
    "travel training",
    "supported internships",
    "independent living",
    "education health and care plan",
    "autism tamworth",
    "swimming burton",
    "wheelchair repair",
    "dyslexia assessment",
    "parent carer forum",
    "youth club leek",
    "sensory support team",
    "school transport",
    "disability living allowance",
    "autism s",
    "speech th",
    "help with autism",
    "my child has adhd",
    "where can i get help",
    "free swimming for disabled children",
    "autsim support",
    "deaf children stafford",
    "salt tamworth",
)
HOSTILE = (
    "zzqx",
    "NEAR(autism",
    '"autism',
    "autism OR",
    "name:autism",
    "^autism",
    "a*",
    "'; DROP TABLE services; --",
    "🙂 autism",
    "(((",
    "x" * 10_000,
)
FILTER_SETS = (
    Filters(age=5),
    Filters(district="Tamworth"),
    Filters(free_only=True),
    Filters(day="SA"),
    Filters(language="Polish"),
    Filters(category_id="lo-health"),
    Filters(age=16, district="Stafford", free_only=True),
    Filters(age=8, day="MO", category_id="lo-education"),
)


def query_mix() -> list[tuple[str, Filters]]:
    """The fixed mix: letters, prefixes, words, typos, synonyms, phrases, odd input;
    then every third of them again with one of the filter sets."""
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    texts = [*letters, *PREFIXES, *WORDS, *TYPOS, *ABBREVIATIONS, *PHRASES, *HOSTILE]
    mix = [(text, Filters()) for text in texts]
    mix += [(text, FILTER_SETS[i % len(FILTER_SETS)]) for i, text in enumerate(texts[::3])]
    return mix


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _timed(action: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    """Milliseconds ACTION(*ARGS, **KWARGS) took."""
    start = time.perf_counter()
    action(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def _fetch(conn: sqlite3.Connection, sql: str, params: list[object]) -> None:
    conn.execute(sql, params).fetchall()


def _baselines(db_path: Path, mix: list[tuple[str, Filters]]) -> tuple[list[float], list[float]]:
    """Plain FTS5 rank order and a LIKE scan for the same words, no synonyms or filters.

    The LIKE scan reads every match (as a search showing how many it found must).
    """
    conn = sqlite3.connect(db_path)
    raw, like = [], []
    try:
        for text, _ in mix:
            words = tokenize(text)
            if not words:
                continue
            expression = " AND ".join(quote(w) + "*" for w in words)
            ranked = (
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT 50"
            )
            raw.append(_timed(_fetch, conn, ranked, [expression]))
            where = " AND ".join("(name || ' ' || description) LIKE ?" for _ in words)
            scan = f"SELECT sid FROM services WHERE {where}"
            like.append(_timed(_fetch, conn, scan, [f"%{w}%" for w in words]))
    finally:
        conn.close()
    return raw, like


def run_bench(services: int, seed: int = 2024) -> dict[str, Any]:
    """Build, import and time; returns the figures docs/performance.md reports."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        source = Path(folder) / "local_offer.json"
        db_path = Path(folder) / "bench.sqlite3"
        generate_s = _timed(write_synthetic, source, services, seed) / 1000
        import_s = _timed(import_file, source, db_path, force=True) / 1000
        mix = query_mix()
        with Directory(db_path) as directory:
            warm_up_ms = _timed(directory.warm_up)
            first = [_timed(directory.search, q, f) for q, f in mix]
            search = [_timed(directory.search, q, f) for q, f in mix]
            browse = []
            for filters in (Filters(), *FILTER_SETS[:4]):
                browse.append(_timed(directory.categories, filters))
                for category in vocabulary.categories():
                    chosen = replace(filters, category_id=category.id)
                    browse.append(_timed(directory.services, chosen, limit=50))
                    browse.append(_timed(directory.count, chosen))
        raw, like = _baselines(db_path, mix)
        size_mb = db_path.stat().st_size / 1e6 if db_path.exists() else 0.0
    search_p95 = percentile(search, 0.95)
    raw_p95, like_p95 = percentile(raw, 0.95), percentile(like, 0.95)
    return {
        "services": services,
        "queries": len(mix),
        "seed": seed,
        "generate_s": round(generate_s, 2),
        "import_s": round(import_s, 2),
        "database_mb": round(size_mb, 1),
        "warm_up_ms": round(warm_up_ms, 1),
        "search_p50_ms": round(statistics.median(search), 2),
        "search_p95_ms": round(search_p95, 2),
        "search_max_ms": round(max(search), 2),
        "first_pass_p95_ms": round(percentile(first, 0.95), 2),
        "browse_p95_ms": round(percentile(browse, 0.95), 2),
        "browse_operations": len(browse),
        "raw_fts_p95_ms": round(raw_p95, 2),
        "like_p95_ms": round(like_p95, 2),
        "ratio_layer_raw": round(search_p95 / raw_p95, 2) if raw_p95 else None,
        "ratio_layer_like": round(search_p95 / like_p95, 2) if like_p95 else None,
        "machine": machine(),
        "command": " ".join(["kiosk", "bench", "--services", str(services)]),
        "argv": sys.argv[1:],
    }
