"""qt-material's build is cached on disk: reused when nothing changed, never when anything did."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from kiosk.ui import material_cache, palettes, theme
from kiosk.ui.material_cache import MANIFEST, STYLESHEET, cached_build

EXTRA = {"font_family": "Roboto", "font_size": 24, "density_scale": "2"}


def light_xml() -> str:
    return theme._material_theme_xml(palettes.STANDARD_PALETTE)


@pytest.fixture(scope="module")
def built_once(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the light look at 1.0, built once for this module."""
    folder = tmp_path_factory.mktemp("material-cache")
    assert cached_build(folder, "light-1.00", light_xml(), EXTRA) is not None
    return folder


@pytest.fixture
def cache(built_once: Path, tmp_path: Path) -> Path:
    """A copy of that cache folder for one test to use (and damage)."""
    folder = tmp_path / "cache"
    shutil.copytree(built_once, folder)
    return folder


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders qt-material was really run in (a cache hit runs it not at all)."""
    ran: list[Path] = []
    real = material_cache.build_into

    def counted(folder: Path, theme_xml: str, extra: dict[str, object]):
        ran.append(folder)
        return real(folder, theme_xml, extra)

    monkeypatch.setattr(material_cache, "build_into", counted)
    return ran


def test_a_second_start_uses_the_cached_build(qapp, tmp_path: Path, builds: list[Path]) -> None:
    first = cached_build(tmp_path, "light-1.00", light_xml(), EXTRA)
    second = cached_build(tmp_path, "light-1.00", light_xml(), EXTRA)
    assert first is not None and second is not None
    assert len(builds) == 1  # the first start
    assert second.stylesheet == first.stylesheet and "QPushButton" in first.stylesheet
    assert second.icons == first.icons
    assert (first.icons / "primary" / "checkbox_checked.svg").is_file()
    assert not list((tmp_path / material_cache.ENTRIES).glob(".build-*"))


def test_a_changed_setting_or_qt_material_is_never_served_stale(
    cache: Path, builds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = cached_build(cache, "light-1.00", light_xml(), EXTRA)
    larger = cached_build(cache, "light-1.00", light_xml(), {**EXTRA, "font_size": 34})
    contrast_xml = theme._material_theme_xml(palettes.CONTRAST_DARK_PALETTE)
    contrast = cached_build(cache, "light-1.00", contrast_xml, EXTRA)  # same label
    assert base and larger and contrast and len(builds) == 2
    assert "font-size: 34" in larger.stylesheet and "font-size: 34" not in base.stylesheet
    assert contrast.icons != base.icons
    assert palettes.CONTRAST_DARK_PALETTE.primary.lower() in contrast.stylesheet.lower()
    # a new qt-material (its files hash differently) builds again
    monkeypatch.setattr(material_cache, "material_fingerprint", lambda: "another version")
    assert cached_build(cache, "light-1.00", light_xml(), EXTRA) is not None
    assert len(builds) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: (entry / STYLESHEET).write_text("QWidget { color: red; }"),
        lambda entry: (entry / MANIFEST).write_text("{not json"),
        lambda entry: (entry / MANIFEST).unlink(),
        lambda entry: (entry / "icons" / "primary" / "checkbox_checked.svg").write_text(""),
    ],
    ids=["stylesheet", "manifest", "no-manifest", "icon"],
)
def test_a_damaged_entry_is_ignored_and_built_again(
    cache: Path, builds: list[Path], damage
) -> None:
    good = cached_build(cache, "light-1.00", light_xml(), EXTRA)
    assert good is not None and not builds
    damage(good.icons.parent)
    again = cached_build(cache, "light-1.00", light_xml(), EXTRA)
    assert again is not None and len(builds) == 1
    assert again.stylesheet == good.stylesheet
    assert (again.icons / "primary" / "checkbox_checked.svg").stat().st_size > 0
    # and the rebuilt entry is the one used from then on
    assert cached_build(cache, "light-1.00", light_xml(), EXTRA) == again
    assert len(builds) == 1


def test_two_builds_at_once_publish_one_entry(qapp, tmp_path: Path) -> None:
    """Two processes that both missed: the second to finish uses the first one's entry."""
    key = material_cache.build_key(light_xml(), EXTRA)
    entries = tmp_path / material_cache.ENTRIES
    target = entries / material_cache.entry_name("light-1.00", key)
    ours, theirs = (entries / ".build-a", entries / ".build-b")
    for folder in (ours, theirs):
        folder.mkdir(parents=True)
        material_cache.build_into(folder, light_xml(), EXTRA)
    first = material_cache._publish(theirs, target, key)
    second = material_cache._publish(ours, target, key)
    assert first == second and first.icons == target / "icons"
    assert sorted(p.name for p in entries.iterdir()) == [target.name]


def test_an_unwritable_cache_folder_falls_back_to_a_private_build(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert cached_build(blocked, "light-1.00", light_xml(), EXTRA) is None
    monkeypatch.setenv("SEND_KIOSK_CACHE_DIR", str(blocked))
    monkeypatch.setattr(theme, "_material_cache", {})
    built = theme._material_build(theme.DEFAULT_LOOK, "Roboto")
    assert built.icons.is_relative_to(theme._theme_folder())


def test_icons_are_looked_up_in_the_current_looks_folder(qapp) -> None:
    try:
        theme.apply_theme(qapp, theme.Look(scheme=palettes.CONTRAST_DARK))
        (contrast,) = QDir.searchPaths("icon")
        theme.apply_theme(qapp)
        (light,) = QDir.searchPaths("icon")
    finally:
        theme.apply_theme(qapp)
    assert contrast != light
    svg = (Path(contrast) / "primary" / "checkbox_checked.svg").read_text().lower()
    assert palettes.CONTRAST_DARK_PALETTE.primary.lower() in svg


def test_the_manifest_records_what_the_entry_was_built_from(cache: Path) -> None:
    built = cached_build(cache, "light-1.00", light_xml(), EXTRA)
    assert built is not None
    manifest = json.loads((built.icons.parent / MANIFEST).read_text())
    assert manifest["key"] == material_cache.build_key(light_xml(), EXTRA)
    assert manifest["key"]["extra"]["font_size"] == "24"
    assert len(manifest["icons"]) > 100


def test_roboto_is_there_in_every_face_the_kiosk_draws(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    material_cache.register_material_fonts()
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles("Roboto"))


def test_each_look_is_cached_under_its_own_name(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """Every scheme, size and font is an entry of its own, built once and then reused."""
    monkeypatch.setenv("SEND_KIOSK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(theme, "_material_cache", {})
    looks = [
        theme.Look(palettes.CREAM, 1.0, "standard"),
        theme.Look(palettes.CONTRAST_LIGHT, 2.0, "dyslexic"),
    ]
    try:
        for look in looks:
            theme.apply_theme(qapp, look)
    finally:
        theme.apply_theme(qapp)
    names = sorted(p.name.rsplit("-", 1)[0] for p in (tmp_path / material_cache.ENTRIES).iterdir())
    assert names == [
        "contrast-light-dyslexic-2.00",
        "cream-standard-1.00",
        "standard-standard-1.00",
    ]
    manifest = json.loads(
        next((tmp_path / material_cache.ENTRIES).glob("contrast-light-*/manifest.json")).read_text()
    )
    assert manifest["key"]["extra"]["font_family"] == "OpenDyslexic"
