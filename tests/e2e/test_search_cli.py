"""`kiosk search` as a subprocess on the packaged data, as staff would run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.run_cli import PACKAGED, kiosk

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search-cli") / "kiosk.sqlite3"
    imported = kiosk("import", PACKAGED, "--db", path)
    assert imported.returncode == 0, imported.stderr
    return path


def search_json(db: Path, *args: str) -> list[dict]:
    done = kiosk("search", *args, "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert isinstance(results, list)
    return results


def test_a_typo_finds_autism_services(db: Path) -> None:
    results = search_json(db, "autsim")
    assert results
    for service in results[:5]:
        text = f"{service['name']} {service['description']} {service['categories']}".lower()
        assert "autis" in text or "asd" in text
    keys = {
        "id",
        "name",
        "organisation",
        "description",
        "categories",
        "districts",
        "minimum_age",
        "maximum_age",
    }
    assert keys <= set(results[0])


def test_salt_finds_speech_and_language_services(db: Path) -> None:
    results = search_json(db, "SALT")
    assert results
    for service in results[:5]:
        assert "speech" in f"{service['name']} {service['description']}".lower()


def test_filters(db: Path) -> None:
    results = search_json(
        db,
        "support",
        "--age",
        "5",
        "--district",
        "tamworth",
        "--free",
        "--day",
        "mon",
        "--limit",
        "100",
    )
    for service in results:
        assert "Tamworth" in service["districts"]
        assert service["is_free"] is True and "MO" in service["days"]
        assert service["minimum_age"] is None or service["minimum_age"] <= 5
        assert service["maximum_age"] is None or service["maximum_age"] >= 5
    assert len(search_json(db, "--limit", "3")) == 3  # no words: list services


@pytest.mark.parametrize(
    "args",
    [
        ("autism", "--age", "26"),
        ("autism", "--age", "five"),
        ("autism", "--age", "-1"),
        ("autism", "--day", "someday"),
        ("autism", "--district", "Atlantis"),
        ("autism", "--category", "nothing-like-this"),
        ("autism", "--limit", "0"),
    ],
)
def test_bad_options_are_refused_in_one_line(db: Path, args: tuple[str, ...]) -> None:
    done = kiosk("search", *args, "--db", db)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_readable_output_and_help_when_nothing_is_found(db: Path) -> None:
    found = kiosk("search", "wheelchiar", "--db", db)
    assert found.returncode == 0 and "wheelchair" in found.stdout.lower()
    nothing = kiosk("search", "swimmmmming", "--db", db, "--language", "Polish")
    assert nothing.returncode == 0
    assert "No services found" in nothing.stdout and "Did you mean: swimming" in nothing.stdout
    no_words = kiosk("search", "***", "--db", db)
    assert "Type a word, such as autism or swimming." in no_words.stdout
    some = kiosk("search", "wheelchair", "dyslexia", "--db", db)
    assert "No service matches all your words, so these match some of them." in some.stdout
    assert "match some of them" not in found.stdout
    hostile = kiosk("search", '"NEAR(autism', "name:x", "^", "--db", db)
    assert hostile.returncode == 0 and "Traceback" not in hostile.stderr


def test_no_database(tmp_path: Path) -> None:
    done = kiosk("search", "autism", "--db", tmp_path / "missing.sqlite3")
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
