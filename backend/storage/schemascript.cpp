#include "schemascript.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

namespace okur::storage {

namespace {

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
    const QString partial = path + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    const bool written = out.write(bytes) == bytes.size() && out.flush();
    out.close();
    // QFile::rename never replaces a file: a library another process made meanwhile stays as it is.
    if (!written || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace okur::storage
