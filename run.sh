#!/usr/bin/env bash
# Install what is missing, build in Release, and open Okur on the bundled library.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/build.sh
exec build/bin/okur "$@"
