#include "compression.h"

#include <sqlite3.h>

namespace okur::storage {

QByteArray deflatedText(const QByteArray &utf8)
{
    // Below a few hundred bytes zlib's header and qCompress's length eat the gain.
    if (utf8.size() < 256) {
        return {};
    }
    QByteArray out = qCompress(utf8);
    return out.size() < utf8.size() ? out : QByteArray();
}

QByteArray inflatedText(const QByteArray &deflated)
{
    return qUncompress(deflated);
}

namespace {

void sqlDeflate(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto *text = static_cast<const char *>(static_cast<const void *>(sqlite3_value_text(argv[0])));
    const QByteArray out = deflatedText(QByteArray::fromRawData(text, sqlite3_value_bytes(argv[0])));
    if (out.isEmpty()) {
        sqlite3_result_value(context, argv[0]);
    } else {
        sqlite3_result_blob64(context, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT);
    }
}

void sqlInflate(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto *blob = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const QByteArray text = inflatedText(QByteArray::fromRawData(blob, sqlite3_value_bytes(argv[0])));
    if (text.isEmpty() && sqlite3_value_bytes(argv[0]) > 0) {
        sqlite3_result_error(context, "okur_inflate: damaged compressed text", -1);
        return;
    }
    sqlite3_result_text64(context, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

bool registerCompression(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "okur_deflate", 1, flags, nullptr, sqlDeflate, nullptr, nullptr, nullptr) ==
               SQLITE_OK &&
           sqlite3_create_function_v2(db, "okur_inflate", 1, flags, nullptr, sqlInflate, nullptr, nullptr, nullptr) ==
               SQLITE_OK;
}

} // namespace okur::storage
