#!/usr/bin/env bash
# Builds Okur in Release, runs the benchmarks, prints a table and writes
# build/bench/results.json. Each figure is a median over repeated runs, with
# its spread. Synthetic libraries are kept in build/bench/cache and reused
# (the 10,000-document one takes a few minutes to generate the first time).
#   ./bench.sh            every figure
#   ./bench.sh --quick    without the 10,000-document library
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/build.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
sizes="100 1000 10000"
[ "${1:-}" = "--quick" ] && sizes="100 1000"
out=build/bench
rm -rf "$out/parts" "$out/work"
mkdir -p "$out/parts" "$out/cache" "$out/work"
bin=build/bin

echo "== search (synthetic libraries: $sizes documents)"
$bin/bench_search --cache "$out/cache" --json "$out/parts/3-search.json" $sizes
echo "== text: repair, lookups, import"
$bin/bench_text --json "$out/parts/2-text.json"
echo "== lemmas: UD development sets (content words, distinct forms, out of context)"
$bin/bench_lemmas --json "$out/parts/2-lemmas.json"
echo "== themes"
$bin/bench_themes --json "$out/parts/4-themes.json"
echo "== startup against the floor (a bare ApplicationWindow with one Label), alternating"
$bin/bench_startup --okur $bin/okur --floor $bin/okur_floor --runs 15 --label "new library" \
  --json "$out/parts/0-startup-new.json"
# A library the app has opened before: seeds imported, summaries cached.
$bin/okur --library "$out/work/library" --quit-after-first-frame > /dev/null
$bin/bench_startup --okur $bin/okur --floor $bin/okur_floor --runs 15 --library "$out/work/library" \
  --label "5 documents" --json "$out/parts/0-startup-5.json"
if [ -d "$out/cache/library-10000" ]; then
  $bin/okur --library "$out/cache/library-10000" --quit-after-first-frame > /dev/null
  $bin/bench_startup --okur $bin/okur --floor $bin/okur_floor --runs 15 --library "$out/cache/library-10000" \
    --label "10,000 documents" --json "$out/parts/1-startup-10000.json"
fi
# A reader who closed Okur while reading comes back to the reader: no target,
# but the figure shows what that first frame costs.
$bin/bench_startup --okur $bin/okur --floor $bin/okur_floor --runs 15 --library "$out/work/library" \
  --open kultur-dijital-diplomasi --label "reopening the last document" --json "$out/parts/1-startup-reader.json"
echo "== reader: open the Turkish article, 100 lookups, peak memory"
$bin/bench_reader --okur $bin/okur --library "$out/work/library" --document kultur-dijital-diplomasi --runs 5 \
  --json "$out/parts/5-reader.json"
echo "== cold okur-cli list, lookup, search (processes, on the app's library)"
$bin/bench_cli --cli $bin/okur-cli --library "$out/work/library" --runs 9 --json "$out/parts/6-cli.json"
echo
$bin/bench_report "$out/parts" "$out/results.json"
echo "written: $out/results.json"
