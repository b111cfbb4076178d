"""The kiosk's settings file (kiosk.toml): read once at start-up, with safe defaults."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from kiosk import paths

CONFIG_NAME = "kiosk.toml"


# A setting's declared type -> (the TOML values it accepts, how to say so).
TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "str": (str, "text"),
    "int": (int, "a whole number"),
    "float | None": ((int, float), "a number"),
}


class ConfigError(ValueError):
    """The settings file cannot be used; the message says which line or value to fix."""


@dataclass(frozen=True)
class Settings:
    database: str = ""
    site_name: str = "SEND information point"
    idle_timeout_s: int = 90
    idle_countdown_s: int = 30
    default_language: str = "en"
    # Where this kiosk stands, for "nearest first": a point, or else a district's main town.
    hub_latitude: float | None = None
    hub_longitude: float | None = None
    hub_district: str = ""
    # A service last checked longer ago than this says so, and asks visitors to phone first.
    stale_after_months: int = 12
    # Read aloud: "" is the usual engine for the system (speechd on Linux, WinRT or SAPI on
    # Windows, AVSpeech on macOS), a name picks one of Qt's engines, "none" turns it off.
    speech_engine: str = ""

    def database_path(self) -> Path:
        return Path(self.database).expanduser() if self.database else paths.default_database()

    def hub_location(self) -> tuple[float, float] | None:
        """(latitude, longitude) of this hub, or None when the settings do not say."""
        if self.hub_latitude is not None and self.hub_longitude is not None:
            return self.hub_latitude, self.hub_longitude
        from kiosk.store.vocabulary import district_centres

        centres = {name.casefold(): place for name, place in district_centres().items()}
        return centres.get(self.hub_district.strip().casefold())


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
        expected, wording = TYPES[str(known[key])]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{path}: {key} must be {wording}")
        values[key] = float(value) if isinstance(value, int) and wording == "a number" else value
    settings = replace(Settings(), **values)  # type: ignore[arg-type]
    if settings.idle_timeout_s < 10 or settings.idle_countdown_s < 20:
        raise ConfigError(
            f"{path}: idle_timeout_s must be at least 10 and idle_countdown_s at least 20"
        )
    if (
        not -90 <= (settings.hub_latitude or 0) <= 90
        or not -180 <= (settings.hub_longitude or 0) <= 180
    ):
        raise ConfigError(f"{path}: hub_latitude and hub_longitude must be a place on Earth")
    if settings.stale_after_months < 1:
        raise ConfigError(f"{path}: stale_after_months must be at least 1")
    return settings
