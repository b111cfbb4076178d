"""Where the kiosk finds its bundled files and where it writes its own (frozen-aware)."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import platformdirs

APP_NAME = "send-kiosk"
APP_AUTHOR = "send-kiosk"
DATABASE_NAME = "local_offer.sqlite3"


def bundle_root() -> Path:
    """The folder holding resources/ and data/: the checkout, or PyInstaller's bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def packaged_data_file() -> Path:
    """The dataset shipped with the app, used on first start and after an upgrade."""
    return bundle_root() / "data" / "local_offer.json"


def _override(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def data_dir() -> Path:
    """Per-machine writable folder for the database (SEND_KIOSK_DATA_DIR overrides it)."""
    return _override("SEND_KIOSK_DATA_DIR") or Path(
        platformdirs.site_data_dir(APP_NAME, APP_AUTHOR)
        if _machine_wide()
        else platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    )


def config_dir() -> Path:
    """Folder of kiosk.toml (SEND_KIOSK_CONFIG_DIR overrides it)."""
    return _override("SEND_KIOSK_CONFIG_DIR") or Path(
        platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)
        if _machine_wide()
        else platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)
    )


def cache_dir() -> Path:
    """Per-user folder for things rebuilt when missing, e.g. the theme (SEND_KIOSK_CACHE_DIR)."""
    return _override("SEND_KIOSK_CACHE_DIR") or Path(
        platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)
    )


def log_dir() -> Path:
    return _override("SEND_KIOSK_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def runtime_dir() -> Path:
    """Per-user folder for the running kiosk's lock file (SEND_KIOSK_RUNTIME_DIR overrides it).

    The session's runtime folder ($XDG_RUNTIME_DIR on Linux) when there is a usable one, else
    the data folder: a missing runtime folder must not stop a kiosk from starting.
    """
    override = _override("SEND_KIOSK_RUNTIME_DIR")
    if override:
        return override
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when it falls back
            return Path(platformdirs.user_runtime_dir(APP_NAME, APP_AUTHOR))
    except OSError:
        return data_dir()


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def _machine_wide() -> bool:
    """Installed kiosks may keep one machine-wide copy; set SEND_KIOSK_MACHINE_WIDE=1."""
    return os.environ.get("SEND_KIOSK_MACHINE_WIDE") == "1"
