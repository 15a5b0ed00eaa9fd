#pragma once
// The glossary on the bundled dictionaries (FreeDict, the curated glossary, the word lists), as the app makes it,
// for the tests that look words up in it. Null, with `error` set, when the dictionaries do not load.
#include "glossary/glossary.h"

#include <QStandardPaths>

#include <memory>

namespace okur::glossary::testing {

inline std::unique_ptr<Glossary> bundledGlossary(QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    auto dictionary = std::make_shared<Dictionary>();
    if (!dictionary->loadBundled(error))
        return nullptr;
    return std::make_unique<Glossary>(dictionary);
}

} // namespace okur::glossary::testing
