"""Which languages the kiosk offers, and installing the Qt translator for one of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

# Names in the language itself, so a visitor can find their own.
NATIVE_NAMES = {
    "en": "English",
    "ar": "العربية",
    "bn": "বাংলা",
    "cy": "Cymraeg",
    "fr": "Français",
    "gu": "ગુજરાતી",
    "hi": "हिन्दी",
    "it": "Italiano",
    "lt": "Lietuvių",
    "pa": "ਪੰਜਾਬੀ",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "so": "Soomaali",
    "tr": "Türkçe",
    "uk": "Українська",
    "ur": "اردو",
    "zh": "中文",
}

_installed: list[QTranslator] = []


def available_languages(resources: Path) -> list[str]:
    """Language codes with topic pages (resources/content/<code>) or a translation file.

    English first, then the others in code order.
    """
    codes: set[str] = {"en"}
    content = resources / "content"
    if content.is_dir():
        codes |= {p.name for p in content.iterdir() if p.is_dir()}
    translations = resources / "translations"
    if translations.is_dir():
        codes |= {p.stem.split("_", 1)[-1] for p in translations.glob("kiosk_*.qm")}
    return sorted(codes, key=lambda code: (code != "en", code))


def native_name(code: str) -> str:
    return NATIVE_NAMES.get(code, NATIVE_NAMES.get(code.split("-")[0], code))


def install_translator(language: str, resources: Path) -> bool:
    """Load resources/translations/kiosk_<language>.qm if there is one; English needs none.

    Any translator installed before is removed first. Returns True if one was installed.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == "en":
        return False
    translator = QTranslator(app)
    folder = str(resources / "translations")
    if translator.load(f"kiosk_{language}", folder) or translator.load(
        f"kiosk_{language.split('-')[0]}", folder
    ):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
