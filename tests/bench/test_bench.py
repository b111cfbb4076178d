"""`kiosk bench` runs end to end on a small synthetic set and reports every figure."""

from __future__ import annotations

import contextlib
import json

import pytest

from kiosk.bench.search import query_mix
from kiosk.bench.startup import run_startup_bench
from kiosk.bench.synthetic import NEED_TAXONOMY, SUBCATEGORIES, synthetic_document
from kiosk.cli import main
from kiosk.store import vocabulary

KEYS = {
    "import_s",
    "search_p50_ms",
    "search_p95_ms",
    "browse_p95_ms",
    "services",
    "queries",
    "raw_fts_p95_ms",
    "like_p95_ms",
    "ratio_layer_raw",
    "ratio_layer_like",
    "machine",
}


STARTUP_KEYS = {
    "runs",
    "bare_window_ms",
    "kiosk_startup_ms",
    "ratio",
    "ratio_per_pair",
    "budget_ratio",
    "within_budget",
    "first_start_ms",
    "database_check_ms",
    "window_up_ms",
    "machine",
}


def test_the_query_mix_is_fixed_and_varied() -> None:
    mix = query_mix()
    assert len(mix) >= 200 and mix == query_mix()
    texts = [text for text, _ in mix]
    assert any(len(t) == 1 for t in texts) and "autsim" in texts and "SALT" in texts
    assert any(" " in t for t in texts)
    assert sum(1 for _, f in mix if not f.is_empty()) >= 50


def test_synthetic_data_is_deterministic_and_varied() -> None:
    first = synthetic_document(200, seed=7)
    assert first == synthetic_document(200, seed=7) != synthetic_document(200, seed=8)
    services = first["contents"]
    assert len(services) == 200 and len({s["id"] for s in services}) == 200
    assert any("<p>" in s["description"] for s in services)
    assert any("minimum_age" not in s for s in services)
    assert len({s["attributes"][0]["taxonomy_term"]["id"] for s in services}) == 11


def test_synthetic_data_uses_the_local_offer_categories_and_needs() -> None:
    categories = {c.id: c.name for c in vocabulary.categories()}
    needs = {n.id: n.name for n in vocabulary.needs()}
    assert set(SUBCATEGORIES) == set(categories)
    used: set[str] = set()
    for service in synthetic_document(300)["contents"]:
        top, *rest = (a["taxonomy_term"] for a in service["attributes"])
        assert top["name"] == categories[top["id"]]
        for term in rest:
            if term["taxonomy"] == NEED_TAXONOMY:
                assert term["name"] == needs[term["id"]]
                used.add(term["id"])
    assert used == set(needs)


def test_bench_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--services", "300", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) >= KEYS
    assert figures["services"] == 300 and figures["queries"] >= 200
    assert {"cpu", "cores", "python", "sqlite"} <= set(figures["machine"])


def test_bench_refuses_nonsense(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--services", "lots"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_startup_bench_times_both_processes_alternately() -> None:
    figures = run_startup_bench(runs=1, warmups=0)
    assert set(figures) >= STARTUP_KEYS
    for key in ("bare_window_ms", "kiosk_startup_ms", "database_check_ms", "window_up_ms"):
        assert set(figures[key]) == {"median", "min", "max"}, key
    assert figures["runs"] == 1 and figures["budget_ratio"] == 2.5
    assert isinstance(figures["within_budget"], bool)


def test_soak_bench_runs_the_monkey_in_its_own_process(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bench", "--soak", "5", "--seed", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["taps"] == 5 and figures["exceptions"] == 0 and figures["exit_code"] == 0
    assert figures["command"] == "kiosk selftest --monkey 5 --seed 2 --json"
    assert {"rss_start_mb", "rss_fifth_mb", "rss_end_mb", "machine"} <= set(figures)


@pytest.mark.parametrize(
    "argv",
    [["--startup", "--runs", "0"], ["--soak", "many"], ["--startup", "--soak", "3"]],
    ids=["no-runs", "soak-nonsense", "both"],
)
def test_startup_and_soak_refuse_nonsense(argv: list[str]) -> None:
    with contextlib.suppress(SystemExit):  # argparse refuses --startup with --soak itself
        assert main(["bench", *argv]) == 2


def test_the_import_memory_bench_measures_a_fresh_process() -> None:
    from kiosk.bench.memory import measure_import

    figures = measure_import(300)
    assert figures["services"] == 300 and figures["file_mb"] > 0
    assert figures["peak_mb"] >= figures["peak_mb_before"] > 0


def test_the_inference_bench_reports_every_group(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--inference", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["services"] > 250 and len(figures["groups"]) == 23
    assert 0 < figures["categories"]["precision"] <= 1
