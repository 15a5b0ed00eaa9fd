#pragma once
// Opens an .apkg for the tests with the tools Anki's importer relies on: the
// zip read with libzip, the collection with the sqlite3 C API. Nothing of
// Okur's own code is used to read the package back.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantList>

#include <sqlite3.h>
#include <zip.h>

namespace apkgtest {

/// Every entry of the zip, by name; empty when it is not a zip.
inline QHash<QString, QByteArray> unzip(const QByteArray &bytes)
{
    QHash<QString, QByteArray> entries;
    zip_error_t e;
    zip_error_init(&e);
    zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &e);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &e) : nullptr;
    if (!z) {
        if (src)
            zip_source_free(src);
        zip_error_fini(&e);
        return entries;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, zip_uint64_t(i), 0, &st);
        QByteArray data(qsizetype(st.size), '\0');
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (f) {
            zip_fread(f, data.data(), st.size);
            zip_fclose(f);
        }
        entries.insert(QString::fromUtf8(st.name), data);
    }
    zip_discard(z);
    zip_error_fini(&e);
    return entries;
}

/// A read-only sqlite3 connection to a file; rows as lists of variants.
class Sqlite {
public:
    explicit Sqlite(const QString &path) { sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr); }
    Sqlite() { sqlite3_open(":memory:", &m_db); }
    ~Sqlite() { sqlite3_close(m_db); }
    bool exec(const QByteArray &sql) { return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK; }
    QList<QVariantList> rows(const QByteArray &sql)
    {
        QList<QVariantList> out;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER: row.append(qint64(sqlite3_column_int64(st, c))); break;
                case SQLITE_NULL: row.append(QVariant()); break;
                default:
                    row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                                 sqlite3_column_bytes(st, c)));
                }
            }
            out.append(row);
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace apkgtest
