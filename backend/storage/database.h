#pragma once
#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace okur::storage {

class Database;

/// A prepared statement with bound parameters. Move-only; finalises itself.
class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &value);

    /// Steps once: true while a row is available. Check Database::error() after false.
    bool next();
    /// Runs to completion; false on error.
    bool exec();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

/// One SQLite connection. Owned by one thread at a time; open one per
/// thread (WAL lets readers and a writer share the file).
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) with WAL, foreign keys and a busy timeout.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const QString &sql);
    Statement prepare(const QString &sql);

    int userVersion();
    bool setUserVersion(int version);
    /// "ok" when the file is sound; anything else describes the damage.
    QString integrityCheck();

    QString error() const { return m_error; }
    /// SQLite's primary result code of the last failure (SQLITE_FULL, SQLITE_NOTADB, ...), 0 when none.
    int errorCode() const { return m_code; }
    void setError(const QString &e, int code = -1) { m_error = e; m_code = code; }
    /// True when SQLite said the file is not a database or is corrupt: the only
    /// proof that a library is damaged (never an I/O, space, permission or lock error).
    static bool isDamage(int code);
    qint64 lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    void fail(int rc, const char *message = nullptr);
    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_code = 0;
};

/// Begins on construction, rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace okur::storage
