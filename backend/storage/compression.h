#pragma once
#include <QByteArray>

struct sqlite3;

namespace okur::storage {

/// Text kept for provenance and read rarely (a document's source text) is
/// stored deflated: zlib through qCompress(). Old rows stay TEXT, so a column
/// may hold either; reads go through okur_inflate(), which passes text through.

/// Registers two deterministic SQL functions on a connection:
/// okur_deflate(x): a BLOB of x's UTF-8 deflated when that is smaller, else x unchanged;
/// okur_inflate(x): the TEXT a BLOB of okur_deflate() stands for, else x unchanged.
/// Database::open() calls it on every connection.
bool registerCompression(sqlite3 *db);

/// What okur_deflate() stores for UTF-8 text: its deflated form, or an empty
/// array when that would not be smaller. Pure.
QByteArray deflatedText(const QByteArray &utf8);
/// The UTF-8 text back from deflatedText()'s output; empty when it is damaged. Pure.
QByteArray inflatedText(const QByteArray &deflated);

} // namespace okur::storage
