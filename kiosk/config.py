"""The kiosk's settings file (kiosk.toml): read once at start-up, forgiving, with safe defaults.

Each setting is declared once, as a field of Settings: its type, its default and its check
(`setting(default, check)`). A value of the wrong type or out of range is logged as a warning
naming the file, the key and the reason, and that key keeps its default; an unknown key is
logged and ignored; a file that cannot be read at all gives every default. A mistake in the
settings never stops the kiosk.
"""

from __future__ import annotations

import logging
import math
import os
import re
import socket
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk import looks, paths

CONFIG_NAME = "kiosk.toml"

log = logging.getLogger(__name__)

# A check returns what is wrong with a value of the right type, or "" when it is fine.
Check = Callable[[Any], str]

# A setting's declared type -> (the TOML values it accepts, how to say so).
TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "str": (str, "text"),
    "int": (int, "a whole number"),
    "float | None": ((int, float), "a number"),
    "bool": (bool, "true or false"),
    "bool | str": ((bool, str), "true, false or a printer's name"),
    "tuple[str, ...]": (list, 'a list of text, for example ["en", "pl"]'),
}


class ConfigError(ValueError):
    """The settings file cannot be changed as asked; the message says why."""


def setting(
    default: Any = None, check: Check | None = None, *, factory: Callable[[], Any] | None = None
) -> Any:
    """Declare a setting: its default (or a FACTORY making it) and the CHECK its value must pass."""
    metadata = {"check": check} if check else {}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def at_least(low: float, high: float = math.inf) -> Check:
    def check(value: Any) -> str:
        if low <= value <= high:
            return ""
        return f"must be at least {low:g}" if high == math.inf else f"must be {low:g} to {high:g}"

    return check


def one_of(*allowed: str | int) -> Check:
    def check(value: Any) -> str:
        if value in allowed and type(value) is type(allowed[0]):
            return ""
        return f"must be one of {', '.join(map(str, allowed))}"

    return check


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def language_code(value: Any) -> str:
    return "" if LANGUAGE_CODE.fullmatch(value) else "must be a language code such as en or pl"


def language_codes(value: Any) -> str:
    bad = [code for code in value if not isinstance(code, str) or language_code(code)]
    return f"has codes that are not language codes: {bad}" if bad else ""


def not_blank(value: Any) -> str:
    return "" if value.strip() else "must not be empty"


def pin_hash_text(value: Any) -> str:
    from kiosk.staff.pin import looks_like_pin_hash

    if not value or looks_like_pin_hash(value):
        return ""
    return "is not a PIN hash made by `kiosk set-pin`"


def _host_name() -> str:
    return socket.gethostname() or "kiosk"


@dataclass(frozen=True)
class Settings:
    database: str = setting("")
    site_name: str = setting("SEND information point")
    # A name for this kiosk among many, in its status file (docs/deployment.md)
    kiosk_name: str = setting(check=not_blank, factory=_host_name)
    idle_timeout_s: int = setting(90, at_least(10))
    idle_countdown_s: int = setting(30, at_least(20))
    default_language: str = setting("en", language_code)
    # Empty: every language the kiosk has translations for (resources/translations).
    enabled_languages: tuple[str, ...] = setting((), language_codes)
    # Where this kiosk stands, for "nearest first": a point, or else a district's main town.
    hub_latitude: float | None = setting(None, at_least(-90, 90))
    hub_longitude: float | None = setting(None, at_least(-180, 180))
    hub_district: str = setting("")
    # A service last checked longer ago than this says so, and asks visitors to phone first.
    stale_after_months: int = setting(12, at_least(1))
    # Staff are warned when the whole dataset is older than this (by its own dates).
    data_stale_after_months: int = setting(6, at_least(1))
    # A folder (often a network share) where new data files are picked up, and status written.
    drop_folder: str = setting("")
    drop_poll_minutes: int = setting(15, at_least(1, 24 * 60))
    status_interval_minutes: int = setting(5, at_least(1, 24 * 60))
    pin_hash: str = setting("", pin_hash_text)
    statistics: bool = setting(True)
    keep_unfound_searches: bool = setting(False)
    # false: no printing; true: the default printer; text: that printer.
    printer: bool | str = setting(False)
    # How a new visitor finds the kiosk (each visitor may change them; all reset at idle).
    text_size: int = setting(100, one_of(*looks.TEXT_SIZES))
    colour_scheme: str = setting(looks.STANDARD, one_of(*looks.COLOUR_SCHEMES))
    font: str = setting(looks.STANDARD_FONT, one_of(*looks.FONT_CHOICES))
    read_aloud: bool = setting(False)
    # Read aloud: "" is the usual engine for the system (speechd on Linux, WinRT or SAPI on
    # Windows, AVSpeech on macOS), a name picks one of Qt's engines, "none" turns it off.
    speech_engine: str = setting("")

    def database_path(self) -> Path:
        return Path(self.database).expanduser() if self.database else paths.default_database()

    def drop_folder_path(self) -> Path | None:
        return Path(self.drop_folder).expanduser() if self.drop_folder else None

    def hub_location(self) -> tuple[float, float] | None:
        """(latitude, longitude) of this hub, or None when the settings do not say."""
        if self.hub_latitude is not None and self.hub_longitude is not None:
            return self.hub_latitude, self.hub_longitude
        from kiosk.store.vocabulary import district_centres

        centres = {name.casefold(): place for name, place in district_centres().items()}
        return centres.get(self.hub_district.strip().casefold())


def settings_path() -> Path:
    """Where the kiosk reads its settings: kiosk.toml in the per-machine config folder."""
    return paths.config_dir() / CONFIG_NAME


def load_settings(path: Path | None = None) -> Settings:
    """Read kiosk.toml, logging each problem as a warning; never raises for a bad file."""
    settings, problems = read_settings(path)
    for problem in problems:
        log.warning("%s", problem)
    return settings


def read_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """(the settings, one line per problem found). A missing file gives the defaults."""
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Settings(), [f"{path}: cannot read settings ({exc}); using every default"]
    section = raw.get("kiosk", raw)
    if not isinstance(section, dict):
        return Settings(), [f"{path}: [kiosk] must be a table of settings; using every default"]
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in section.items():
        spec = known.get(key)
        if spec is None:
            problems.append(f"{path}: unknown setting {key!r} ignored")
            continue
        converted, wrong = _checked(spec, value)
        if wrong:
            problems.append(f"{path}: {key} {wrong}; using the default, {_default_text(spec)}")
        else:
            values[key] = converted
    settings = replace(Settings(), **values)
    enabled = settings.enabled_languages
    if enabled and settings.default_language not in enabled:
        problems.append(
            f"{path}: default_language {settings.default_language!r} is not in "
            "enabled_languages; it is enabled too"
        )
        languages = (settings.default_language, *settings.enabled_languages)
        settings = replace(settings, enabled_languages=languages)
    return settings, problems


def _checked(spec: Field[Any], value: Any) -> tuple[Any, str]:
    """(VALUE as the setting holds it, "") or (None, what is wrong with it)."""
    expected, wording = TYPES[str(spec.type)]
    bool_allowed = expected is bool or (isinstance(expected, tuple) and bool in expected)
    if not isinstance(value, expected) or (isinstance(value, bool) and not bool_allowed):
        return None, f"must be {wording}"
    if isinstance(value, list):
        value = tuple(value)
    elif isinstance(value, int) and wording == "a number":
        value = float(value)
    check: Check | None = spec.metadata.get("check")
    wrong = check(value) if check else ""
    return (None, wrong) if wrong else (value, "")


def _default_text(spec: Field[Any]) -> str:
    return repr(spec.default) if spec.default is not MISSING else "this computer's name"


SettingValue = str | int | bool | tuple[str, ...]


def check_setting(key: str, value: SettingValue) -> str:
    """What is wrong with setting KEY to VALUE (as Settings would read it), or "" if nothing."""
    spec = {f.name: f for f in fields(Settings)}.get(key)
    if spec is None:
        return f"{key!r} is not a setting"
    _converted, wrong = _checked(spec, list(value) if isinstance(value, tuple) else value)
    return f"{key} {wrong}" if wrong else ""


def write_setting(path: Path, key: str, value: SettingValue) -> None:
    """Set KEY to VALUE (text, a number, true or false, or a list of text) in the settings
    file at PATH, keeping the rest of its text.

    VALUE must pass the setting's own check. The line that sets KEY in the [kiosk] table is
    replaced (or one is added); the file is written whole (a temporary file, then renamed)
    and only if it then reads back with KEY set to VALUE. Raises ConfigError when it cannot
    be, saying why; the file is then unchanged.
    """
    wrong = check_setting(key, value)
    if wrong:
        raise ConfigError(wrong)
    try:
        text = path.read_bytes().decode("utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from None
    new_text = _with_setting(text, key, value)
    try:
        raw = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} cannot be read as TOML ({exc}); correct it first") from None
    section = raw.get("kiosk", raw)
    expected = list(value) if isinstance(value, tuple) else value
    if not isinstance(section, dict) or section.get(key) != expected:
        raise ConfigError(f"{path}: cannot set {key} in it; correct the file by hand")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(new_text)
            if path.exists():
                os.chmod(temporary, path.stat().st_mode & 0o7777)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None


def _with_setting(text: str, key: str, value: SettingValue) -> str:
    """TEXT with `KEY = VALUE` in its [kiosk] table (or at the top, when it has no tables)."""
    line = f"{key} = {_toml_value(value)}"
    if not text.strip():
        return f"[kiosk]\n{line}\n"
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    table = ""
    start = None  # the line after [kiosk], or after the top-level keys
    for number, current in enumerate(lines):
        header = re.match(r"\s*\[([^\]]*)\]", current)
        if header:
            table = header.group(1).strip()
            if table == "kiosk":
                start = number + 1
            continue
        if table in ("", "kiosk") and re.match(rf"\s*{re.escape(key)}\s*=", current):
            lines[number] = line + newline
            return "".join(lines)
    if start is None:
        has_tables = any(re.match(r"\s*\[", current) for current in lines)
        if has_tables:
            lines.insert(0, f"[kiosk]{newline}{line}{newline}{newline}")
            return "".join(lines)
        start = len(lines)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += newline
    lines.insert(start, line + newline)
    return "".join(lines)


def _toml_value(value: SettingValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_string(item) for item in value) + "]"
    return _toml_string(value)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped) + '"'
