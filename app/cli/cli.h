#pragma once
#include <QStringList>
#include <QTextStream>

namespace okur::cli {

/// Runs one okur-cli command (args without the program name). Returns the
/// exit code: 0 success, 1 failure (one line on `err`), 2 bad usage.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace okur::cli
