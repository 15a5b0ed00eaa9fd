#pragma once
#include <QCoreApplication>
#include <QString>

namespace okur::sync {

/// The module's messages, translated in the context lupdate gives a tr() call in this namespace.
inline QString tr(const char *text) { return QCoreApplication::translate("okur::sync", text); }

} // namespace okur::sync
