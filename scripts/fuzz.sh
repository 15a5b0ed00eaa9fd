#!/usr/bin/env bash
# Builds the fuzz targets with clang (ASan + UBSan + libFuzzer) in build-fuzz
# and runs each for SECONDS (default 20). ./test.sh runs it briefly;
#   scripts/fuzz.sh 600
# runs longer. Crashes are written to build-fuzz/artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-15}
BUILD_DIR=build-fuzz
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  # Line tables are all a crash's stack trace needs, and build faster than full debug information.
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOKUR_FUZZ=ON -DCMAKE_UNITY_BUILD=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)" >/dev/null
mkdir -p "$BUILD_DIR/artifacts" "$BUILD_DIR/corpus"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export QT_QPA_PLATFORM=offscreen
status=0
for target in pipeline dictd annotations query epub html markdown pdf; do
  corpus="$BUILD_DIR/corpus/$target"
  mkdir -p "$corpus"
  if ! "$BUILD_DIR/bin/fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" -max_total_time="$SECONDS_PER_TARGET" \
       -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$BUILD_DIR/artifacts/$target-" -print_final_stats=1 \
       2> "$BUILD_DIR/fuzz_$target.log"; then
    status=1
    tail -40 "$BUILD_DIR/fuzz_$target.log"
  fi
  runs=$(grep -E '^stat::number_of_executed_units' "$BUILD_DIR/fuzz_$target.log" | awk '{print $2}')
  echo "fuzz_$target: ${runs:-?} executions in ${SECONDS_PER_TARGET}s, status $([ $status -eq 0 ] && echo clean || echo FAILED)"
done
exit $status
