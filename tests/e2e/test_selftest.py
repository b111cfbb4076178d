"""`kiosk selftest` runs the real UI off screen, visits every screen and saves 1920x1080 PNGs."""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e

EXPECTED = (
    "welcome",
    "home",
    "topics",
    "topic-what-is-send",
    "directory",
    "service",
    "my-list",
    "search",
    "search-results",
    "search-no-results",
    "talk",
    "access",
    "idle-overlay",
    "out-of-order",
)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


MONKEY_KEYS = {
    "taps",
    "exceptions",
    "qt_warnings",
    "rss_start_mb",
    "rss_fifth_mb",
    "rss_end_mb",
    "rss_growth_pct",
    "screens",
    "events",
    "seconds",
    "seed",
    "errors",
}


def selftest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env_dir = tmp_path / "home"
    # Qt's mock speech engine: a speech-dispatcher started for a made-up home would find
    # none of the kiosk's settings for it (tests/ui/test_speechd.py tries the real one).
    (env_dir / "config").mkdir(parents=True, exist_ok=True)
    (env_dir / "config" / "kiosk.toml").write_text('[kiosk]\nspeech_engine = "mock"\n')
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "selftest", "--db", str(tmp_path / "k.sqlite3"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={
            **os.environ,
            "HOME": str(env_dir),
            "SEND_KIOSK_CONFIG_DIR": str(env_dir / "config"),
            "SEND_KIOSK_DATA_DIR": str(env_dir / "data"),
        },
    )


def test_selftest_visits_every_screen(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = selftest(tmp_path, "--screenshots", str(shots))
    assert result.returncode == 0, result.stdout + result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    for slug in EXPECTED:
        assert any(n[3:-4] == slug for n in names), f"no picture of {slug}: {names}"
    assert any(n[3:].startswith("services-") for n in names)
    for path in shots.glob("*.png"):
        assert png_size(path) == (1920, 1080), path.name
    visited = [line for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert len(visited) == len(names)
    assert "speech: mock (" in result.stdout


def test_startup_only_paints_the_welcome_screen(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = selftest(tmp_path, "--startup-only", "--screenshots", str(shots))
    assert result.returncode == 0, result.stdout + result.stderr
    assert [p.name for p in shots.glob("*.png")] == ["01-welcome.png"]


def test_startup_only_in_urdu_paints_the_welcome_screen(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = selftest(tmp_path, "--startup-only", "--language", "ur", "--screenshots", str(shots))
    assert result.returncode == 0, result.stdout + result.stderr
    assert [p.name for p in shots.glob("*.png")] == ["01-welcome.png"]


def test_selftest_refuses_a_language_it_does_not_offer(tmp_path: Path) -> None:
    result = selftest(tmp_path, "--startup-only", "--language", "xx")
    assert result.returncode == 2
    assert "--language" in result.stderr and "ur" in result.stderr


def test_selftest_reports_the_speech_engine_and_its_voices(tmp_path: Path) -> None:
    result = selftest(tmp_path, "--json")
    assert result.returncode == 0, result.stderr[-4000:]
    speech = json.loads(result.stdout)["speech"]
    assert speech["available"] is True and speech["engine"] == "mock"
    # a voice for English; every other language the kiosk offers is listed, with "" when
    # the engine has no voice for it (Qt's mock engine speaks English only)
    assert speech["voices"]["en"] and set(speech["voices"]) == {"en", "pl", "ro", "ur", "pa"}


def test_the_monkey_taps_at_random_without_an_error(tmp_path: Path) -> None:
    """The soak at a small size; its memory figures are measured, never asserted.

    100 taps take about 4 s: this seed's walk visits 6 screens (the walk changes whenever a
    screen gains or loses a control: pick another seed that gets around if it stops doing so).
    """
    result = selftest(tmp_path, "--monkey", "100", "--seed", "2", "--json")
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    assert set(report) >= MONKEY_KEYS
    assert report["taps"] == 100 and report["seed"] == 2
    assert report["exceptions"] == 0 and report["qt_warnings"] == 0 and report["errors"] == []
    assert len(report["screens"]) >= 5, report["screens"]  # it got around
    assert all(isinstance(report[k], float) for k in MONKEY_KEYS if k.startswith("rss_"))


def test_the_monkey_refuses_nonsense(tmp_path: Path) -> None:
    result = selftest(tmp_path, "--monkey", "lots")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_two_kiosk_processes_at_once_do_not_disturb_each_other(tmp_path):
    """A selftest beside a running kiosk: each keeps its own theme files.

    With an empty theme cache both build it at once, and both must end up with a whole one.
    """
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SEND_KIOSK_CACHE_DIR": str(tmp_path / "cache"),
    }
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "kiosk", "selftest", "--db", str(tmp_path / f"k{n}.sqlite3")],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for n in range(2)
    ]
    for run in runs:
        output, _ = run.communicate(timeout=300)
        assert run.returncode == 0, output
    # one whole entry per look the tour shows, however the two builds crossed
    entries = sorted(p.name for p in (tmp_path / "cache" / "qt-material").iterdir())
    looks = [name.rsplit("-", 1)[0] for name in entries]
    whole = re.compile(
        r"(standard|contrast-dark|contrast-light|cream)-(standard|dyslexic)-\d\.\d\d"
    )
    assert looks and all(whole.fullmatch(look) for look in looks), looks  # no half-written
    assert len(looks) == len(set(looks)), looks  # and none built twice
