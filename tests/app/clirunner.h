// Runs okur-cli in-process against one library and keeps what it printed.
#pragma once

#include "cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

class CliRunner {
public:
    explicit CliRunner(QString library) : m_library(std::move(library)) {}

    /// Runs `okur-cli --library <library> args…`; returns its exit code.
    int operator()(QStringList args)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        args.prepend(m_library);
        args.prepend(QStringLiteral("--library"));
        return okur::cli::run(args, o, e);
    }

    const QString &library() const { return m_library; }

    QString out, err;

private:
    QString m_library;
};
