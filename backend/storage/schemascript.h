#pragma once
#include "database.h"

#include <QString>

namespace okur::storage {

/// The schema and rows of `db` as one SQL script that makes them again in an
/// empty database: tables (and virtual tables), then indexes, views and
/// triggers, in the order they were made, then each ordinary table's rows. The
/// tables a virtual table keeps its data in, and SQLite's own, are left to
/// SQLite. Starts with a line naming the schema version. Empty on an error
/// (`error` says which).
QString schemaScript(Database &db, QString *error = nullptr);

/// The version a script made by schemaScript() names on its first line; -1 when none.
int scriptVersion(const QString &script);

/// The newest schema as a script (`:/okur/schema/head.sql`, made at build
/// time by running the migration ladder: tools/schema.cpp): a new library is
/// made from it in one step rather than by every step of the ladder (most of a
/// first start's work on the main thread). Empty when the programme has none
/// (the resource is not linked) or it names another version than this build's.
QString headSchemaScript();

/// Makes a new library file at `path` as a copy of the empty one made at build time
/// (`:/okur/schema/empty.sqlite`: headSchemaScript() run on an empty file in WAL mode, by tools/schema.cpp).
/// Copying it is a tenth of running the script, which was a third of a first start's work on the main
/// thread. Written beside `path`, synced to the disk, then given its name in one step that never replaces a file
/// (a hard link; on Windows a move that does not replace): false, leaving `path` as it was, when it exists
/// (another process made it first), the programme has no template or one of another version, or the file system
/// or the disk refuses; the caller then makes the library from the script.
bool copyEmptyLibrary(const QString &path);

} // namespace okur::storage
