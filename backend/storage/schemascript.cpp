#include "schemascript.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace okur::storage {

namespace {

/// Writes what the system holds of `file` to the disk.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))) != 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

/// Gives the file `from` the name `to` too, unless a file has it: in one step, never over a file (QFile::rename
/// checks first and may copy over a file made meanwhile). False where the file system cannot (no hard links:
/// FAT), and the caller makes the library another way.
bool placeWithoutReplacing(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    // A move without MOVEFILE_REPLACE_EXISTING fails when `to` exists; `from` is then gone from its place.
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_WRITE_THROUGH) != 0;
#else
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return false;
    }
    // The new name on the disk too (best effort: a folder that cannot be synced is still written in time).
    const int folder = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
#endif
}

const QString kVersionLine = QStringLiteral("-- Okur library schema %1\n");

/// An identifier as SQL writes it: the schema's own names, never user text.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool failed(Database &db, QString *error)
{
    if (error) {
        *error = db.error();
    }
    return false;
}

/// INSERTs for every row of `table`, values as SQLite quotes them (quote()).
bool appendRows(Database &db, const QString &table, QString &script, QString *error)
{
    Statement columns = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    columns.bind(1, table);
    QStringList quotes;
    while (columns.next()) {
        quotes << QStringLiteral("quote(%1)").arg(quoted(columns.text(0)));
    }
    if (quotes.isEmpty()) {
        return failed(db, error);
    }
    Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(quotes.join(u','), quoted(table)));
    if (!rows.isValid()) {
        return failed(db, error);
    }
    while (rows.next()) {
        QStringList values;
        for (int i = 0; i < quotes.size(); ++i) {
            values << rows.text(i);
        }
        script += QStringLiteral("INSERT INTO %1 VALUES(%2);\n").arg(quoted(table), values.join(u','));
    }
    return true;
}

} // namespace

QString schemaScript(Database &db, QString *error)
{
    // What SQLite makes for itself: a virtual table's data tables, autoindexes, sqlite_sequence.
    QSet<QString> internal;
    Statement list = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_list WHERE schema = 'main'"));
    QStringList ordinary;
    while (list.next()) {
        const QString name = list.text(0), type = list.text(1);
        if (type == QLatin1String("shadow") || name.startsWith(QLatin1String("sqlite_"))) {
            internal.insert(name);
        } else if (type == QLatin1String("table")) {
            ordinary << name;
        }
    }
    if (!list.isValid()) {
        failed(db, error);
        return {};
    }
    const int version = db.userVersion();
    QString script = kVersionLine.arg(version);
    Statement objects = db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid"));
    while (objects.next()) {
        if (!internal.contains(objects.text(0))) {
            script += objects.text(1) + QStringLiteral(";\n");
        }
    }
    std::sort(ordinary.begin(), ordinary.end());
    for (const QString &table : std::as_const(ordinary)) {
        if (!appendRows(db, table, script, error)) {
            return {};
        }
    }
    return version >= 0 ? script : QString();
}

int scriptVersion(const QString &script)
{
    static const QRegularExpression first(QStringLiteral("^-- Okur library schema (\\d+)\n"));
    const QRegularExpressionMatch m = first.match(script);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString headSchemaScript()
{
    QFile f(QStringLiteral(":/okur/schema/head.sql"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString script = QString::fromUtf8(f.readAll());
    return scriptVersion(script) == currentSchemaVersion() ? script : QString();
}

bool copyEmptyLibrary(const QString &path)
{
    QFile empty(QStringLiteral(":/okur/schema/empty.sqlite"));
    // Nor beside a write-ahead log left without its database: SQLite would read that log into the copy.
    if (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal")) ||
        !empty.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = empty.readAll();
    // The header's user_version (offset 60, big-endian) says which schema it holds.
    constexpr int kUserVersionOffset = 60;
    if (bytes.size() < kUserVersionOffset + 4 ||
        qFromBigEndian<qint32>(bytes.constData() + kUserVersionOffset) != currentSchemaVersion()) {
        return false;
    }
    // A copy a crash cut short is left under its own name: cleared once it is a minute old (one being written
    // now, by another process starting on this folder, is younger).
    const QFileInfo target(path);
    const QString prefix = target.fileName() + QStringLiteral(".new-");
    for (const QFileInfo &stale : target.dir().entryInfoList({prefix + u'*'}, QDir::Files)) {
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 60) {
            QFile::remove(stale.absoluteFilePath());
        }
    }
    const QString partial = path + QStringLiteral(".new-%1-%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile out(partial);
    // As SQLite makes a database: read and written by its owner, read by others (its logs take the same).
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        return false;
    }
    // Whole on the disk before it has the library's name: after a power cut the name never holds part of it.
    const bool written = out.write(bytes) == bytes.size() && out.flush() && syncToDisk(out);
    out.close();
    const bool placed = written && placeWithoutReplacing(partial, path);
    QFile::remove(partial);
    return placed;
}

} // namespace okur::storage
