#!/usr/bin/env bash
# Configures (once) and builds Okur in Release into ./build; incremental after that.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${OKUR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
