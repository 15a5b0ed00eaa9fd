#include "navigation.h"
#include "models/blockmodel.h"
#include "quickitems.h"
#include "text/quotes.h"
#include "text/words.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>
#include <QVariant>

namespace okur::app {

namespace {

/// The shell's page: the current item of the outermost stack view (breadth first: pages may hold their own).
QQuickItem *currentPage(QQuickWindow *window)
{
    QList<QQuickItem *> todo{window->contentItem()};
    while (!todo.isEmpty()) {
        QQuickItem *item = todo.takeFirst();
        if (item->inherits("QQuickStackView")) {
            return item->property("currentItem").value<QQuickItem *>();
        }
        todo << item->childItems();
    }
    return nullptr;
}

bool call(QObject *target, const char *function, const QVariantList &args = {})
{
    if (!target) {
        return false;
    }
    QVariant ignored;
    switch (args.size()) {
    case 0: return QMetaObject::invokeMethod(target, function, Q_RETURN_ARG(QVariant, ignored));
    case 1: return QMetaObject::invokeMethod(target, function, Q_RETURN_ARG(QVariant, ignored), Q_ARG(QVariant, args[0]));
    default: return false;
    }
}

} // namespace

bool showPage(QQuickWindow *window, const QString &route)
{
    if (route == QLatin1String("library")) {
        return call(window, "showLibrary");
    }
    if (route == QLatin1String("vocabulary")) {
        return call(window, "openVocabulary");
    }
    if (route == QLatin1String("notes")) {
        return call(window, "openNotes");
    }
    if (route == QLatin1String("statistics")) {
        return call(window, "openStatistics");
    }
    if (route == QLatin1String("sync")) {
        return call(window, "openSync");
    }
    if (route == QLatin1String("themes")) {
        return call(window, "openThemes");
    }
    if (route == QLatin1String("timeline")) {
        return call(window, "openTimeline", {QString()});
    }
    if (route.startsWith(QLatin1String("theme:"))) {
        return call(window, "openTheme", {route.mid(6)});
    }
    if (route.startsWith(QLatin1String("search:"))) {
        QVariant page;
        if (!QMetaObject::invokeMethod(window, "openSearch", Q_RETURN_ARG(QVariant, page))) {
            return false;
        }
        return call(page.value<QObject *>(), "search", {route.mid(7)});
    }
    if (route == QLatin1String("terms") || route == QLatin1String("parallel")) {
        // The reader's Key terms button and its Side by side entry: its page signals, the shell opens the page.
        QQuickItem *page = currentPage(window);
        const QVariant document = page ? page->property("documentId") : QVariant();
        return document.isValid()
            && QMetaObject::invokeMethod(page, route == QLatin1String("terms") ? "openKeyTerms" : "openParallel",
                                         Q_ARG(QString, document.toString()));
    }
    return false;
}

bool lookUpWord(QQuickWindow *window, const QString &word)
{
    QQuickItem *reader = findVisible(window->contentItem(), QStringLiteral("readerPage"));
    QQuickItem *view = reader ? findVisible(reader, QStringLiteral("blockView")) : nullptr;
    auto *blocks = view ? qobject_cast<BlockModel *>(view->property("model").value<QObject *>()) : nullptr;
    if (!blocks) {
        return false;
    }
    // The first place the word stands whole, as a tap finds it: "can", not the can in "significant".
    QVariantMap hit;
    int start = -1;
    for (int from = 0; start < 0; from = hit.value(QStringLiteral("block")).toInt() + 1) {
        hit = blocks->find(word, from);
        if (hit.isEmpty()) {
            return false;
        }
        for (const text::WordSpan &w : text::words(hit.value(QStringLiteral("text")).toString())) {
            if (text::plainQuotes(w.text).compare(text::plainQuotes(word), Qt::CaseInsensitive) == 0) {
                start = w.start;
                break;
            }
        }
    }
    const int block = hit.value(QStringLiteral("block")).toInt();
    QVariant ignored;
    QMetaObject::invokeMethod(view, "reveal", Q_RETURN_ARG(QVariant, ignored), Q_ARG(QVariant, block));
    // Where the word is on screen, as the tap reports it; the view's middle if its block is not laid out.
    QRectF area(view->width() / 2 - 30, view->height() / 3, 60, 20);
    // ListView's own method (C++, int): a QVariant argument finds no such method.
    QQuickItem *blockItem = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, blockItem), Q_ARG(int, block));
    if (blockItem) {
        QVariant rect;
        if (QMetaObject::invokeMethod(blockItem, "areaOf", Q_RETURN_ARG(QVariant, rect), Q_ARG(QVariant, start),
                                      Q_ARG(QVariant, start + int(word.size())))) {
            const QRectF r = rect.toRectF();
            area = QRectF(blockItem->mapToItem(view, r.topLeft()), r.size());
        }
    }
    return QMetaObject::invokeMethod(view, "wordTapped", Q_ARG(int, block), Q_ARG(QString, hit.value(QStringLiteral("text")).toString()),
                                     Q_ARG(QString, hit.value(QStringLiteral("language")).toString()), Q_ARG(int, start),
                                     Q_ARG(QRectF, area));
}

} // namespace okur::app
