"""The settings file: defaults, overrides, and a mistake costing only its own setting."""

from __future__ import annotations

import logging
import socket
import tomllib

import pytest

from kiosk import paths
from kiosk.config import (
    ConfigError,
    Settings,
    check_setting,
    load_settings,
    read_settings,
    settings_path,
    write_setting,
)


def test_missing_file_gives_defaults(tmp_path):
    settings = load_settings(tmp_path / "kiosk.toml")
    assert settings == Settings()
    assert settings.idle_timeout_s == 90
    assert settings.database_path() == paths.default_database()
    assert settings.kiosk_name == socket.gethostname()
    assert settings.enabled_languages == ()  # every language the kiosk has
    assert settings.drop_folder_path() is None
    assert (settings.statistics, settings.keep_unfound_searches, settings.printer) == (
        True,
        False,
        False,
    )
    assert load_settings() == Settings()  # the per-machine file, missing in tests
    assert settings_path() == paths.config_dir() / "kiosk.toml"


def test_values_are_read_from_the_kiosk_table(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[kiosk]\nidle_timeout_s = 120\ndatabase = "/srv/kiosk.sqlite3"\n'
        'enabled_languages = ["en", "pl", "ur"]\ndrop_folder = "/srv/drop"\n'
        'printer = "Hub printer"\nstatistics = false\nkiosk_name = "tamworth-1"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.idle_timeout_s == 120
    assert str(settings.database_path()) == "/srv/kiosk.sqlite3"
    assert settings.enabled_languages == ("en", "pl", "ur")
    assert str(settings.drop_folder_path()) == "/srv/drop"
    assert settings.printer == "Hub printer" and settings.statistics is False
    assert settings.kiosk_name == "tamworth-1"


def test_settings_at_the_top_level_are_read_too(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("printer = true\nhub_latitude = 52\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.printer is True and settings.hub_latitude == 52.0


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ("colour = 'red'", "colour", "unknown setting 'colour' ignored"),
        ("idle_timeout_s = 'soon'", "idle_timeout_s", "must be a whole number"),
        ("idle_timeout_s = true", "idle_timeout_s", "must be a whole number"),
        ("idle_countdown_s = 5", "idle_countdown_s", "must be at least 20"),
        ("drop_poll_minutes = 0", "drop_poll_minutes", "must be 1 to 1440"),
        ("hub_latitude = 91", "hub_latitude", "must be -90 to 90"),
        ("hub_longitude = 'west'", "hub_longitude", "must be a number"),
        ("hub_longitude = false", "hub_longitude", "must be a number"),
        ("stale_after_months = 0", "stale_after_months", "must be at least 1"),
        ("statistics = 1", "statistics", "must be true or false"),
        ("printer = 3", "printer", "must be true, false or a printer's name"),
        ("enabled_languages = 'en'", "enabled_languages", "must be a list of text"),
        ("enabled_languages = ['en', 3, 'English']", "enabled_languages", "[3, 'English']"),
        ("default_language = 'English'", "default_language", "must be a language code"),
        ("pin_hash = '1234'", "pin_hash", "is not a PIN hash made by `kiosk set-pin`"),
        ("kiosk_name = '  '", "kiosk_name", "must not be empty; using the default, this"),
        ("kiosk_name = 7", "kiosk_name", "must be text"),
    ],
)
def test_a_mistake_is_logged_and_costs_only_its_own_setting(tmp_path, caplog, text, key, message):
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[kiosk]\nsite_name = 'Tamworth hub'\n{text}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kiosk.config"):
        settings = load_settings(path)
    assert settings.site_name == "Tamworth hub"
    if hasattr(Settings(), key):
        assert getattr(settings, key) == getattr(Settings(), key)
    [warning] = [r.getMessage() for r in caplog.records]
    assert str(path) in warning and key in warning and message in warning


@pytest.mark.parametrize(
    "content", [b"idle_timeout_s = ", b"\xff\xfe", b"kiosk = 3\n", b"[kiosk]\n[kiosk]\n"]
)
def test_an_unreadable_file_gives_every_default(tmp_path, content):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(content)
    settings, problems = read_settings(path)
    assert settings == Settings()
    assert len(problems) == 1 and "using every default" in problems[0]


def test_a_folder_where_the_file_should_be_gives_every_default(tmp_path):
    settings, problems = read_settings(tmp_path)
    assert settings == Settings() and "cannot read settings" in problems[0]


def test_the_default_language_is_always_enabled(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        "[kiosk]\ndefault_language = 'pl'\nenabled_languages = ['en']\n", encoding="utf-8"
    )
    settings, problems = read_settings(path)
    assert settings.enabled_languages == ("pl", "en")
    assert "is not in enabled_languages" in problems[0]


def test_no_enabled_languages_means_every_language(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\ndefault_language = 'pl'\n", encoding="utf-8")
    settings, problems = read_settings(path)
    assert settings.enabled_languages == () and not problems


def test_folders_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SEND_KIOSK_DATA_DIR", str(tmp_path / "d"))
    assert paths.default_database() == tmp_path / "d" / paths.DATABASE_NAME
    assert paths.packaged_data_file().name == "local_offer.json"
    assert (paths.resources_dir() / "vocabulary" / "districts.csv").exists()


def test_the_hub_is_a_point_or_a_district(tmp_path) -> None:
    assert Settings(hub_latitude=52.8, hub_longitude=-2.1).hub_location() == (52.8, -2.1)
    assert Settings(hub_district="tamworth").hub_location() == (52.634, -1.695)
    assert Settings(hub_district="Atlantis").hub_location() is None
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nhub_latitude = 52\nhub_longitude = -2.5\n", encoding="utf-8")
    assert load_settings(path).hub_location() == (52.0, -2.5)


HASH = "scrypt$n=16384,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$" + "B" * 43 + "="
PIN = f'pin_hash = "{HASH}"'


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", f'[kiosk]\npin_hash = "{HASH}"\n'),
        ("# mine\n[kiosk]\nsite_name = 'x'  # ok\n", None),
        ("[kiosk]\npin_hash = ''\nsite_name = 'x'\n", f"[kiosk]\n{PIN}\nsite_name = 'x'\n"),
        ("site_name = 'x'", f"site_name = 'x'\npin_hash = \"{HASH}\"\n"),
        ("[other]\na = 1\n", f'[kiosk]\npin_hash = "{HASH}"\n\n[other]\na = 1\n'),
        ("[kiosk]\r\nsite_name = 'x'\r\n", f"[kiosk]\r\n{PIN}\r\nsite_name = 'x'\r\n"),
    ],
)
def test_write_setting_keeps_the_rest_of_the_file(tmp_path, before, after):
    path = tmp_path / "conf" / "kiosk.toml"
    if before:
        path.parent.mkdir()
        path.write_bytes(before.encode())
        path.chmod(0o640)
    write_setting(path, "pin_hash", HASH)
    text = path.read_bytes().decode()
    if after is not None:
        assert text == after
    else:
        assert text.startswith("# mine\n[kiosk]\n") and "site_name = 'x'  # ok" in text
    assert load_settings(path).pin_hash == HASH
    if before:
        assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["kiosk.toml"]


def test_write_setting_escapes_what_toml_must(tmp_path):
    path = tmp_path / "kiosk.toml"
    write_setting(path, "site_name", 'The "Hub" \\ café\t')
    assert tomllib.loads(path.read_text(encoding="utf-8"))["kiosk"]["site_name"] == (
        'The "Hub" \\ café\t'
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[kiosk\n", "cannot be read as TOML"),
        (b"\xff", "cannot read"),
        (b"pin_hash = 'a'\n[kiosk]\nsite_name = 'x'\n", "cannot set pin_hash"),
        (b"kiosk = 3\n", "cannot set pin_hash"),
    ],
)
def test_write_setting_refuses_a_file_it_cannot_safely_change(tmp_path, content, message):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        write_setting(path, "pin_hash", HASH)
    assert path.read_bytes() == content


def test_write_setting_in_a_folder_that_cannot_be_made(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot write"):
        write_setting(tmp_path / "file" / "kiosk.toml", "pin_hash", HASH)


def test_write_setting_leaves_nothing_behind_when_the_rename_fails(tmp_path, monkeypatch):
    import os

    path = tmp_path / "kiosk.toml"

    def no_rename(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(ConfigError, match="No space left"):
        write_setting(path, "pin_hash", HASH)
    assert list(tmp_path.iterdir()) == []


def test_checks_ready_for_settings_with_a_few_choices():
    from kiosk.config import at_least, one_of

    check = one_of("normal", "large")
    assert check("large") == "" and check("huge") == "must be one of normal, large"
    assert at_least(1)(0) == "must be at least 1"


def test_write_setting_writes_numbers_switches_and_lists_as_toml(tmp_path):
    path = tmp_path / "kiosk.toml"
    write_setting(path, "idle_timeout_s", 120)
    write_setting(path, "statistics", False)
    write_setting(path, "read_aloud", True)
    write_setting(path, "enabled_languages", ("en", "pl"))
    write_setting(path, "site_name", "Leek hub")
    settings, problems = read_settings(path)
    assert problems == []
    assert (settings.idle_timeout_s, settings.statistics, settings.read_aloud) == (120, False, True)
    assert (settings.enabled_languages, settings.site_name) == (("en", "pl"), "Leek hub")
    assert 'enabled_languages = ["en", "pl"]' in path.read_text("utf-8")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("idle_timeout_s", 5, "idle_timeout_s must be at least 10"),
        ("statistics", "yes", "statistics must be true or false"),
        ("text_size", 120, "text_size must be one of 100, 150, 200"),
        ("enabled_languages", ("en", "Polish"), "not language codes"),
        ("colour", "blue", "'colour' is not a setting"),
    ],
)
def test_write_setting_refuses_a_value_its_check_refuses(tmp_path, key, value, message):
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nidle_timeout_s = 60\n", encoding="utf-8")
    assert check_setting(key, value) and message in check_setting(key, value)
    with pytest.raises(ConfigError, match=message):
        write_setting(path, key, value)
    assert path.read_text("utf-8") == "[kiosk]\nidle_timeout_s = 60\n"
    assert check_setting("idle_timeout_s", 60) == ""
