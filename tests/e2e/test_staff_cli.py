"""The staff and IT commands, run as the real command line: settings, PIN, reports, fleet."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import time

import pytest

from kiosk import paths
from kiosk.staff.feedback import FeedbackKind, give_feedback
from kiosk.staff.pin import verify_pin
from kiosk.staff.statistics import Event, UsageRecorder
from tests.e2e.run_cli import REPO, kiosk
from tests.store.datasets import write_dataset

pytestmark = pytest.mark.e2e


def kiosk_with_input(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def test_settings_show_their_mistakes_and_set_pin_keeps_the_file(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("# ours\n[kiosk]\nidle_timeout_s = 'soon'\ncolour = 1\n", encoding="utf-8")
    shown = kiosk("settings", "--config", config)
    assert shown.returncode == 0
    assert "idle_timeout_s = 90" in shown.stdout and "must be a whole number" in shown.stdout
    as_json = json.loads(kiosk("settings", "--config", config, "--json").stdout)
    assert len(as_json["problems"]) == 2 and as_json["settings"]["pin_hash"] == ""
    assert "(none: every default)" in kiosk("settings").stdout

    refused = kiosk_with_input("12\n", "set-pin", "--config", str(config))
    assert refused.returncode == 2 and "4 to 8 digits" in refused.stderr
    done = kiosk_with_input("482915\n", "set-pin", "--config", str(config))
    assert done.returncode == 0, done.stderr
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# ours\n[kiosk]\npin_hash = ") and "colour = 1" in text
    stored = text.split('pin_hash = "')[1].split('"')[0]
    assert verify_pin("482915", stored) and not verify_pin("482916", stored)
    assert '"(set)"' in kiosk("settings", "--config", config, "--json").stdout
    again = kiosk_with_input("1234\n", "set-pin", "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["pin_set"] is True
    assert (paths.config_dir() / "kiosk.toml").exists()
    broken = tmp_path / "broken.toml"
    broken.write_text("[kiosk\n", encoding="utf-8")
    failed = kiosk_with_input("1234\n", "set-pin", "--config", str(broken))
    assert failed.returncode == 1 and "correct it first" in failed.stderr
    assert broken.read_text(encoding="utf-8") == "[kiosk\n"


def test_set_pin_asks_twice_on_a_terminal(monkeypatch, capsys):
    import getpass

    from kiosk.cli import main

    answers = iter(["2468", "2469", "2468", "2468"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["set-pin"]) == 2
    assert "the two PINs differ" in capsys.readouterr().err
    assert main(["set-pin"]) == 0
    assert "Staff PIN set" in capsys.readouterr().out


def test_stats_and_feedback_are_exported(tmp_path):
    assert kiosk("stats").stdout.strip() == "No usage recorded yet."
    assert kiosk("feedback").stdout.strip() == "No feedback given yet."
    recorder = UsageRecorder(keep_unfound=True)
    recorder.record(Event.SESSION)
    recorder.record(Event.SERVICE, "svc-1")
    recorder.search_found_nothing("Hydrotherapy pool")
    recorder.close()
    give_feedback("service", "svc-1", rating="partly", comment="ring me 07700 900123")
    give_feedback("service", "svc-1", kind=FeedbackKind.PROBLEM, reasons_given=["wrong_phone"])
    today = datetime.date.today().isoformat()

    csv_out = kiosk("stats", "--csv", "--from", today, "--to", today)
    assert csv_out.returncode == 0
    rows = csv_out.stdout.splitlines()
    assert rows[0] == "day,hour,event,key,count" and any(",service,svc-1,1" in r for r in rows)
    summary = kiosk("stats")
    assert "session: 1" in summary.stdout and "hydrotherapy pool" in summary.stdout
    assert json.loads(kiosk("stats", "--json").stdout)["totals"]["session"] == 1
    assert kiosk("stats", "--csv", "--from", "2000-01-01", "--to", "2000-01-02").stdout == (
        "day,hour,event,key,count\n"
    )
    for command in ("stats", "feedback"):
        bad = kiosk(command, "--from", "last week")
        assert bad.returncode == 2 and "--from must be a date" in bad.stderr
        backwards = kiosk(command, "--from", "2026-02-01", "--to", "2026-01-01")
        assert backwards.returncode == 2 and "--from must not be after --to" in backwards.stderr

    feedback = kiosk("feedback", "--csv", "--from", today)
    assert feedback.returncode == 0
    assert "ring me [phone]" in feedback.stdout and "07700" not in feedback.stdout
    assert "The phone number is wrong" in feedback.stdout
    listed = kiosk("feedback").stdout
    assert f"{today} rating on service svc-1: partly ring me [phone]" in listed
    assert len(json.loads(kiosk("feedback", "--json").stdout)) == 2


def test_a_usage_file_from_a_newer_kiosk_is_reported(tmp_path):
    import sqlite3

    from kiosk.staff.usagedb import MIGRATION_SET, open_usage

    open_usage().close()
    with sqlite3.connect(paths.data_dir() / "usage.sqlite3") as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, 'm099', '')",
            [MIGRATION_SET],
        )
    for command in ("stats", "feedback"):
        done = kiosk(command)
        assert done.returncode == 1 and "newer kiosk" in done.stderr


def write_settings(text: str) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / "kiosk.toml").write_text(f"[kiosk]\n{text}\n", encoding="utf-8")


def test_watch_folder_imports_once_and_refuses_a_bad_file(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("watch-folder", "--once", "--db", db).returncode == 2
    drop = tmp_path / "drop"
    drop.mkdir()
    write_settings(f'drop_folder = "{drop}"')
    nothing = kiosk("watch-folder", "--once", "--db", db)
    assert nothing.returncode == 0 and "nothing new" in nothing.stdout
    when = time.time() - 300
    os.utime(write_dataset(drop / "council.json", 4), (when, when))
    imported = kiosk("watch-folder", "--once", "--db", db, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["outcome"] == "imported"
    before = db.read_bytes()
    (drop / "newer.json").write_text("{ not json", encoding="utf-8")
    os.utime(drop / "newer.json", (when + 10, when + 10))
    refused = kiosk("watch-folder", "--once", "--db", db)
    assert refused.returncode == 2 and "refused: newer.json (drop folder)" in refused.stdout
    assert db.read_bytes() == before
    assert json.loads(kiosk("watch-folder", "--once", "--json").stdout) == {
        "outcome": "nothing new"
    }


def test_watch_folder_keeps_looking(tmp_path, monkeypatch, capsys):
    from kiosk.cli import main

    drop = tmp_path / "drop"
    drop.mkdir()
    write_settings(f'drop_folder = "{drop}"\ndrop_poll_minutes = 2')
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        if len(slept) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", sleep)
    assert main(["watch-folder"]) == 1
    assert slept == [120, 120] and capsys.readouterr().out.count("nothing new") == 2


def test_status_and_fleet(tmp_path):
    db = tmp_path / "kiosk.sqlite3"
    assert kiosk("import", write_dataset(tmp_path / "d.json", 3), "--db", db).returncode == 0
    write_settings('kiosk_name = "hub-1"')
    shown = kiosk("status", "--db", db)
    assert shown.returncode == 0 and json.loads(shown.stdout)["kiosk_name"] == "hub-1"
    share = tmp_path / "share"
    share.mkdir()
    written = kiosk("status", "--write", share, "--db", db)
    assert written.returncode == 0 and "hub-1.status.json" in written.stdout
    write_settings('kiosk_name = "hub-2"')
    as_json = kiosk("status", "--write", share, "--json")
    assert json.loads(as_json.stdout)["written"].endswith("hub-2.status.json")
    (share / "old.status.json").write_text("{", encoding="utf-8")
    fleet = kiosk("fleet", share)
    assert fleet.returncode == 0
    lines = fleet.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["hub-1", "hub-2", "old"]
    assert "SAMPLE DATA" in lines[0] and "NO DATA" in lines[1] and "UNREADABLE" in lines[2]
    kiosks = json.loads(kiosk("fleet", share, "--json").stdout)
    assert kiosks[0]["dataset"]["services"] == 3
    assert kiosk("fleet", tmp_path / "d.json").returncode == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "No status files" in kiosk("fleet", empty).stdout
    (tmp_path / "file").write_text("", encoding="utf-8")
    failed = kiosk("status", "--write", tmp_path / "file")
    assert failed.returncode == 1 and "cannot write the status file" in failed.stderr


def test_import_and_rollback_from_the_command_line_are_recorded(tmp_path):
    from kiosk.staff.dropfolder import last_import

    db = tmp_path / "kiosk.sqlite3"
    first = write_dataset(tmp_path / "first.json", 4)
    assert kiosk("import", first, "--db", db).returncode == 0
    outcome = last_import()
    assert outcome is not None
    assert (outcome.file, outcome.where, outcome.outcome, outcome.services) == (
        "first.json",
        "command line",
        "imported",
        4,
    )
    assert kiosk("import", write_dataset(tmp_path / "dry.json", 5), "--db", db, "--dry-run")
    assert last_import() == outcome  # a dry run changes nothing, so records nothing
    (tmp_path / "bad.json").write_text("{ not json", encoding="utf-8")
    assert kiosk("import", tmp_path / "bad.json", "--db", db).returncode == 2
    refused = last_import()
    assert refused is not None and (refused.file, refused.outcome) == ("bad.json", "refused")
    assert kiosk("import", write_dataset(tmp_path / "second.json", 5), "--db", db).returncode == 0
    assert kiosk("rollback", "--db", db).returncode == 0
    rolled = last_import()
    assert rolled is not None and rolled.outcome == "rolled back"
    status = json.loads(kiosk("status", "--db", db).stdout)
    assert status["last_import"]["outcome"] == "rolled back"
    assert status["dataset"]["services"] == 4
