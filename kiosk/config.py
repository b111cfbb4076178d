"""The kiosk's settings file (kiosk.toml): read once at start-up, with safe defaults."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from kiosk import paths

CONFIG_NAME = "kiosk.toml"


class ConfigError(ValueError):
    """The settings file cannot be used; the message says which line or value to fix."""


@dataclass(frozen=True)
class Settings:
    database: str = ""
    site_name: str = "SEND information point"
    idle_timeout_s: int = 90
    idle_countdown_s: int = 30
    default_language: str = "en"

    def database_path(self) -> Path:
        return Path(self.database).expanduser() if self.database else paths.default_database()


def load_settings(path: Path | None = None) -> Settings:
    """Read kiosk.toml; a missing file gives the defaults, a broken one a ConfigError."""
    path = path or paths.config_dir() / CONFIG_NAME
    if not path.exists():
        return Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings ({exc})") from exc
    section = raw.get("kiosk", raw)
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, value in section.items():
        if key not in known:
            raise ConfigError(f"{path}: unknown setting {key!r}")
        expected = int if known[key] == "int" else str
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(
                f"{path}: {key} must be {'a whole number' if expected is int else 'text'}"
            )
        values[key] = value
    settings = replace(Settings(), **values)  # type: ignore[arg-type]
    if settings.idle_timeout_s < 10 or settings.idle_countdown_s < 20:
        raise ConfigError(
            f"{path}: idle_timeout_s must be at least 10 and idle_countdown_s at least 20"
        )
    return settings
