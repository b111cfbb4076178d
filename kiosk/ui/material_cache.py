"""qt-material's stylesheet and recoloured icons, built once per look and kept on disk.

qt-material compiles a Jinja template and writes 111 recoloured icons every time it is asked,
which took a third of the kiosk's start-up. Each build is kept in the per-machine cache folder
as an entry (stylesheet.qss, icons/, manifest.json) named after the look and a hash of
everything the build depends on: the theme's colours (so high contrast), the extra settings
(so the text scale), qt-material's own files (so its version), the platform and the format of
this cache. Any of those changing gives a new entry; nothing stale is ever reused.

An entry is built in a private folder and published with one rename, so two processes
building at once never see each other's half-written files; once published an entry is never
changed, so any number of processes may use its icons at once. Whatever does not match its
manifest (a corrupt or truncated file) is ignored and built again. Without a usable cache
folder the build happens in a private folder, as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CACHE_FORMAT = 1
ENTRIES = "qt-material"
MANIFEST = "manifest.json"
STYLESHEET = "stylesheet.qss"
ICONS = "icons"
BUILD_PREFIX = ".build-"
ABANDONED_BUILD_S = 3600  # a build folder this old belonged to a process that died
STALE_ENTRY_S = 7 * 86400  # entries of another qt-material or kiosk build, unused since


@dataclass(frozen=True)
class MaterialBuild:
    """qt-material's output for one look: the stylesheet and the folder of its icons."""

    stylesheet: str
    icons: Path


@cache
def _material_folder() -> Path | None:
    """qt-material's installed folder, found without importing it (that costs ~0.1 s)."""
    spec = importlib.util.find_spec("qt_material")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


@cache
def material_fingerprint() -> str:
    """A hash of qt-material's files that shape the build: a new version gives a new hash."""
    digest = hashlib.sha256()
    folder = _material_folder()
    if folder is not None:
        for name in ("material.qss.template", "__init__.py", "resources/generate.py"):
            try:
                digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
            except OSError:
                digest.update(name.encode() + b"\0missing")  # a frozen app has no .py files
        sources = folder / "resources" / "source"
        if sources.is_dir():
            for svg in sorted(sources.glob("*.svg")):
                digest.update(f"{svg.name}:{svg.stat().st_size}".encode())
    if getattr(sys, "frozen", False):
        # Frozen: the modules are inside the executable; a new build is a new executable.
        stat = Path(sys.executable).stat()
        digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def build_key(theme_xml: str, extra: Mapping[str, object]) -> dict[str, object]:
    """Everything a build depends on; two builds with equal keys are identical."""
    return {
        "format": CACHE_FORMAT,
        "qt_material": material_fingerprint(),
        "theme": theme_xml,
        "invert_secondary": False,
        "extra": {k: str(v) for k, v in sorted(extra.items())},
        "platform": platform.system(),
        "binding": "PySide6",
    }


def entry_name(label: str, key: Mapping[str, object]) -> str:
    """A readable folder name for an entry: the look's label and a hash of the key."""
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()
    return f"{label}-{digest[:20]}"


_fonts_registered: list[bool] = []  # non-empty once Roboto is in Qt's font database
# The faces the kiosk draws (normal and bold, upright and italic); qt-material registers all
# 18, which took 12 ms of every start. The screens are pixel for pixel the same with these.
ROBOTO_FACES = ("Regular", "Bold", "Italic", "BoldItalic")


def register_material_fonts() -> None:
    """Register qt-material's Roboto, as its own build does (once per process)."""
    if _fonts_registered:
        return
    _fonts_registered.append(True)
    from PySide6.QtGui import QFontDatabase

    folder = (_material_folder() or Path("missing")) / "fonts" / "roboto"
    fonts = [folder / f"Roboto-{face}.ttf" for face in ROBOTO_FACES]
    if not all(font.is_file() for font in fonts):
        import qt_material

        qt_material.add_fonts()
        return
    for font in fonts:
        QFontDatabase.addApplicationFont(str(font))


def load_entry(folder: Path, key: Mapping[str, object]) -> MaterialBuild | None:
    """The entry in folder if it is complete and matches key; None for anything else."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("key") != key:
            return None
        data = (folder / STYLESHEET).read_bytes()
        if hashlib.sha256(data).hexdigest() != manifest.get("stylesheet_sha256"):
            return None
        icons = manifest.get("icons")
        if not isinstance(icons, dict) or not icons:
            return None
        for name, size in icons.items():
            if (folder / ICONS / name).stat().st_size != size:
                return None
        return MaterialBuild(data.decode("utf-8"), folder / ICONS)
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def build_into(folder: Path, theme_xml: str, extra: Mapping[str, object]) -> MaterialBuild:
    """Run qt-material in folder (which it may wipe) and write the entry's files there."""
    import qt_material  # imported late: it must come after PySide6 and costs ~0.1 s

    theme_file = folder / "theme.xml"
    theme_file.write_text(theme_xml, encoding="utf-8")
    icons = folder / ICONS
    stylesheet = qt_material.build_stylesheet(
        theme=str(theme_file), invert_secondary=False, extra=dict(extra), parent=str(icons)
    )
    if not stylesheet:
        raise RuntimeError(f"qt-material could not build a stylesheet from {theme_file}")
    if not _fonts_registered:
        _fonts_registered.append(True)  # qt-material has just registered them itself
    data = stylesheet.encode("utf-8")
    (folder / STYLESHEET).write_bytes(data)
    sizes = {
        path.relative_to(icons).as_posix(): path.stat().st_size
        for path in sorted(icons.rglob("*"))
        if path.is_file()
    }
    manifest = {
        "key": build_key(theme_xml, extra),
        "stylesheet_sha256": hashlib.sha256(data).hexdigest(),
        "icons": sizes,
        "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    # Written last: an entry without its manifest is never used.
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return MaterialBuild(stylesheet, icons)


def cached_build(
    cache_root: Path | None, label: str, theme_xml: str, extra: Mapping[str, object]
) -> MaterialBuild | None:
    """The entry for this look from cache_root, built and published if need be.

    None when there is no usable cache folder (the caller builds privately instead).
    """
    if cache_root is None:
        return None
    key = build_key(theme_xml, extra)
    entries = cache_root / ENTRIES
    name = entry_name(label, key)
    for candidate in [entries / name, *sorted(entries.glob(f"{name}.*"))]:
        found = load_entry(candidate, key)
        if found is not None:
            register_material_fonts()
            return found
    try:
        entries.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=entries))
    except OSError:
        return None
    try:
        build_into(building, theme_xml, extra)
        return _publish(building, entries / name, key)
    except Exception:
        shutil.rmtree(building, ignore_errors=True)
        raise
    finally:
        _tidy(entries, key)


def _publish(building: Path, target: Path, key: Mapping[str, object]) -> MaterialBuild:
    """Rename the finished build into place; if another process won, use its entry."""
    try:
        building.rename(target)
        published = target
    except OSError:
        theirs = load_entry(target, key)
        if theirs is not None:
            shutil.rmtree(building, ignore_errors=True)
            return theirs
        # The entry there is damaged: keep ours beside it (found by the glob above next time).
        published = target.with_name(f"{target.name}.{building.name[len(BUILD_PREFIX) :]}")
        building.rename(published)
    found = load_entry(published, key)
    if found is None:
        raise RuntimeError(f"the theme cache entry {published} did not read back")
    return found


def _tidy(entries: Path, key: Mapping[str, object]) -> None:
    """Remove abandoned builds, and entries of other qt-material or kiosk builds left unused."""
    now = time.time()
    try:
        children = list(entries.iterdir())
    except OSError:
        return
    for child in children:
        try:
            age = now - child.stat().st_mtime
            if child.name.startswith(BUILD_PREFIX):
                stale = age > ABANDONED_BUILD_S
            else:
                manifest = json.loads((child / MANIFEST).read_text(encoding="utf-8"))
                stale = (
                    manifest.get("key", {}).get("qt_material") != key["qt_material"]
                    and age > STALE_ENTRY_S
                )
        except (OSError, ValueError, AttributeError):
            continue  # unreadable: leave it (it is never used)
        if stale:
            shutil.rmtree(child, ignore_errors=True)


def private_build(folder: Path, theme_xml: str, extra: Mapping[str, object]) -> MaterialBuild:
    """A build in a folder of this process only (no cache folder to use)."""
    folder.mkdir(parents=True, exist_ok=True)
    return build_into(folder, theme_xml, extra)
