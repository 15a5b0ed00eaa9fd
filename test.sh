#!/usr/bin/env bash
# Install what is missing, build in Release, fuzz the text pipeline briefly,
# and run every test.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/build.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
scripts/fuzz.sh "${OKUR_FUZZ_SECONDS:-15}"
ctest --test-dir build --output-on-failure --timeout 600 "$@"
