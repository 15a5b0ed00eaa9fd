#!/usr/bin/env python3
"""The backend's folders are layers: a file includes only from its own folder
or from a folder of a lower layer, and nothing in backend/ includes Qt Quick or
QML. Prints every include that breaks a rule and exits 1 if there is one."""
import pathlib
import re
import sys

# Lower numbers are lower layers. Folders on one layer do not include each other.
LAYERS = {
    "storage": 0, "text": 0,
    "tokenizer": 1, "formats": 1, "glossary": 1,
    "documents": 2,
    "annotations": 3, "search": 3,
    "themes": 4, "sync": 4,
    "library": 5,
}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]')
UI = re.compile(r'^(QtQuick|QtQml|QQuick|QQml|QJSEngine|QJSValue)')


def main(backend: pathlib.Path) -> int:
    problems = []
    folders = {p.name for p in backend.iterdir() if p.is_dir()}
    for unknown in sorted(folders - LAYERS.keys()):
        problems.append(f"{unknown}/: a backend folder with no layer; add it to LAYERS in {sys.argv[0]}")
    for path in sorted(backend.rglob("*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        own = path.relative_to(backend).parts[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = m.group(1)
            where = f"{path.relative_to(backend.parent)}:{number}"
            if UI.match(target):
                problems.append(f"{where}: the backend includes {target} (no Qt Quick or QML below app/)")
                continue
            other = target.split("/")[0]
            if "/" not in target or other == own or other not in LAYERS or own not in LAYERS:
                continue
            if LAYERS[other] >= LAYERS[own]:
                problems.append(f"{where}: {own}/ (layer {LAYERS[own]}) includes {target} (layer {LAYERS[other]})")
    for p in problems:
        print(p)
    print(f"{len(problems)} layering problem(s) in {backend}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "backend")))
