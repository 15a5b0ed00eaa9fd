#!/usr/bin/env bash
# Configures (once) and builds Okur in Release into ./build; incremental after that.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${OKUR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  # Unity batches: each batch of sources parses Qt's headers once, a third of the compile time of one file at a
  # time (scripts/sanitize.sh and scripts/fuzz.sh build the same way).
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
