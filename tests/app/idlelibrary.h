// A library for a test program's fixture: opened in a folder and left to finish its background work (the bundled
// documents seeded, the glossary loaded, the summaries made), as the app's library is once it is idle.
#pragma once

#include "library/library.h"

#include <QString>
#include <QTest>

#include <memory>

/// The library in `dir`, idle; null, with `error` saying why, when it does not open or is still busy after a minute.
inline std::unique_ptr<okur::library::Library> openIdleLibrary(const QString &dir, QString *error)
{
    auto library = std::make_unique<okur::library::Library>(dir);
    if (!library->open()) {
        *error = QStringLiteral("the library did not open: %1").arg(library->error());
        return nullptr;
    }
    library->startBackgroundWork();
    if (!QTest::qWaitFor([&library] { return !library->busy(); }, 60000)) {
        *error = QStringLiteral("the library was still busy after a minute");
        return nullptr;
    }
    return library;
}
