"""The real `kiosk` command line, run as staff and IT would run it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.e2e.run_cli import PACKAGED, REPO, kiosk
from tests.expected import DISTRICTS

FIXTURES = REPO / "tests" / "fixtures"

pytestmark = pytest.mark.e2e


def test_packaged_data_imports_and_checks(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    imported = kiosk("import", PACKAGED, "--db", db, "--json")
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["services"] >= 250 and report["skipped"] == 0
    checked = kiosk("check", "--db", db, "--json")
    assert checked.returncode == 0, checked.stderr
    summary = json.loads(checked.stdout)
    assert summary["services"] >= 250
    assert summary["categories"] == 11
    assert summary["districts"] == list(DISTRICTS)
    assert summary["dataset"]["sample"] is True
    assert summary["organisations"] > 0
    text = kiosk("check", "--db", db)
    assert "SAMPLE data" in text.stdout and "Districts (8)" in text.stdout


def test_import_reports_problems_and_exit_codes(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    ok = kiosk("import", FIXTURES / "oruk_v1_messy.json", "--db", db)
    assert ok.returncode == 0
    assert "skipped 2" in ok.stdout and "v1-002: name: has no name (record skipped)" in ok.stdout
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    before = db.read_bytes()
    refused = kiosk("import", bad, "--db", db)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("kiosk: import refused: bad.json is neither JSON")
    assert db.read_bytes() == before
    missing = kiosk("import", tmp_path / "nothing.json", "--db", db)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_export_import_and_rollback(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", FIXTURES / "oruk_v1_messy.json", "--db", db).returncode == 0
    out = tmp_path / "out.json"
    exported = kiosk("export", "--format", "oruk-json", "--out", out, "--db", db, "--json")
    assert exported.returncode == 0 and json.loads(exported.stdout)["services"] == 3
    csv_out = tmp_path / "csv"
    assert kiosk("export", "--format", "csv", "--out", csv_out, "--db", db).returncode == 0
    assert (csv_out / "services.csv").exists()
    example = FIXTURES / "oruk/uk-profile-3.0/examples/service_full.json"
    needs_force = kiosk("import", example, "--db", db)
    assert needs_force.returncode == 2 and "--force" in needs_force.stderr
    assert kiosk("import", example, "--db", db, "--force").returncode == 0
    assert json.loads(kiosk("check", "--db", db, "--json").stdout)["services"] == 1
    back = kiosk("rollback", "--db", db)
    assert back.returncode == 0, back.stderr
    assert json.loads(kiosk("check", "--db", db, "--json").stdout)["services"] == 3


def test_check_on_a_missing_or_broken_database_says_so(tmp_path):
    missing = kiosk("check", "--db", tmp_path / "none.sqlite3")
    assert missing.returncode == 1 and "no database" in missing.stderr
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 500)
    result = kiosk("check", "--db", broken)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert kiosk("rollback", "--db", broken).returncode == 2


def test_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", PACKAGED, "--db", db).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "search", "a", "--limit", "200", "--db", str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()  # the reader goes away, as `| head` does
    _, errors = process.communicate(timeout=60)
    assert errors == b""
