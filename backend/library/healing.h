#pragma once
#include "documents/documentstore.h"

namespace okur::library {

/// What opening a library took.
struct OpenReport {
    bool opened = false;
    QString error;          ///< why it could not be opened, when it could not
    QString setAside;       ///< where a damaged file was moved, when it was
    int recoveredDocuments = 0;
    int recoveredAnnotations = 0;
    int recoveredWords = 0;
    QString message() const; ///< one line for the user, empty when all was well
};

/// Opens the library in `dir`. Only when SQLite proves the file damaged (not a
/// database, or corrupt) is it moved aside with a timestamp, a fresh library
/// started, and everything SQLite can still read from the old file copied
/// into it: documents with their blocks and sources, reading positions,
/// annotations and saved words. Any other failure (a full disk, an unreadable
/// `-wal`, a path too long, a lock held by another process, a library written by
/// a newer Okur) is reported and the library left exactly as it is. Nothing is deleted.
OpenReport openOrHeal(documents::DocumentStore &store, const QString &dir);

/// Copies what SQLite can still read of the library file at `damagedPath` into
/// `store` (a fresh library) and counts it in `report`.
void recoverInto(const QString &damagedPath, documents::DocumentStore &store, OpenReport &report);

} // namespace okur::library
