#pragma once
#include "storage/database.h"

#include <QCoreApplication>

namespace okur::app {

/// Why the last write to `db` failed, for a "Could not …: <reason>" line:
/// SQLite's own message when it gave one (callers clear it before writing,
/// so an older error is never shown for this one).
inline QString writeFailure(const storage::Database &db)
{
    return db.error().isEmpty() ? QCoreApplication::translate("okur::app", "the library did not accept the change")
                                : db.error();
}

} // namespace okur::app
