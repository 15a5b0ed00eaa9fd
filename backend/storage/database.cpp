#include "database.h"
#include "compression.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <sqlite3.h>

namespace okur::storage {

namespace {

// Another process may hold the write lock for a while on a loaded machine (a rebuild step, a slow disk): waiting
// this long is better than failing a save.
constexpr int kBusyTimeoutMs = 10000;

} // namespace

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
        }
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_failed = other.m_failed;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index, value);
    }
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt) {
        sqlite3_bind_double(m_stmt, index, value);
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt) {
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, index);
    }
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || m_failed) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db->fail(rc);
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt) {
        return false;
    }
    while (next()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_failed = false;
    }
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

Database::~Database() { close(); }

bool Database::open(const QString &path)
{
    close();
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        if (!m_db) {
            m_error = QStringLiteral("cannot open database");
        }
        const QString e = m_error;
        const int code = m_code;
        close();
        m_error = e;
        m_code = code;
        return false;
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    registerCompression(m_db);
    // Reading the schema is the first thing that fails on a file that is not SQLite.
    const auto setUp = [this]() {
        return exec(QStringLiteral("PRAGMA foreign_keys=ON")) && exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
            && exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=FULL"))
            // Search reads long posting lists: a larger page cache and memory-mapped reads save syscalls.
            && exec(QStringLiteral("PRAGMA cache_size=-8192")) && exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    };
    // Another process starting on the same new file may be making it a WAL database at this very moment: SQLite
    // can answer BUSY to that without calling the busy handler. Wait for it as the busy timeout would (the
    // settings are idempotent), then say the library is in use.
    QElapsedTimer waited;
    waited.start();
    bool ready = setUp();
    while (!ready && m_code == SQLITE_BUSY && waited.elapsed() < kBusyTimeoutMs) {
        QThread::msleep(50);
        ready = setUp();
    }
    if (!ready) {
        const QString e = m_error;
        const int code = m_code;
        close();
        m_error = e;
        m_code = code;
        return false;
    }
    m_error.clear();
    m_code = 0;
    return true;
}

void Database::fail(int rc, const char *message)
{
    m_code = rc & 0xff;
    if (message) {
        m_error = QString::fromUtf8(message);
    } else if (m_db) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    } else {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
    }
}

bool Database::isDamage(int code)
{
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        m_code = SQLITE_MISUSE;
        return false;
    }
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        fail(rc, err);
        sqlite3_free(err);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        m_code = SQLITE_MISUSE;
        return Statement();
    }
    const QByteArray utf8 = sql.toUtf8();
    if (const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr); rc != SQLITE_OK) {
        fail(rc);
        return Statement();
    }
    return Statement(this, stmt);
}

int Database::userVersion()
{
    Statement s = prepare(QStringLiteral("PRAGMA user_version"));
    return s.next() ? int(s.integer(0)) : -1;
}

bool Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int, never user text.
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

QString Database::integrityCheck()
{
    Statement s = prepare(QStringLiteral("PRAGMA integrity_check"));
    return s.next() ? s.text(0) : m_error;
}

qint64 Database::lastInsertId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }
int Database::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

Transaction::Transaction(Database &db) : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    return m_db.exec(QStringLiteral("COMMIT"));
}

} // namespace okur::storage
