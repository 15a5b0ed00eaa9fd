#pragma once
#include <QString>

class QQuickWindow;

namespace okur::library {
class Library;
}

namespace okur::app {

/// Waits until the library's background work is done and the reader (or
/// library page) shows text, saves a screenshot of `window` to `path`,
/// prints "rendered-blocks: N" and quits. For tests and documentation.
/// With `lookup`, the reader first looks that word up, as if tapped.
void takeScreenshotWhenRendered(QQuickWindow *window, library::Library *library, const QString &path,
                                const QString &lookup = QString(), const QString &page = QString());

} // namespace okur::app
