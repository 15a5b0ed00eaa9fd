#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace okur::app {

QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible()) {
        return nullptr;
    }
    if (item->objectName() == name) {
        return item;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name)) {
            return found;
        }
    }
    return nullptr;
}

int readerBlocksShown(QQuickWindow *window)
{
    QQuickItem *view = findVisible(window->contentItem(), QStringLiteral("blockView"));
    return view ? view->property("renderedBlocks").toInt() : 0;
}

} // namespace okur::app
