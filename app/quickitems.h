#pragma once
// Finding the QML shell's items from C++: for screenshots and benchmarks.
#include <QString>

class QQuickItem;
class QQuickWindow;

namespace okur::app {

/// The first visible item named `name` under `item` (itself included), or null.
QQuickItem *findVisible(QQuickItem *item, const QString &name);
/// Blocks of the reader's flow that show text, as the QML reports them; 0 when no reader is shown.
int readerBlocksShown(QQuickWindow *window);

} // namespace okur::app
