"""The kiosk's Qt translations: make, compile and report on resources/translations/*.ts.

    python tools/translations.py update    # find every tr() string, add it to each .ts
    python tools/translations.py compile   # .ts -> .qm, beside them (set-up and ./build run it)
    python tools/translations.py status    # per language: done, not yet checked, missing

One kiosk_<code>.ts per language in resources/translations/languages.toml. English's holds
only plural forms ("1 service", "2 services"). A translation not yet checked by a fluent
speaker stays "unfinished" in Qt Linguist's terms; the kiosk uses it all the same.
The .qm files are build output and are not committed (README.md in that folder).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.languages import DEFAULT, load_languages, ts_status  # noqa: E402

RESOURCES = ROOT / "resources"
FOLDER = RESOURCES / "translations"


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run tools/setup first")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "kiosk").rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"kiosk_{code}.ts"


def update(folder: Path = FOLDER) -> list[Path]:
    """Run lupdate for every language: new strings are added, gone ones dropped."""
    made = []
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for entry in load_languages(RESOURCES):
        target = ts_file(entry.code, folder)
        options = ["-no-obsolete", "-locations", "none", "-target-language", entry.code]
        if entry.code == DEFAULT:
            options += ["-pluralonly", "-source-language", "en"]
        else:
            options += ["-source-language", "en"]
        subprocess.run(
            [qt_tool("lupdate"), *files, *options, "-ts", str(target)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        if entry.code == DEFAULT:
            fill_english_plurals(target)
        made.append(target)
    return made


def fill_english_plurals(ts: Path) -> int:
    """Write English's two forms of each new plural: "%n service(s)" -> "%n service" and
    "%n services". Only "(s)" is filled in; anything else is left for a person."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or "(s)" not in source:
            continue
        forms = translation.findall("numerusform")
        if len(forms) != 2:
            continue
        forms[0].text = source.replace("(s)", "")
        forms[1].text = source.replace("(s)", "s")
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        # lupdate writes the file back in its own layout, so diffs stay small
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-pluralonly",
                *[str(p.relative_to(ROOT)) for p in sources()],
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return filled


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Every kiosk_*.ts in FOLDER to a .qm in OUT (FOLDER by default)."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(folder.glob("kiosk_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "compile", "status"))
    parser.add_argument("--out", type=Path, help="compile: where the .qm files go")
    args = parser.parse_args(argv)
    if args.action == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif args.action == "compile":
        compile_all(out=args.out)
    else:
        for ts in sorted(FOLDER.glob("kiosk_*.ts")):
            s = ts_status(ts)
            print(
                f"{s.code}: {s.messages} strings, {s.checked} checked, "
                f"{s.unchecked} not yet checked, {s.missing} missing"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
