#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer
# in build-asan and runs every test under them (benchmarks aside).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=build-asan
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  # -O1 without debug info keeps the instrumented build quick; stack traces still name functions.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DOKUR_SANITIZE=ON -DOKUR_BENCHMARKS=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitizer/ubsan.supp
export QT_QPA_PLATFORM=offscreen
# The Release run soaks for 30 s; here half, at a fifth of the speed, is still hundreds of operations under ASan.
export OKUR_SOAK_MS=${OKUR_SOAK_MS:-15000}
# The end-to-end suite drives the real app at human pace, the screenshot test compares its pixels (the pages and
# models they draw run here in tst_pages, tst_qml and the model tests), and lint reads only the sources: each
# runs once, in the Release build.
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 900 --parallel "$(nproc)" -LE "bench|e2e|package|lint|screenshot" "$@"
