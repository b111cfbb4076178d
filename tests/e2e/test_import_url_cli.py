"""`kiosk import URL` as staff run it: a real command line pulling a real API on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from tests.e2e.run_cli import kiosk
from tests.store.datasets import service_ids, sibling_names, write_dataset
from tests.store.feed_server import Fault, oruk1_services, running_feed

pytestmark = pytest.mark.e2e


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # the command inherits it
    with running_feed() as server:
        server.version, server.summaries = "1", True
        server.services = oruk1_services(23)
        server.max_per_page = 10  # the kiosk asks for 100 a page
        yield server


def test_import_pulls_a_paged_api_and_check_says_where_from(api, tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    done = kiosk("import", api.url(), "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # progress is for a terminal only
    report = json.loads(done.stdout)
    assert report["source"] == api.url("/api/services") and report["source_format"] == "oruk-1"
    assert report["services"] == 21 and report["skipped"] == 2
    pull = report["pull"]
    assert (pull["api"], pull["pages"], pull["services"], pull["full_records"]) == (
        "ORUK v1",
        3,
        23,
        23,
    )
    assert len(service_ids(db)) == 21
    checked = json.loads(kiosk("check", "--db", db, "--json").stdout)
    assert checked["dataset"]["source_name"] == api.url("/api/services")
    assert checked["dataset"]["sample"] is False and checked["categories"] > 0
    text = kiosk("import", api.url(), "--db", db)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith(
        f"Pulled 23 services from {api.url('/api/services')} "
        "(ORUK v1, 3 pages, 23 full records fetched).\n"
        f"Imported {api.url('/api/services')} (oruk-1): 21 services"
    )


def test_save_keeps_the_feed_to_import_with_no_network(api, tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    saved = tmp_path / "usb" / "council.json"
    saved.parent.mkdir()
    checked = kiosk("import", api.url(), "--save", saved, "--dry-run", "--db", db)
    assert checked.returncode == 0, checked.stderr
    assert f"Saved the feed to {saved}\n" in checked.stdout
    assert "Nothing was changed (dry run)." in checked.stdout
    assert not db.exists() and saved.exists()
    api.services = []  # the API is gone; the saved file is all there is
    offline = kiosk("import", saved, "--db", db, "--json")
    assert offline.returncode == 0, offline.stderr
    assert json.loads(offline.stdout)["services"] == 21
    assert sorted(p.name for p in saved.parent.iterdir()) == ["council.json"]


def test_a_failed_pull_changes_nothing_and_says_why_in_one_line(api, tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "a.json", 3), "--db", db).returncode == 0
    before, files = db.read_bytes(), sibling_names(db)
    api.fail("page 2", Fault(body=b"<html>Sorry, we are updating the directory</html>"))
    saved = tmp_path / "council.json"
    broken = kiosk("import", api.url(), "--save", saved, "--force", "--db", db)
    assert broken.returncode == 2, broken.stderr
    assert broken.stderr == (
        f"kiosk: import refused: page 2 of {api.url('/api/services')} is not JSON "
        "(it begins '<html>Sorry, we are updating the directory</html>'): "
        "check the address is an ORUK API\n"
    )
    missing = kiosk("import", api.url("/no-api-here"), "--db", db)
    assert missing.returncode == 2 and "(404 Not Found)" in missing.stderr
    assert missing.stderr.count("\n") == 1
    misused = kiosk("import", tmp_path / "a.json", "--save", saved, "--db", db)
    assert misused.returncode == 2 and "--save is for a web address" in misused.stderr
    asked = len(api.requests)
    into_folder = kiosk("import", api.url(), "--save", tmp_path, "--db", db)
    assert into_folder.returncode == 2 and into_folder.stderr == (
        f"kiosk: import refused: cannot save to {tmp_path}: it is a folder; name a file in it, "
        f"such as {tmp_path / 'feed.json'}\n"
    )
    assert len(api.requests) == asked  # refused before a single page was asked for
    assert db.read_bytes() == before and sibling_names(db) == files
    assert not saved.exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "a.json",
        "kiosk.sqlite3",
        "kiosk.sqlite3.lock",
    ]
