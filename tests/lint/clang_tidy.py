#!/usr/bin/env python3
"""Runs clang-tidy with the committed .clang-tidy over every .cpp in backend/ and app/.

Usage: clang_tidy.py SOURCE_DIR BUILD_DIR [--clang-tidy PATH] [--jobs N]

Uses BUILD_DIR/compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS). In a unity
build (CMAKE_UNITY_BUILD, as CI builds) that lists the unity_*.cxx batches, not
each .cpp: clang-tidy then runs once a batch, so Qt's headers are parsed once
for eight files, and the header filter reports findings in the .cpp files the
batch includes. A .cpp left out of the unity build keeps its own entry and is
linted alone. Fails on any finding, and on any project .cpp that neither a batch
nor an entry of its own covers (a file that is not linted must not pass silently).
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time

FINDING = re.compile(r"^(?P<loc>\S+:\d+:\d+): (?P<kind>warning|error): (?P<msg>.*)$")
# How CMake's unity batches name their sources: one absolute #include a line.
UNITY_INCLUDE = re.compile(r'^#include\s+"(?P<path>[^"]+)"', re.M)
TOPS = ("backend", "app")


def project_sources(source_dir):
    files = []
    for top in TOPS:
        for root, _dirs, names in os.walk(os.path.join(source_dir, top)):
            files += [os.path.join(root, n) for n in names if n.endswith(".cpp")]
    return sorted(os.path.realpath(f) for f in files)


def is_project_file(path, source_dir):
    return any(path.startswith(os.path.join(source_dir, top) + os.sep) for top in TOPS)


def plan(entries, source_dir):
    """Which compile entries to lint, and the project .cpp files each covers."""
    units = {}
    for e in entries:
        path = os.path.realpath(os.path.join(e["directory"], e["file"]))
        if path in units:
            continue  # the same file in two targets (a library and a test): once is enough
        if os.path.basename(path).startswith("unity_") and path.endswith(".cxx"):
            with open(path, encoding="utf-8") as f:
                included = [os.path.realpath(m.group("path")) for m in UNITY_INCLUDE.finditer(f.read())]
            covered = [p for p in included if is_project_file(p, source_dir)]
        else:
            covered = [path] if is_project_file(path, source_dir) else []
        if covered:
            units[path] = covered
    return units


def generated_batch_include(finding, unit):
    """A unity batch is CMake's, not the project's: its #include of each .cpp is how a unity build works."""
    return (finding.group("loc").startswith(unit + ":")
            and finding.group("msg").endswith("[bugprone-suspicious-include]"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source_dir")
    ap.add_argument("build_dir")
    ap.add_argument("--clang-tidy", default="clang-tidy")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    source_dir = os.path.realpath(args.source_dir)

    tidy = shutil.which(args.clang_tidy)
    if not tidy:
        print(f"clang-tidy not found ({args.clang_tidy}); scripts/setup.sh installs it", file=sys.stderr)
        return 1
    db_path = os.path.join(args.build_dir, "compile_commands.json")
    if not os.path.exists(db_path):
        print(f"{db_path} missing: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON", file=sys.stderr)
        return 1
    with open(db_path, encoding="utf-8") as f:
        units = plan(json.load(f), source_dir)

    covered = {p for files in units.values() for p in files}
    unknown = [s for s in project_sources(source_dir) if s not in covered]
    if unknown:
        for s in unknown:
            print(f"in no unity batch nor compile_commands.json entry, so not linted: {os.path.relpath(s, source_dir)}")
        return 1

    config = os.path.join(source_dir, ".clang-tidy")
    # Anchored on the source folder: the build folder has backend/ and app/ too (moc output, generated registrations).
    header_filter = "^" + re.escape(source_dir + os.sep) + "(" + "|".join(TOPS) + ")/"

    def run(path):
        p = subprocess.run([tidy, "--quiet", f"--config-file={config}", f"--header-filter={header_filter}",
                            "-p", args.build_dir, path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        return path, p.returncode, p.stdout, p.stderr

    start = time.monotonic()
    findings = {}  # "file:line:col: kind: message" -> the lines that explain it
    failed = []
    # The longest batches first, so the last one to finish is a short one.
    order = sorted(units, key=lambda u: -len(units[u]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, rc, out, err in pool.map(run, order):
            current = None
            for line in out.splitlines():
                m = FINDING.match(line)
                if m and generated_batch_include(m, path):
                    current = None
                elif m:
                    current = line
                    findings.setdefault(current, [])
                elif current is not None and len(findings[current]) < 3:
                    findings[current].append(line)
            if rc != 0 and not out.strip():
                failed.append((path, err.strip()))
    elapsed = time.monotonic() - start

    for key in sorted(findings):
        print(key)
        for extra in findings[key]:
            print(extra)
    for path, err in failed:
        print(f"clang-tidy failed on {path}: {err.splitlines()[-1] if err else 'no output'}")
    print(f"clang-tidy: {len(covered)} project files in {len(units)} runs, {len(findings)} findings, "
          f"{elapsed:.1f} s with {args.jobs} jobs")
    return 1 if findings or failed else 0


if __name__ == "__main__":
    sys.exit(main())
