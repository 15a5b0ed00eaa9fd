// A library seeded with the bundled documents once per test program; every library a test asks for is a copy
// of it. Seeding costs a second in Release and several under ASan; copying a few megabytes does not. A copy is a
// library that has never synced: it has no device id yet, so copies are distinct devices.
#pragma once

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class SeededLibraries {
public:
    /// A new library at `dir` (made, and seeded on the first call); its runner.
    /// On a failed seeding the runner's library is empty and `error()` says why.
    CliRunner make(const QString &dir)
    {
        QDir().mkpath(dir);
        if (!seed()) {
            return CliRunner(dir);
        }
        const QString from = m_dir.filePath(QStringLiteral("seed"));
        for (const QString &f : QDir(from).entryList(QDir::Files)) {
            QFile::copy(from + u'/' + f, dir + u'/' + f);
        }
        return CliRunner(dir);
    }

    const QString &error() const { return m_error; }

private:
    bool seed()
    {
        if (m_seeded || !m_error.isEmpty()) {
            return m_seeded;
        }
        CliRunner seed(m_dir.filePath(QStringLiteral("seed")));
        m_seeded = seed({QStringLiteral("list")}) == 0;
        if (!m_seeded) {
            m_error = seed.err;
        }
        return m_seeded;
    }

    QTemporaryDir m_dir;
    bool m_seeded = false;
    QString m_error;
};
