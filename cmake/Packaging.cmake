# Installation and the Debian package: `cmake --install build --prefix DIR`, or `cpack -G DEB` in the build
# folder. The app reads everything else it needs at run time (the QML module, dictionaries, the bundled
# documents) from its Qt resources, so binaries, desktop integration and man pages are all there is to lay out.
include(GNUInstallDirs)

# One reverse-DNS id names the desktop file, the icon and the AppStream component (app/main.cpp sets it as the
# desktop file name, so Wayland compositors find the icon); it follows the GitHub home page, okur-reader/okur.
set(OKUR_APP_ID io.github.okur_reader.Okur)
set(_pkg_dir ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_out ${CMAKE_BINARY_DIR}/packaging)

# The package ships no shared libraries of its own (the PDF module is loaded by path), so the binaries need no run path (qt_standard_project_setup's
# $ORIGIN/../lib would only widen the search).
set_target_properties(okur okur-cli PROPERTIES INSTALL_RPATH "")
install(TARGETS okur okur-cli
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION ${CMAKE_INSTALL_BINDIR})
# The PDF module, loaded on the first PDF from bin/../lib/okur (formats/pdfmodule.h).
install(TARGETS okur-pdf LIBRARY DESTINATION lib/okur)
install(FILES ${_pkg_dir}/${OKUR_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_pkg_dir}/${OKUR_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG, and PNGs rendered from it for desktops and software centres that want bitmaps.
find_program(OKUR_RSVG_CONVERT rsvg-convert)
if(NOT OKUR_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert not found: install librsvg2-bin (scripts/setup.sh)")
endif()
set(_icon_svg ${_pkg_dir}/icons/${OKUR_APP_ID}.svg)
set(_icon_pngs)
foreach(_size 16 22 24 32 48 64 128 256 512)
    set(_png ${_pkg_out}/icons/${_size}x${_size}/${OKUR_APP_ID}.png)
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_out}/icons/${_size}x${_size}
        COMMAND ${OKUR_RSVG_CONVERT} --width ${_size} --height ${_size} --format png --output ${_png} ${_icon_svg}
        DEPENDS ${_icon_svg}
        VERBATIM)
    list(APPEND _icon_pngs ${_png})
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()
install(FILES ${_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages, with the project's version, compressed as Debian ships them (-n: no time stamp, so the build
# is reproducible).
set(_man_pages)
foreach(_page okur okur-cli)
    configure_file(${_pkg_dir}/man/${_page}.1.in ${_pkg_out}/man/${_page}.1 @ONLY)
    set(_gz ${_pkg_out}/man/${_page}.1.gz)
    add_custom_command(OUTPUT ${_gz}
        COMMAND gzip -9 -n -c ${_pkg_out}/man/${_page}.1 > ${_gz}
        DEPENDS ${_pkg_out}/man/${_page}.1
        VERBATIM)
    list(APPEND _man_pages ${_gz})
    install(FILES ${_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(okur-packaging-files ALL DEPENDS ${_icon_pngs} ${_man_pages})

# The Debian package. dpkg-shlibdeps (dpkg-dev) finds the libraries the binaries link; what the app loads
# only at run time is named here: the QML modules its pages import (the Material style comes with the
# controls; Qt's file dialog needs the folder list model) and the DejaVu faces its theme asks for.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME okur)
set(CPACK_PACKAGE_VENDOR "The Okur developers")
set(CPACK_PACKAGE_CONTACT "The Okur developers <okur-reader@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/okur-reader/okur")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for studying Turkish and English texts")
# The long description; CPack puts the summary above it and indents it as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Okur repairs text damaged by copying from PDFs and web pages and shows it at a
readable measure, with a bilingual Turkish-English glossary, highlights, notes,
bookmarks, vocabulary review, Turkish-aware search, thematic summaries and a
timeline. It imports text, Markdown, EPUB, PDF and saved web pages.

The package also holds okur-cli, which drives the same library headless.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qml6-module-qtquick, qml6-module-qtquick-window, qml6-module-qtquick-controls, \
qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, \
qml6-module-qtqml-workerscript, qml6-module-qt-labs-folderlistmodel, qml6-module-qtqml, qml6-module-qtqml-models, \
fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-extra, qt6-wayland")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
