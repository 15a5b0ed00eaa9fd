#pragma once
#include "documentstore.h"

namespace okur::library {

/// What opening a library took.
struct OpenReport {
    bool opened = false;
    QString error;          ///< why it could not be opened, when it could not
    QString setAside;       ///< where a damaged file was moved, when it was
    int recoveredAnnotations = 0;
    int recoveredWords = 0;
    QString message() const; ///< one line for the user, empty when all was well
};

/// Opens the library in `dir`; when its file is damaged (not SQLite,
/// truncated, unreadable) or written by a newer Okur, moves it aside with a
/// timestamp, starts a fresh library and recovers the annotations and saved
/// words SQLite can still read from the old file. A library locked by another
/// process is reported, never moved. Nothing is deleted.
OpenReport openOrHeal(DocumentStore &store, const QString &dir);

} // namespace okur::library
