#pragma once
// The app's shell made as main() makes it, and finding its objects: shared by the tests that load the whole shell.
#include "engine.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSize>
#include <memory>

namespace okur::testing {

inline bool inherits(const QObject *o, const char *className)
{
    for (const QMetaObject *m = o->metaObject(); m; m = m->superClass()) {
        if (qstrcmp(m->className(), className) == 0)
            return true;
    }
    return false;
}

/// Objects of a class under `root`, through QObject children and visual children.
inline QList<QObject *> objectsOf(QObject *root, const char *className)
{
    QList<QObject *> out;
    QList<QObject *> todo{root};
    QSet<QObject *> seen;
    while (!todo.isEmpty()) {
        QObject *o = todo.takeFirst();
        if (!o || seen.contains(o))
            continue;
        seen.insert(o);
        if (inherits(o, className))
            out << o;
        todo << o->children();
        if (auto *item = qobject_cast<QQuickItem *>(o)) {
            for (QQuickItem *child : item->childItems())
                todo << child;
        }
        // A popup's content hangs off its item, not off the popup.
        if (QObject *content = o->property("contentItem").value<QObject *>())
            todo << content;
    }
    return out;
}

inline QString describe(QObject *o)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

/// The shell as main() makes it: a plain engine set up by setUpEngine, Main.qml made in it. The window goes first
/// (members go in the reverse of their order).
struct Shell {
    std::unique_ptr<QQmlEngine> engine = std::make_unique<QQmlEngine>();
    std::unique_ptr<QObject> root;
    QQuickWindow *window() const { return qobject_cast<QQuickWindow *>(root.get()); }
    bool load()
    {
        okur::app::setUpEngine(engine.get());
        QQmlComponent component(engine.get(), QUrl(QStringLiteral("qrc:/Okur/Main.qml")));
        root.reset(okur::app::createShell(component, QSize()));
        if (!root)
            qWarning().noquote() << component.errorString();
        return window() != nullptr;
    }
};

} // namespace okur::testing
