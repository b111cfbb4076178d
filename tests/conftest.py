"""Settings shared by every test: offscreen Qt, no real per-machine folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
PACKAGED_DATA = REPO / "data" / "local_offer.json"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache folder for the session (the theme's is built once), never the machine's.

    Session-wide, so it is in place before the UI tests' session theme fixture runs.
    """
    folder = tmp_path_factory.mktemp("kiosk-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SEND_KIOSK_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the machine's real data and settings folders."""
    home = tmp_path_factory.mktemp("kiosk-home")
    monkeypatch.setenv("SEND_KIOSK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SEND_KIOSK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("SEND_KIOSK_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("SEND_KIOSK_RUNTIME_DIR", str(home / "run"))
