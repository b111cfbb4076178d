"""The settings file: defaults, overrides and clear messages for mistakes."""

from __future__ import annotations

import pytest

from kiosk import paths
from kiosk.config import ConfigError, Settings, load_settings


def test_missing_file_gives_defaults(tmp_path):
    settings = load_settings(tmp_path / "kiosk.toml")
    assert settings == Settings()
    assert settings.idle_timeout_s == 90
    assert settings.database_path() == paths.default_database()


def test_values_are_read_from_the_kiosk_table(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('[kiosk]\nidle_timeout_s = 120\ndatabase = "/srv/kiosk.sqlite3"\n')
    settings = load_settings(path)
    assert settings.idle_timeout_s == 120
    assert str(settings.database_path()) == "/srv/kiosk.sqlite3"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout_s = ", "cannot read settings"),
        ("colour = 'red'", "unknown setting 'colour'"),
        ("idle_timeout_s = 'soon'", "must be a whole number"),
        ("idle_timeout_s = true", "must be a whole number"),
        ("idle_countdown_s = 5", "at least 20"),
    ],
)
def test_mistakes_are_named(tmp_path, text, message):
    path = tmp_path / "kiosk.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_not_utf8_settings_file(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(ConfigError, match="cannot read settings"):
        load_settings(path)


def test_folders_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SEND_KIOSK_DATA_DIR", str(tmp_path / "d"))
    assert paths.default_database() == tmp_path / "d" / paths.DATABASE_NAME
    assert paths.packaged_data_file().name == "local_offer.json"
    assert (paths.resources_dir() / "vocabulary" / "districts.csv").exists()


def test_the_hub_is_a_point_or_a_district_and_must_be_on_earth(tmp_path) -> None:
    from kiosk.config import ConfigError, Settings, load_settings

    assert Settings(hub_latitude=52.8, hub_longitude=-2.1).hub_location() == (52.8, -2.1)
    assert Settings(hub_district="tamworth").hub_location() == (52.634, -1.695)
    assert Settings(hub_district="Atlantis").hub_location() is None
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nhub_latitude = 52\nhub_longitude = -2.5\n", encoding="utf-8")
    assert load_settings(path).hub_location() == (52.0, -2.5)
    for bad in ("hub_latitude = 91", "stale_after_months = 0", 'hub_longitude = "west"'):
        path.write_text(f"[kiosk]\n{bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError):
            load_settings(path)
