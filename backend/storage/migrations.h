#pragma once
#include "database.h"

#include <QList>

namespace okur::storage {

/// One step of the ladder: brings a database from version - 1 to version.
struct Migration {
    int version;
    const char *sql;
    bool destructive = false; ///< a backup is taken before a destructive step
};

/// The ladder, oldest first. A new schema is a new step at the end.
const QList<Migration> &migrations();

/// The schema version this build writes.
int currentSchemaVersion();

/// Brings `db` to `target` (default: current) one step at a time, each in
/// its own transaction. Refuses a database newer than the app. `dbPath` is
/// used to back up before destructive steps. The search index's step needs
/// the "okur" FTS5 tokenizer on the connection, as DocumentStore::open registers it.
bool migrate(Database &db, const QString &dbPath, QString *error, int target = -1);

} // namespace okur::storage
