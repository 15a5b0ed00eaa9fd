#!/usr/bin/env python3
"""Builds the Debian package from the build tree, unpacks it into a scratch root and checks what it lays out.

usage: test_package.py BUILD_DIR SOURCE_DIR

The package is made with cpack into a scratch folder and extracted with dpkg-deb -x (nothing is installed
system-wide); the installed okur and okur-cli run from there, the desktop file and the AppStream metadata go
through their validators, the man pages through groff, and the package's dependencies are checked against
what dpkg says owns the libraries the binaries link and the QML modules the pages import.
"""
import glob
import gzip
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

APP_ID = "io.github.okur_reader.Okur"
QML_DIR = "/usr/lib/x86_64-linux-gnu/qt6/qml"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return ok


def run(cmd, timeout=120, **kw):
    """Runs a command; a missing tool is a failure of the test, not a skip."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def owner(path):
    """The Debian package that owns a file, as dpkg -S says."""
    r = run(["dpkg-query", "-S", os.path.realpath(path)])
    if r.returncode != 0:
        r = run(["dpkg-query", "-S", path])
    return r.stdout.split(":")[0].strip() if r.returncode == 0 else None


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def depends_names(control):
    """Package names in the Depends field (alternatives included)."""
    m = re.search(r"^ Depends: (.*)$", control, re.M)
    if not m:
        return set()
    return {re.split(r"[\s(]", alt.strip())[0] for dep in m.group(1).split(",") for alt in dep.split("|")}


def qml_imports(source_dir):
    """Modules the app's QML imports (its own module aside)."""
    mods = set()
    for qml in glob.glob(os.path.join(source_dir, "qml", "**", "*.qml"), recursive=True):
        with open(qml, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"\s*import\s+([A-Za-z][\w.]*)", line)
                if m and m.group(1) != "Okur":
                    mods.add(m.group(1))
    return mods


def qmldir_closure(modules):
    """The modules, with those their qmldir files import or depend on, as qmldir paths."""
    seen, todo, paths = set(), list(modules), []
    while todo:
        mod = todo.pop()
        if mod in seen:
            continue
        seen.add(mod)
        path = os.path.join(QML_DIR, *mod.split("."), "qmldir")
        if not os.path.exists(path):
            # QtQml and friends are built into libQt6Qml and have no qmldir of their own.
            continue
        paths.append((mod, path))
        with open(path) as f:
            for line in f:
                words = line.split()
                if len(words) >= 2 and words[0] in ("import", "depends"):
                    todo.append(words[1])
    return paths


def minimal_pdf(text):
    """A one-page PDF 1.4 with `text` in a standard font (WinAnsi: Turkish letters outside it become '?'
    in a real file, so the text is kept to what the encoding has), with a correct cross-reference table."""
    safe = text.encode("cp1252", "replace").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 12 Tf 72 720 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def usage_commands(cli):
    """The commands and vocabulary subcommands the usage text of okur-cli names."""
    r = run([cli])
    commands = set()
    for line in r.stderr.splitlines():
        if not re.match(r"^  [a-z]", line):
            continue
        words = line.split()
        commands.add(words[0])
        if len(words) > 1 and re.fullmatch(r"[a-z]+", words[1]):
            commands.add(words[0] + " " + words[1])
        for alt in line.split(" | ")[1:]:
            first = alt.split()[0]
            if re.fullmatch(r"[a-z]+", first):
                commands.add(words[0] + " " + first)
    return commands


def main():
    build_dir, source_dir = (os.path.abspath(a) for a in sys.argv[1:3])
    scratch = tempfile.mkdtemp(prefix="okur-package-")
    try:
        test(build_dir, source_dir, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    check(not os.path.exists(scratch), "scratch folder removed")
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all package checks passed")
    return 0


def test(build_dir, source_dir, scratch):
    # The package, made from the build tree into the scratch folder.
    r = run(["cpack", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-G", "DEB",
             "-B", os.path.join(scratch, "cpack")], timeout=600)
    if not check(r.returncode == 0, "cpack -G DEB: " + r.stdout[-2000:] + r.stderr[-2000:]):
        return
    debs = glob.glob(os.path.join(scratch, "cpack", "*.deb"))
    if not check(len(debs) == 1, "cpack made one .deb: %s" % debs):
        return
    deb = debs[0]
    print("package:", os.path.basename(deb), os.path.getsize(deb) // 1024, "KiB", flush=True)

    info = run(["dpkg-deb", "-I", deb]).stdout
    print(info, flush=True)
    depends = depends_names(info)
    check(re.search(r"^ Package: okur$", info, re.M), "package name okur")
    check(re.search(r"^ Architecture: \S+$", info, re.M), "architecture given")

    root = os.path.join(scratch, "root")
    r = run(["dpkg-deb", "-x", deb, root])
    if not check(r.returncode == 0, "dpkg-deb -x: " + r.stderr):
        return
    listing = run(["dpkg-deb", "-c", deb]).stdout
    for line in listing.splitlines():
        path = line.split()[-1]
        check(path == "./" or path.startswith("./usr/"), "everything under /usr: " + path)

    usr = os.path.join(root, "usr")
    okur = os.path.join(usr, "bin", "okur")
    cli = os.path.join(usr, "bin", "okur-cli")
    pdf_module = os.path.join(usr, "lib", "okur", "libokur-pdf.so")
    for b in (okur, cli):
        check(os.access(b, os.X_OK), "installed and executable: " + b)
    check(os.path.exists(pdf_module), "the PDF module is installed: " + pdf_module)
    if failures:
        return

    # Dependencies: every library the binaries link belongs to a package the .deb depends on
    # (what dpkg-shlibdeps should have found), and so does every QML module the pages import.
    for b in (okur, cli, pdf_module):
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", run(["readelf", "-d", b]).stdout)
        check(needed, "readelf lists the libraries of " + b)
        ldd = run(["ldd", b]).stdout
        resolved = dict(re.findall(r"^\s*(\S+) => (\S+)", ldd, re.M))
        # The dynamic loader is listed by its path alone.
        resolved.update({os.path.basename(p): p for p in re.findall(r"^\s*(/\S+) \(0x", ldd, re.M)})
        for lib in needed:
            path = resolved.get(lib)
            if not check(path and os.path.exists(path), "%s resolves %s" % (os.path.basename(b), lib)):
                continue
            pkg = owner(path)
            check(pkg and pkg.split(":")[0] in depends,
                  "%s links %s from %s, which Depends names" % (os.path.basename(b), lib, pkg))
        dyn = run(["readelf", "-d", b]).stdout
        check(build_dir not in dyn and "RPATH" not in dyn and "RUNPATH" not in dyn,
              "no run path into the build tree in " + b)
    # PDF support is the module's alone: the programs do not load poppler to start.
    for b in (okur, cli):
        check("poppler" not in run(["readelf", "-d", b]).stdout, "%s does not link poppler" % os.path.basename(b))
    for mod, qmldir in qmldir_closure(qml_imports(source_dir)):
        pkg = owner(qmldir)
        check(pkg and pkg.split(":")[0] in depends, "QML module %s from %s, which Depends names" % (mod, pkg))

    # Desktop integration.
    desktop = os.path.join(usr, "share", "applications", APP_ID + ".desktop")
    metainfo = os.path.join(usr, "share", "metainfo", APP_ID + ".metainfo.xml")
    r = run(["desktop-file-validate", desktop])
    check(r.returncode == 0 and "error" not in r.stdout, "desktop-file-validate: " + r.stdout + r.stderr)
    r = run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    check(r.returncode == 0, "appstreamcli validate: " + r.stdout + r.stderr)
    with open(metainfo, encoding="utf-8") as f:
        meta = f.read()
    check("<launchable type=\"desktop-id\">%s.desktop</launchable>" % APP_ID in meta, "metainfo launches the desktop file")
    shots = re.findall(r"<image[^>]*>https://[^<]*/docs/([^<]+)</image>", meta)
    check(shots, "metainfo has screenshots")
    for shot in shots:
        check(os.path.exists(os.path.join(source_dir, "docs", shot)), "screenshot is in docs/: " + shot)
    # The newest release in the metadata is this version, with notes (a version bump needs its notes).
    version = run(["dpkg-deb", "-f", deb, "Version"]).stdout.strip()
    releases = re.findall(r"<release version=\"([^\"]+)\" date=\"[^\"]+\">\s*<description>", meta)
    check(releases and releases[0] == version, "release notes for %s: %s" % (version, releases))
    with open(desktop, encoding="utf-8") as f:
        entry = f.read()
    check(re.search(r"^Icon=%s$" % re.escape(APP_ID), entry, re.M), "desktop file names the icon")
    exec_cmd = re.search(r"^Exec=(\S+)", entry, re.M)
    check(exec_cmd and os.path.exists(os.path.join(usr, "bin", exec_cmd.group(1))), "Exec names an installed binary")

    icons = os.path.join(usr, "share", "icons", "hicolor")
    check(os.path.exists(os.path.join(icons, "scalable", "apps", APP_ID + ".svg")), "SVG icon")
    for s in ICON_SIZES:
        png = os.path.join(icons, "%dx%d" % (s, s), "apps", APP_ID + ".png")
        check(os.path.exists(png) and png_size(png) == (s, s), "PNG icon %dx%d" % (s, s))

    # Man pages: render without a warning, and okur-cli's lists every command of its usage text.
    for page in ("okur", "okur-cli"):
        path = os.path.join(usr, "share", "man", "man1", page + ".1.gz")
        if not check(os.path.exists(path), "man page " + page):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as f:
            roff = f.read()
        r = run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=roff)
        check(r.returncode == 0 and not r.stderr, "groff renders %s without warnings: %s" % (page, r.stderr))
        r = run(["man", "--warnings", "-l", path], env=dict(os.environ, MANWIDTH="80", MANPAGER="cat", PAGER="cat"))
        check(r.returncode == 0 and r.stdout.startswith(page.upper()) and not r.stderr,
              "man -l %s: %s" % (page, r.stderr))
        check(("Okur " + version) in r.stdout.splitlines()[-1], "%s(1) is for version %s" % (page, version))
        if page == "okur-cli":
            text = run(["groff", "-man", "-Tascii", "-P-cbou", "-rLL=200n"], input=roff).stdout
            commands = usage_commands(cli)
            check(len(commands) >= 15, "usage text names the commands: %s" % sorted(commands))
            for c in sorted(commands):
                check(re.search(r"^ {7}%s(\s|$)" % re.escape(c), text, re.M), "okur-cli(1) describes " + c)

    # The installed programs run from another folder, with a fresh home and library.
    home = os.path.join(scratch, "home")
    os.makedirs(home)
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=home)
    for k in ("OKUR_LIBRARY", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "QML_IMPORT_PATH",
              "QML2_IMPORT_PATH", "QT_PLUGIN_PATH", "LD_LIBRARY_PATH"):
        env.pop(k, None)
    library = os.path.join(scratch, "library")
    r = run([cli, "--library", library, "list", "--json"], cwd=scratch, env=env)
    check(r.returncode == 0, "okur-cli list: " + r.stderr)
    with open(os.path.join(source_dir, "seeds", "seeds.json"), encoding="utf-8") as f:
        seeds = {d["id"] for d in json.load(f)["documents"]}
    try:
        listed = {d["id"] for d in json.loads(r.stdout)}
    except ValueError:
        listed = set()
    check(listed == seeds, "okur-cli list shows the bundled documents: %s" % sorted(listed))
    # The installed CLI finds the installed PDF module and imports a PDF through it.
    pdf = os.path.join(scratch, "hello.pdf")
    with open(pdf, "wb") as f:
        f.write(minimal_pdf("Kamu diplomasisi ve kültürel miras üzerine bir not."))
    r = run([cli, "--library", library, "import", pdf], cwd=scratch, env=env)
    check(r.returncode == 0 and r.stdout.strip(), "okur-cli import of a PDF: %s %s" % (r.stdout, r.stderr))
    if r.returncode == 0 and r.stdout.strip():
        r = run([cli, "--library", library, "text", r.stdout.split()[0]], cwd=scratch, env=env)
        check("diplomasisi" in r.stdout, "the imported PDF's text: " + r.stdout + r.stderr)
    # Without the module, a PDF is refused with a message that names it, and the other formats still import.
    alone = os.path.join(scratch, "alone", "bin")
    os.makedirs(alone)
    shutil.copy2(cli, alone)
    other = os.path.join(scratch, "other.pdf")
    with open(other, "wb") as f:
        f.write(minimal_pdf("Yumu\u015fak g\u00fc\u00e7 ve diplomasi."))
    r = run([os.path.join(alone, "okur-cli"), "--library", library, "import", other], cwd=scratch, env=env)
    check(r.returncode != 0 and "okur-pdf" in r.stderr, "a PDF without the module: rc %d %s" % (r.returncode, r.stderr))
    note = os.path.join(scratch, "note.txt")
    with open(note, "w", encoding="utf-8") as f:
        f.write("Bir not.\n")
    r = run([os.path.join(alone, "okur-cli"), "--library", library, "import", note], cwd=scratch, env=env)
    check(r.returncode == 0, "a text file without the module: " + r.stderr)
    r = run([okur, "--library", library, "--quit-after-first-frame"], cwd=scratch, env=env, timeout=60)
    check(r.returncode == 0 and re.search(r"^first-frame-ms: \d+$", r.stdout, re.M),
          "okur --quit-after-first-frame: rc %d %s %s" % (r.returncode, r.stdout, r.stderr[-2000:]))
    print(r.stdout.strip(), flush=True)
    # The interface loads without a QML error (a missing module would show here).
    check(not re.search(r'is not installed|plugin cannot be loaded|Cannot load library|is not a type|failed to load',
                        r.stderr, re.I), "no QML module missing: " + r.stderr[-2000:])


if __name__ == "__main__":
    sys.exit(main())
