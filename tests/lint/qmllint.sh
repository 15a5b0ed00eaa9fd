#!/usr/bin/env bash
# Runs qmllint over every QML file in qml/ against the built Okur module and
# fails on any finding (info-level ones included): zero findings, not zero checks.
# A suppression (// qmllint disable <category>) states its reason on the line above.
# Usage: qmllint.sh SOURCE_DIR BUILD_DIR QMLLINT
set -uo pipefail
src=$(realpath "$1") build=$(realpath "$2") qmllint=$3
if [ ! -x "$qmllint" ]; then echo "qmllint not found: $qmllint" >&2; exit 1; fi
# The module's qmldir and qmltypes, written by the build (qml/CMakeLists.txt).
if [ ! -f "$build/qml/Okur/qmldir" ]; then echo "$build/qml/Okur/qmldir missing: build okurqml first" >&2; exit 1; fi
mapfile -t files < <(find "$src/qml" -name '*.qml' | sort)
out=$(cd "$src/qml" && "$qmllint" -I "$build/qml" "${files[@]}" 2>&1)
rc=$?
if [ -n "$out" ] || [ $rc -ne 0 ]; then
  printf '%s\n' "$out"
  echo "qmllint: findings in ${#files[@]} files (exit code $rc)"
  exit 1
fi
echo "qmllint: ${#files[@]} files, no findings"
