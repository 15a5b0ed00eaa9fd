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
SOURCES = ["qml", "app/models", "backend"]
# okur_en.ts holds only the plural forms; English singular strings are the sources.
TS_FILES = {"okur_tr.ts": [], "okur_en.ts": ["-pluralonly"]}

PROPERTY = re.compile(
    r"^\s*(?:[A-Za-z_][\w.]*\.)?(text|title|placeholderText|label|description|subtitle|"
    r"heading|message|tip|ToolTip\.text|Accessible\.name|Accessible\.description)\s*:\s*(.+)$")
# A label in a JavaScript object of a model: { key: "tr", label: "Turkish" }.
INLINE = re.compile(r"[{,]\s*(label|text|title|tip)\s*:\s*(.+)$")
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


def shows_bare_literal(line):
    """True when a QML line binds a user-visible property to text outside qsTr()."""
    if KEEP in line or line.lstrip().startswith("//"):
        return False
    code = line.split(" //")[0]
    match = PROPERTY.match(code) or INLINE.search(code) or CALL.search(code)
    if not match:
        return False
    # Up to the next statement: `text: qsTr("x"); onTriggered: format = "csv"`.
    rest = QSTR.sub("qsTr(_)", match.group(2)).split(";")[0]
    for m in STRING.finditer(rest):
        # A literal compared with is a key ("bookmark"), not text shown.
        if COMPARE.search(rest[:m.start()]) or COMPARE_AFTER.match(rest[m.end():]):
            continue
        content = m.group(1) if m.group(1) is not None else m.group(2)
        if any(ch.isalpha() for ch in TAG.sub("", ESCAPE.sub("", content))):
            return True
    return False


def literal_problems(root):
    problems = []
    for qml in sorted((root / "qml").rglob("*.qml")):
        for number, line in enumerate(qml.read_text(encoding="utf-8").splitlines(), 1):
            if shows_bare_literal(line):
                problems.append(f"{qml.relative_to(root)}:{number}: literal outside qsTr: {line.strip()}")
    return problems


# Invented lines with known answers, so a scanner that finds nothing is seen to be able to.
SELF_TEST = [
    ('    text: "Library"', True),
    ('    title: qsTr("Library")', False),
    ('    placeholderText: "Search notes"', True),
    ('    ToolTip.text: "Close"', True),
    ('    T.ToolTip.text: tip', False),
    ('    Accessible.name: "Remove " + row.lemma', True),
    ('    Accessible.name: qsTr("Remove %1").arg(row.lemma)', False),
    ('    { key: "tr", label: "Turkish" }', True),
    ('    { key: "tr", label: qsTr("Turkish") }', False),
    ('    { key: "tr", label: "Türkçe" } // i18n: keep (its own name)', False),
    ('    label: "Turkish"', True),
    ('    text: "Okur" // i18n: keep (the app\'s name)', False),
    ('    text: "←"', False),
    ('    text: "× " + row.count', False),
    ('    text: row.kind === "bookmark" ? qsTr("Bookmark") : row.quote', False),
    ('    text: row.kind === "bookmark" ? "Bookmark" : row.quote', True),
    ('    text: qsTr("Original:") + "\\n" + raw', False),
    ('    text: "<b>" + name + "</b>"', False),
    ('    snackbar.show("Saved")', True),
    ('    MenuItem { text: qsTr("Export"); onTriggered: { format = "csv" } }', False),
    ('    MenuItem { text: "Export"; onTriggered: { format = "csv" } }', True),
    ('    snackbar.show(qsTr("Saved"))', False),
    ('    // text: "a comment"', False),
]


def self_test():
    return [f"scanner self-test: {line!r} should be {'flagged' if want else 'passed'}"
            for line, want in SELF_TEST if shows_bare_literal(line) != want]


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

    problems = self_test()
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
