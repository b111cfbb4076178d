"""Which languages the kiosk offers, and installing the Qt translator for one of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.languages import DEFAULT, load_languages
from kiosk.languages import language as language_entry
from kiosk.paths import resources_dir
from kiosk.ui.theme import set_language_fonts

_installed: list[QTranslator] = []


def available_languages(resources: Path, enabled: Sequence[str] = ()) -> list[str]:
    """Codes of the languages a visitor may choose: English, then each language in
    languages.toml (in its order) that has a translation (kiosk_<code>.qm or .ts) or topic
    pages (resources/content/<code>), then any other language with topic pages.

    ENABLED (the kiosk's enabled_languages setting) narrows the list when it is not empty.
    """
    have: set[str] = set()
    content = resources / "content"
    if content.is_dir():
        have |= {p.name for p in content.iterdir() if p.is_dir()}
    translations = resources / "translations"
    if translations.is_dir():
        have |= {p.stem.split("_", 1)[-1] for p in translations.glob("kiosk_*.[tq][sm]")}
    listed = [entry.code for entry in load_languages(resources)]
    codes = [DEFAULT, *(c for c in listed if c in have and c != DEFAULT)]
    codes += sorted(have - set(codes))
    if enabled:
        codes = [code for code in codes if code in enabled or code == DEFAULT]
    return codes


def native_name(code: str, resources: Path | None = None) -> str:
    """The language's name in its own script ('Polski'); the code when it is not listed."""
    entries = {entry.code: entry for entry in load_languages(resources or resources_dir())}
    entry = entries.get(code) or entries.get(code.split("-")[0])
    return entry.name if entry else code


def install_translator(language: str, resources: Path) -> bool:
    """Load resources/translations/kiosk_<language>.qm, and make LANGUAGE the default locale
    (numbers, dates), its direction the application's (Urdu mirrors the whole kiosk) and its
    fonts (languages.toml) the first the theme draws with.

    Any translator installed before is removed first. English has one too, holding only
    its plural forms ("1 service", "2 services"). Returns True if one was installed.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    entry = language_entry(language, resources)
    QLocale.setDefault(QLocale("en_GB" if entry.code == DEFAULT else entry.speech))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if entry.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
    if isinstance(app, QApplication):
        set_language_fonts(app, entry.fonts)
    translator = QTranslator(app)
    folder = str(resources / "translations")
    if translator.load(f"kiosk_{language}", folder) or translator.load(
        f"kiosk_{language.split('-')[0]}", folder
    ):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
