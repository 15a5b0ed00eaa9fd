#!/usr/bin/env bash
# Installs the Debian packages Okur needs to build, run and test; installs
# nothing when everything is already there (idempotent, non-interactive).
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config lld
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools
  # Qt's own strings (file dialog buttons) in Turkish: app/models/language.cpp.
  qt6-translations-l10n
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qtquick-dialogs
  qml6-module-qttest qml6-module-qtcore
  # Qt's own file dialog, used offscreen and on most Linux desktops, imports it,
  # and the Debian package of the dialogs does not depend on it: tests/app/tst_pages.cpp.
  qml6-module-qt-labs-folderlistmodel
  libicu-dev libsqlite3-dev libhunspell-dev hunspell-tr hunspell-en-us
  dict-freedict-tur-eng dict-freedict-eng-tur wordnet-base
  # The Penn Treebank's tag counts per English form, which rank lemmas (tools/lexindex.cpp).
  liblingua-en-tagger-perl
  # tests/glossary/tst_dictdcompare.cpp: a local dictd and the reference client.
  dictd dict
  clang libclang-rt-14-dev
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core fonts-dejavu-extra
  # The reading face and English hyphenation, bundled into the app's resources (assets/CMakeLists.txt).
  fonts-sil-charis hyphen-en-us libhyphen-dev
  # QtQml and QtQml.Models, loaded by the reader and search pages (tests/app/tst_pages.cpp).
  qml6-module-qtqml qml6-module-qtqml-models
  # The end-to-end suite (tests/e2e): real input events in Xvfb.
  xdotool
  python3 python3-jsonschema cmark python3-markdown-it
  libzip-dev libpoppler-qt6-dev libgumbo-dev pandoc groff ghostscript
  # Markdown imports through the CommonMark reference parser (backend/formats/markdown.cpp).
  libcmark-dev
  # The installable package (tests/package): icons, validators, dependencies of the .deb.
  librsvg2-bin desktop-file-utils appstream dpkg-dev man-db binutils
  # The lint tests (tests/lint): clang-tidy and qmllint (QtQml and QtQml.Models, which qmllint checks against, are above).
  clang-tidy qt6-declarative-dev-tools
  # Sync (tests/sync): a real Apache httpd with mod_dav, and htpasswd for its Basic authentication.
  apache2 apache2-utils
  # tests/sync/tst_synctls.cpp: a test CA and certificates, the pins and the digest password file.
  openssl
  # The sync password in the platform's keychain (backend/sync/credentials.cpp).
  qtkeychain-qt6-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "okur setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "okur setup: need root to install: ${missing[*]}" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
