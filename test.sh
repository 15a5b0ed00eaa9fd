#!/usr/bin/env bash
# Install what is missing, build in Release, fuzz every fuzz target briefly,
# run every test, then build with ASan + UBSan and run every test again.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/build.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
scripts/fuzz.sh "${OKUR_FUZZ_SECONDS:-10}"
ctest --test-dir build --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
if [ "${OKUR_SKIP_SANITIZERS:-0}" != "1" ]; then
  scripts/sanitize.sh "$@"
fi
