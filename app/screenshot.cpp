#include "screenshot.h"
#include "navigation.h"

#include "library/library.h"
#include "quickitems.h"

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace okur::app {

namespace {

// Blocks of the reader's flow that show text, as the QML reports them; on
// the library page, the documents listed.
int renderedBlocks(QQuickWindow *window)
{
    if (const int blocks = readerBlocksShown(window)) {
        return blocks;
    }
    if (QQuickItem *list = findVisible(window->contentItem(), QStringLiteral("documentList"))) {
        return list->property("count").toInt();
    }
    return 0;
}

// Which page the picture shows: the reader, the library or another page.
const char *shownPage(QQuickWindow *window)
{
    if (readerBlocksShown(window) > 0) {
        return "reader";
    }
    return findVisible(window->contentItem(), QStringLiteral("documentList")) ? "library" : "other";
}

} // namespace

void takeScreenshotWhenRendered(QQuickWindow *window, library::Library *library, const QString &path,
                                const QString &lookup, const QString &page)
{
    // No pointer over the window: the offscreen platform's rests at (0, 0),
    // over a back button, and the picture should show no hover or tooltip.
    // Hover follows the window's last pointer position, which only a pointer
    // event moves (a Leave event is undone by the next frame's hover check).
    const QPointF away(-100, -100);
    const auto sendPointerAway = [window, away]() {
        QMouseEvent move(QEvent::MouseMove, away, window->mapToGlobal(away), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(window, &move);
    };
    auto *timer = new QTimer(window);
    auto *elapsed = new int(0);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, window, [=]() {
        *elapsed += 100;
        sendPointerAway(); // before a tooltip's delay runs out, and after every page change
        const int blocks = renderedBlocks(window);
        const bool settled = !library->busy() && blocks > 0 && ((lookup.isEmpty() && page.isEmpty()) || library->glossary());
        if (!settled && *elapsed < 20000) {
            return;
        }
        timer->stop();
        if (!lookup.isEmpty()) {
            lookUpWord(window, lookup);
        }
        if (!page.isEmpty()) {
            showPage(window, page);
        }
        // A little later, so the last layout (and any popup's transition) is painted.
        QTimer::singleShot(lookup.isEmpty() && page.isEmpty() ? 300 : 1500, window, [=]() {
            const QImage image = window->grabWindow();
            const bool saved = image.save(path);
            std::printf("rendered-blocks: %d\nshown: %s\nscreenshot: %s\n", renderedBlocks(window), shownPage(window),
                        saved ? "saved" : "failed");
            std::fflush(stdout);
            delete elapsed;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    timer->start();
}

} // namespace okur::app
