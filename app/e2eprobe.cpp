#include "e2eprobe.h"

#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>

namespace okur::app {

namespace {

QString typeName(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    const qsizetype qml = name.indexOf(QLatin1String("_QML"));
    return qml > 0 ? name.left(qml) : name;
}

QString nameOf(const QObject *object)
{
    return object->objectName().isEmpty() ? typeName(object) : object->objectName();
}

// An item counts as shown when it and every ancestor are visible with some opacity.
bool shown(const QQuickItem *item)
{
    for (; item; item = item->parentItem()) {
        if (!item->isVisible() || item->opacity() <= 0.01) {
            return false;
        }
    }
    return true;
}

QJsonArray globalRect(const QQuickItem *item)
{
    const QPointF p = item->mapToGlobal(QPointF(0, 0));
    return {qRound(p.x()), qRound(p.y()), qRound(item->width()), qRound(item->height())};
}

// Whether some of `sceneRect` is inside every clipping ancestor of `item`.
bool clippedIn(const QQuickItem *item, const QRectF &sceneRect)
{
    for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (up->clip() && !up->mapRectToScene(QRectF(0, 0, up->width(), up->height())).intersects(sceneRect)) {
            return false;
        }
    }
    return true;
}

// Named, shown items with their place on the screen, so a test can click them.
void collectItems(QQuickItem *item, QJsonObject &items, QQuickItem **reader, QQuickItem **page)
{
    if (!item->isVisible() || item->opacity() <= 0.01) {
        return;
    }
    const QString name = item->objectName();
    if (!name.isEmpty()) {
        // Of items of one name (a list's delegates), the first one inside the window.
        const QRectF inWindow = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF windowRect(QPointF(0, 0), item->window()->size());
        if (!items.contains(name) && inWindow.intersects(windowRect) && clippedIn(item, inWindow)) {
            items.insert(name, globalRect(item));
        }
        if (name == QLatin1String("blockView") && !*reader) {
            *reader = item;
        }
        if (name.endsWith(QLatin1String("Page")) && !*page) {
            *page = item;
        }
    }
    // A page transition moves every item: a click is only aimed once it is over.
    if (item->inherits("QQuickStackView") && item->property("busy").toBool()) {
        items.insert(QStringLiteral("_transition"), true);
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        collectItems(child, items, reader, page);
    }
}

QJsonObject readerState(QQuickItem *view)
{
    QJsonObject reader;
    for (const char *property :
         {"topBlock", "topOffset", "count", "markedBlock", "contentY", "selectedBlock", "selectionText", "roomBelow", "moving"}) {
        reader.insert(QLatin1String(property), QJsonValue::fromVariant(view->property(property)));
    }
    // Where the marked passage's block sits in the view: the reading line of a jump.
    const int marked = view->property("markedBlock").toInt();
    if (marked >= 0) {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, marked));
        if (item) {
            reader.insert(QStringLiteral("markedY"), qRound(item->mapToItem(view, QPointF(0, 0)).y()));
        }
    }
    reader.insert(QStringLiteral("height"), qRound(view->height()));
    // The kept position (block, share of its text before the top line), the length of that block's text, and
    // whether the view is holding it while a new layout settles.
    QVariant here = view->property("here");
    if (here.canConvert<QJSValue>()) {
        here = here.value<QJSValue>().toVariant();
    }
    reader.insert(QStringLiteral("here"), QJsonValue::fromVariant(here));
    QQuickItem *top = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, top),
                              Q_ARG(int, view->property("topBlock").toInt()));
    reader.insert(QStringLiteral("topLength"), top ? int(top->property("text").toString().size()) : 0);
    const QVariant held = view->property("held");
    const bool holding = held.metaType() == QMetaType::fromType<QJSValue>()
        ? !held.value<QJSValue>().isNull() && !held.value<QJSValue>().isUndefined()
        : held.isValid() && !held.isNull();
    reader.insert(QStringLiteral("holding"), holding);
    // The last block with a line in view: with topBlock, what the reader sees.
    int last = -1;
    QMetaObject::invokeMethod(view, "indexAt", Q_RETURN_ARG(int, last), Q_ARG(qreal, view->width() / 2),
                              Q_ARG(qreal, view->property("contentY").toReal() + view->height() - 2));
    reader.insert(QStringLiteral("lastBlock"), last);
    reader.insert(QStringLiteral("readingLine"), view->property("readingLine").toInt());
    return reader;
}

} // namespace

void E2eProbe::installIfRequested(QQuickWindow *window, library::Library *library, QObject *appState)
{
    const QString path = qEnvironmentVariable("OKUR_E2E_STATE");
    if (!path.isEmpty()) {
        new E2eProbe(window, library, appState, path);
    }
}

E2eProbe::E2eProbe(QQuickWindow *window, library::Library *library, QObject *appState, const QString &statePath)
    : QObject(window), m_window(window), m_library(library), m_appState(appState), m_statePath(statePath)
{
    connect(window, &QQuickWindow::frameSwapped, this, [this]() { ++m_frames; });
    auto *timer = new QTimer(this);
    timer->setInterval(40);
    connect(timer, &QTimer::timeout, this, &E2eProbe::tick);
    timer->start();
}

void E2eProbe::tick()
{
    runCommands();
    const QByteArray state = snapshot();
    if (state == m_last) {
        return;
    }
    m_last = state;
    QJsonObject withSeq = QJsonDocument::fromJson(state).object();
    withSeq.insert(QStringLiteral("seq"), ++m_seq);
    // Written whole and renamed, so a reader never sees half a file.
    QSaveFile file(m_statePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(withSeq).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void E2eProbe::runCommands()
{
    // Each command comes in a file of its own, STATE.cmd.NNNNNN, renamed into place whole by the driver: a file
    // read here is complete, and none is removed while the driver is still writing it.
    const QFileInfo state(m_statePath);
    QDir dir = state.absoluteDir();
    const QStringList names = dir.entryList({state.fileName() + QStringLiteral(".cmd.*")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".tmp"))) {
            continue;
        }
        QFile commands(dir.filePath(name));
        if (!commands.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> lines = commands.readAll().split('\n');
        commands.close();
        commands.remove();
        for (const QByteArray &line : lines) {
            if (line.startsWith("ping ")) {
                m_pong = QString::fromUtf8(line.mid(5).trimmed());
            } else if (line.startsWith("shot ")) {
                const QString file = QString::fromUtf8(line.mid(5).trimmed());
                if (m_window->grabWindow().save(file)) {
                    m_lastShot = file;
                }
            }
        }
    }
}

QByteArray E2eProbe::snapshot() const
{
    QJsonObject state;
    state.insert(QStringLiteral("ready"), m_frames > 0);
    state.insert(QStringLiteral("busy"), m_library->busy());
    const QPoint origin = m_window->position();
    state.insert(QStringLiteral("window"), QJsonArray{origin.x(), origin.y(), m_window->width(), m_window->height()});
    state.insert(QStringLiteral("active"), m_window->isActive());
    state.insert(QStringLiteral("fontSize"), m_appState->property("fontSize").toInt());
    state.insert(QStringLiteral("theme"), m_appState->property("theme").toString());

    QJsonObject items;
    QQuickItem *reader = nullptr;
    QQuickItem *page = nullptr;
    collectItems(m_window->contentItem(), items, &reader, &page);
    state.insert(QStringLiteral("items"), items);
    state.insert(QStringLiteral("page"), page ? page->objectName() : QString());
    if (reader) {
        state.insert(QStringLiteral("reader"), readerState(reader));
    }

    // Popups, drawers and dialogs shown, and of them those fully open (their
    // enter transition over, so a click or a picture meets them as they stay):
    // their items sit in the window's overlay.
    QJsonArray layers;
    QJsonArray opened;
    const QList<QQuickItem *> top = m_window->contentItem()->childItems();
    for (QQuickItem *overlay : top) {
        if (!overlay->inherits("QQuickOverlay")) {
            continue;
        }
        const QList<QQuickItem *> children = overlay->childItems();
        for (QQuickItem *child : children) {
            if (!child->inherits("QQuickPopupItem") || !shown(child) || !child->parent()) {
                continue;
            }
            layers.append(nameOf(child->parent()));
            if (child->parent()->property("opened").toBool()) {
                opened.append(nameOf(child->parent()));
            }
        }
    }
    state.insert(QStringLiteral("layers"), layers);
    state.insert(QStringLiteral("opened"), opened);

    QQuickItem *focus = m_window->activeFocusItem();
    state.insert(QStringLiteral("focus"), focus ? nameOf(focus) : QString());
    // The nearest named ancestor of the focus item, to tell which part of the page has it.
    QString within;
    for (QQuickItem *item = focus; item; item = item->parentItem()) {
        if (!item->objectName().isEmpty()) {
            within = item->objectName();
            break;
        }
    }
    state.insert(QStringLiteral("focusWithin"), within);
    state.insert(QStringLiteral("shot"), m_lastShot);
    state.insert(QStringLiteral("pong"), m_pong);
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

} // namespace okur::app
