"""The reports taken away on a USB stick: a period's figures, the CSVs, and a folder written
whole or not at all; where USB sticks are mounted."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from kiosk.staff import removable, report_files
from kiosk.staff.feedback import FeedbackKind, give_feedback
from kiosk.staff.report_files import ReportWriteError, folder_name, period_report, save_reports
from kiosk.staff.statistics import Event, UsageRecorder

TODAY = datetime.date(2026, 3, 20)


def test_a_period_counts_its_own_days_only(tmp_path) -> None:
    path = tmp_path / "usage.sqlite3"
    for days_ago, sessions in ((0, 2), (6, 1), (7, 5)):
        when = datetime.datetime(2026, 3, 20, 9) - datetime.timedelta(days=days_ago)
        recorder = UsageRecorder(path, clock=lambda when=when: when)
        for _ in range(sessions):
            recorder.record(Event.SESSION)
        recorder.record(Event.TOPIC, "ehcp")
        recorder.close()
    give_feedback(
        "topic",
        "ehcp",
        rating="partly",
        reasons_given=["out_of_date"],
        path=path,
        comment="old page",
        today=TODAY,
    )
    give_feedback(
        "service",
        "s1",
        kind=FeedbackKind.PROBLEM,
        reasons_given=["wrong_phone"],
        path=path,
        today=TODAY - datetime.timedelta(days=8),
    )
    week = period_report(7, path, TODAY)
    assert (week.first, week.last) == (datetime.date(2026, 3, 14), TODAY)
    assert week.total(Event.SESSION) == 3 and week.most(Event.TOPIC) == [("ehcp", 2)]
    assert len(week.sessions_by_day) == 7 and week.sessions_by_day[-1] == (TODAY, 2)
    assert week.ratings["partly"] == 1 and week.problems == 0 and week.comments == 1
    assert week.reasons == {"out_of_date": 1}
    month = period_report(30, path, TODAY)
    assert month.total(Event.SESSION) == 8 and month.problems == 1
    assert report_files.usage_csv(path).decode().startswith("day,hour,event,key,count\n")
    assert b"The phone number is wrong" in report_files.feedback_csv(path)


def test_no_usage_file_yet_is_an_empty_report(tmp_path) -> None:
    report = period_report(7, tmp_path / "none.sqlite3", TODAY)
    assert report.total(Event.SESSION) == 0 and report.most(Event.TOPIC) == []


def test_the_folder_name_is_safe_anywhere() -> None:
    when = datetime.datetime(2026, 3, 20, 14, 5)
    assert folder_name("Hub 1/Library", when) == "send-kiosk-reports-Hub-1-Library-2026-03-20-1405"
    assert folder_name("///", when) == "send-kiosk-reports-kiosk-2026-03-20-1405"


def test_every_file_or_none(tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / ".reports.partial").mkdir()  # left by a stick pulled out last time
    made = save_reports(stick, "reports", {"a.csv": b"1", "b.png": b"2"})
    assert made == stick / "reports" and (made / "b.png").read_bytes() == b"2"
    again = save_reports(stick, "reports", {"a.csv": b"3"})  # the same minute again
    assert again.name == f"reports-{os.getpid()}" and (made / "a.csv").read_bytes() == b"1"
    with pytest.raises(ReportWriteError, match="cannot write"):
        save_reports(stick, "broken", {"a.csv": b"1", "no/such/folder.csv": b"2"})
    assert sorted(p.name for p in stick.iterdir()) == ["reports", again.name]
    with pytest.raises(ReportWriteError):
        save_reports(tmp_path / "not-there", "reports", {"a.csv": b"1"})


def test_media_mounted_by_udisks_and_straight_under_media(tmp_path, monkeypatch) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    (media / "kiosk" / "STICK").mkdir(parents=True)
    (media / ".hidden").mkdir()
    (media / "file.txt").write_text("not a folder")
    (run_media / "usb0").mkdir(parents=True)
    (media / "link").symlink_to(run_media / "usb0")
    mounted = {run_media / "usb0"}
    monkeypatch.setattr(removable.os.path, "ismount", lambda p: Path(p) in mounted)
    monkeypatch.setattr(removable, "MEDIA_BASES", (media, run_media, tmp_path / "missing"))
    found = removable.removable_media_roots()
    assert found == [media / "kiosk" / "STICK", run_media / "usb0"]
    assert removable.writable_media_roots() == found


def test_a_full_folder_is_looked_at_only_so_far(tmp_path, monkeypatch) -> None:
    for n in range(5):
        (tmp_path / f"f{n}").mkdir()
    monkeypatch.setattr(removable, "MAX_ENTRIES", 3)
    assert len(removable.visible_entries(tmp_path)) == 3
