#!/usr/bin/env python3
"""The translation check CTest runs (tst_translations).

1. Runs lupdate over the sources into temporary copies of i18n/*.ts and fails
   when a message is unfinished (a new or changed string nobody translated) or
   vanished/obsolete (a translation whose source string is gone): the committed
   .ts files must match the sources exactly.
2. Scans the QML for user-visible properties (text:, title:, placeholderText:,
   ToolTip.text:, Accessible.name:, label: ...) bound to a string literal that
   holds letters outside qsTr(). Glyphs ("←", "×") carry no letters and pass;
   a literal that must stay as it is (the name "Okur", a language's own name)
   is marked with a trailing comment `// i18n: keep`.

Usage: check_translations.py --lupdate PATH --source DIR [--update]
--update rewrites i18n/*.ts in place (the same lupdate call) instead of checking.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Where translatable strings live, relative to the source root. The same list
# is in README.md ("Language") for people running lupdate by hand.
SOURCES = ["qml", "app/models"]
# okur_en.ts holds only the plural forms; English singular strings are the sources.
TS_FILES = {"okur_tr.ts": [], "okur_en.ts": ["-pluralonly"]}

PROPERTY = re.compile(
    r"^\s*(?:[A-Za-z_][\w.]*\.)?(text|title|placeholderText|label|description|subtitle|"
    r"heading|message|tip|ToolTip\.text|Accessible\.name|Accessible\.description)\s*:\s*(.+)$")
CALL = re.compile(r"\b(show|fail|showMessage)\(\s*(.+)$")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')
QSTR = re.compile(r'\bqsTr(?:Id|anslate)?\(\s*(?:"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\')')
TAG = re.compile(r"<[^>]*>|&\w+;")
ESCAPE = re.compile(r"\\.")
COMPARE = re.compile(r"(===|!==|==|!=)\s*$")
COMPARE_AFTER = re.compile(r"\s*(===|!==|==|!=)")
KEEP = "i18n: keep"


def run_lupdate(lupdate, root, ts_dir):
    for name, extra in TS_FILES.items():
        cmd = [lupdate, "-silent", "-locations", "none", *extra,
               *[str(root / s) for s in SOURCES], "-ts", str(ts_dir / name)]
        subprocess.run(cmd, check=True, cwd=root)


def ts_problems(path):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            empty = translation is None or (not (translation.text or "").strip()
                                            and not any((f.text or "").strip() for f in translation))
            if kind in ("unfinished", "vanished", "obsolete", "missing") or empty:
                problems.append(f"{path.name}: {cname}: {kind or 'empty'}: {source!r}")
    return problems


def literal_problems(root):
    problems = []
    for qml in sorted((root / "qml").rglob("*.qml")):
        for number, line in enumerate(qml.read_text(encoding="utf-8").splitlines(), 1):
            if KEEP in line or line.lstrip().startswith("//"):
                continue
            code = line.split(" //")[0]
            match = PROPERTY.match(code) or CALL.search(code)
            if not match:
                continue
            rest = QSTR.sub("qsTr(_)", match.group(2))
            for m in STRING.finditer(rest):
                # A literal compared with is a key ("bookmark"), not text shown.
                if COMPARE.search(rest[:m.start()]) or COMPARE_AFTER.match(rest[m.end():]):
                    continue
                content = m.group(1) if m.group(1) is not None else m.group(2)
                content = TAG.sub("", ESCAPE.sub("", content))
                if any(ch.isalpha() for ch in content):
                    problems.append(f"{qml.relative_to(root)}:{number}: literal outside qsTr: {line.strip()}")
                    break
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    root = pathlib.Path(args.source).resolve()
    if not pathlib.Path(args.lupdate).exists() and not shutil.which(args.lupdate):
        print(f"lupdate not found: {args.lupdate}")
        return 1
    if args.update:
        run_lupdate(args.lupdate, root, root / "i18n")
        return 0

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for name in TS_FILES:
            source = root / "i18n" / name
            if not source.exists():
                problems.append(f"missing {source}")
                continue
            shutil.copy(source, tmp / name)
        if not problems:
            run_lupdate(args.lupdate, root, tmp)
            for name in TS_FILES:
                problems += ts_problems(tmp / name)
                # A committed file lupdate would change has drifted from the sources.
                if (tmp / name).read_bytes() != (root / "i18n" / name).read_bytes():
                    problems.append(f"{name}: differs from a fresh lupdate; run the update command in README")
    problems += literal_problems(root)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
