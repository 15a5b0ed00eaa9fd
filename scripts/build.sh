#!/usr/bin/env bash
# Configures (once) and builds Okur in Release into ./build; incremental after that.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${OKUR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  # Unity batches: each batch of sources parses Qt's headers once, a third of the compile time of one file at a
  # time (scripts/sanitize.sh and scripts/fuzz.sh build the same way).
  # -Werror here only: a warning in the project's own code fails CI (see OKUR_WERROR in CMakeLists.txt).
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON -DOKUR_WERROR=ON "$@"
elif ! grep -q '^OKUR_WERROR:BOOL=ON$' "$BUILD_DIR/CMakeCache.txt"; then
  cmake "$BUILD_DIR" -DOKUR_WERROR=ON >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
