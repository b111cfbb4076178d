"""Every visitor-facing string reaches the translators: pyside6-lupdate extracts it, and the
.ts files in resources/translations hold exactly what the code asks for today."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "kiosk" / "ui"
TOOL = REPO / "tools" / "translations.py"
sys.path.insert(0, str(REPO / "tools"))

import translations  # noqa: E402

# Qt calls whose first argument a visitor sees or hears.
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setPlaceholderText",
        "setToolTip",
        "setAccessibleName",
        "setAccessibleDescription",
        "setWindowTitle",
        "setTitle",
        "addItem",
        "show_message",
        "announce",
    }
)
# Widgets built with their words: QLabel("..."), BigButton("..."), ChipButton("...") ...
WORDY_CONSTRUCTORS = ("Label", "Button")


def sources_in(ts: Path, plurals_only: bool = False) -> set[tuple[str, str]]:
    """(context, source text) of each message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if not plurals_only or message.get("numerus") == "yes"
    }


@pytest.fixture(scope="module")
def lupdate_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in the kiosk's code today, as a .ts file."""
    ts = tmp_path_factory.mktemp("lupdate") / "kiosk_xx.ts"
    files = [str(p.relative_to(REPO)) for p in translations.sources()]
    subprocess.run(
        [translations.qt_tool("lupdate"), *files, "-locations", "none", "-ts", str(ts)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return ts


@pytest.fixture(scope="module")
def extracted(lupdate_ts: Path) -> set[tuple[str, str]]:
    return sources_in(lupdate_ts)


@pytest.fixture(scope="module")
def extracted_plurals(lupdate_ts: Path) -> set[tuple[str, str]]:
    return sources_in(lupdate_ts, plurals_only=True)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(value: object) -> bool:
    """A literal a person reads: has letters, and is not an id, a role or a file name."""
    if not isinstance(value, str) or sum(c.isalpha() for c in value) < 2:
        return False
    return " " in value.strip() or value[:1].isupper()


def translated_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """The source texts of every tr()/translate() call: (line, text)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args = node.args
        if name == "tr" and args and isinstance(args[0], ast.Constant):
            found.append((node.lineno, args[0].value))
        elif name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
            found.append((node.lineno, args[1].value))
    return found


def escaping_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Words handed straight to a widget, not through tr(): (line, text)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        first = node.args[0]
        wordy_call = name in TEXT_SETTERS or name.endswith(WORDY_CONSTRUCTORS)
        if wordy_call and isinstance(first, ast.Constant) and _is_words(first.value):
            found.append((node.lineno, first.value))
        if wordy_call and isinstance(first, ast.JoinedStr):
            words = "".join(
                v.value for v in first.values if isinstance(v, ast.Constant) and v.value
            )
            if sum(c.isalpha() for c in words) >= 2:
                found.append((node.lineno, ast.unparse(first)))
    return found


def aliases(tree: ast.AST) -> list[tuple[int, str]]:
    """Functions that pass a variable to translate(): lupdate cannot see through them."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in ("translate", "tr"):
            continue
        args = node.args
        if _name(node.func) == "translate":
            # QCoreApplication.translate("Context", text): a string context first (a
            # QPainter's translate(x, y) moves the origin and is not a translation)
            if (
                not args
                or not isinstance(args[0], ast.Constant)
                or not isinstance(args[0].value, str)
            ):
                continue
            position = 1
        else:
            position = 0
        if len(args) > position and not isinstance(args[position], ast.Constant):
            found.append((node.lineno, ast.unparse(node)))
    return found


def ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def test_lupdate_extracts_every_string_the_code_translates(extracted):
    texts = {text for _, text in extracted}
    missed = []
    for path in translations.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in translated_literals(tree):
            if text not in texts:
                missed.append(f"{path.relative_to(REPO)}:{line}: {text!r}")
    assert not missed, "lupdate does not see these:\n" + "\n".join(missed)
    assert len(extracted) > 300


def test_no_visitor_words_bypass_tr():
    escaped = []
    for path in ui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in escaping_literals(tree) + aliases(tree):
            escaped.append(f"{path.relative_to(REPO)}:{line}: {text}")
    assert not escaped, "visitor words not through a literal tr():\n" + "\n".join(escaped)


def test_the_checks_catch_what_they_look_for():
    bad = ast.parse(
        "label = QLabel('Find a service')\n"
        "button.setText(f'Open {name} now')\n"
        "def _t(text): return QCoreApplication.translate('X', text)\n"
        "ok = QLabel(self.tr('Fine'))\n"
        "painter.translate(0, -number * height)\n"
        "icon = IconLabel('info', 72)\n"
    )
    assert [line for line, _ in escaping_literals(bad)] == [1, 2]
    assert [line for line, _ in aliases(bad)] == [3]
    assert translated_literals(bad) == [(4, "Fine")]


def test_every_ts_file_is_up_to_date(extracted, extracted_plurals):
    """tools/translations.py update has been run: translators see today's strings."""
    for entry in translations.load_languages(translations.RESOURCES):
        ts = translations.ts_file(entry.code)
        assert ts.is_file(), f"{ts.name} is missing: run tools/translations.py update"
        have = sources_in(ts)
        # English's file holds only the plural forms ("1 service", "2 services")
        wanted = extracted_plurals if entry.code == "en" else extracted
        assert have == wanted, (
            f"{ts.name} is out of date: run tools/translations.py update "
            f"(new: {sorted(wanted - have)[:5]}, gone: {sorted(have - wanted)[:5]})"
        )


def test_english_plural_forms_are_all_written():
    status = translations.ts_status(translations.ts_file("en"))
    assert status.messages and status.missing == 0


def test_compiled_translations_load(tmp_path):
    made = translations.compile_all(out=tmp_path)
    codes = {p.stem.split("_", 1)[1] for p in made}
    assert {entry.code for entry in translations.load_languages(translations.RESOURCES)} <= codes
    assert all(p.stat().st_size > 0 for p in made)
