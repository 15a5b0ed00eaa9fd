#include "benchmark.h"
#include "navigation.h"

#include "text/words.h"
#include "glossary/glossary.h"
#include "library/library.h"
#include "memory.h"
#include "quickitems.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace okur::app {

namespace {

/// Up to `count` distinct words of the document, in reading order.
QStringList wordsOf(library::Library *library, const QString &documentId, int count)
{
    QStringList out;
    for (const auto &block : library->store().blocks(documentId)) {
        for (const text::WordSpan &w : text::words(block.text)) {
            if (w.text.size() >= 3 && !out.contains(w.text)) {
                out << w.text;
            }
            if (out.size() >= count) {
                return out;
            }
        }
    }
    return out;
}

struct State {
    QElapsedTimer clock;
    QList<double> opens;
    qint64 openedAt = -1;
    int round = 0;
};

constexpr int kOpens = 10;
constexpr int kLookups = 100;

struct Lookups {
    QStringList words;
    int next = 0;
    int found = 0;
    qint64 nanoseconds = 0;
};

void printReaderFigures(const std::shared_ptr<State> &state, const Lookups &l)
{
    QList<double> sorted = state->opens;
    std::sort(sorted.begin(), sorted.end());
    std::printf("open-first-ms: %.1f\nopen-median-ms: %.1f\nlookups: %d of %d in %.1f ms\npeak-rss-mb: %.1f\n",
                state->opens.value(0), sorted.value(sorted.size() / 2), l.found, int(l.words.size()), double(l.nanoseconds) / 1e6,
                peakResidentMegabytes());
    std::fflush(stdout);
    QCoreApplication::exit(l.found > 0 ? 0 : 1);
}

// One lookup a turn of the event loop, as taps come: the card a lookup
// replaces is deleted (deleteLater) when control returns to the loop, which
// processEvents() inside one long call never does; 100 lookups in one call
// kept 100 cards' delegates alive (~28 MB) and measured that, not the app.
void lookUpNext(QQuickWindow *window, library::Library *library, const std::shared_ptr<State> &state,
                const std::shared_ptr<Lookups> &l)
{
    if (l->next >= l->words.size()) {
        printReaderFigures(state, *l);
        return;
    }
    QElapsedTimer t;
    t.start();
    l->found += lookUpWord(window, l->words.at(l->next++)) ? 1 : 0;
    QCoreApplication::processEvents();
    l->nanoseconds += t.nsecsElapsed();
    QTimer::singleShot(0, window, [=]() { lookUpNext(window, library, state, l); });
}

void finish(QQuickWindow *window, library::Library *library, const QString &documentId, const std::shared_ptr<State> &state)
{
    auto l = std::make_shared<Lookups>();
    l->words = wordsOf(library, documentId, kLookups);
    lookUpNext(window, library, state, l);
}

void openNext(QQuickWindow *window, const QString &documentId, const std::shared_ptr<State> &state)
{
    state->openedAt = state->clock.nsecsElapsed();
    QMetaObject::invokeMethod(window, "openDocument", Q_ARG(QVariant, documentId), Q_ARG(QVariant, QVariant()),
                              Q_ARG(QVariant, QVariant()), Q_ARG(QVariant, QVariant()));
}

} // namespace

void runReaderBenchmark(QQuickWindow *window, library::Library *library, const QString &documentId)
{
    auto state = std::make_shared<State>();
    state->clock.start();
    // Each frame: has the reader drawn its first block since the last open?
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=]() {
        if (state->openedAt < 0 || readerBlocksShown(window) == 0) {
            return;
        }
        state->opens << double(state->clock.nsecsElapsed() - state->openedAt) / 1e6;
        state->openedAt = -1;
        if (++state->round < kOpens) {
            QTimer::singleShot(50, window, [=]() {
                QMetaObject::invokeMethod(window, "showLibrary");
                QTimer::singleShot(100, window, [=]() { openNext(window, documentId, state); });
            });
        } else {
            QTimer::singleShot(100, window, [=]() { finish(window, library, documentId, state); });
        }
    });
    // Start from the library page once the background work is done (the
    // last document read may have been reopened at startup).
    auto *wait = new QTimer(window);
    wait->setInterval(50);
    QObject::connect(wait, &QTimer::timeout, window, [=]() {
        if (library->busy() || !library->glossary()) {
            return;
        }
        wait->stop();
        wait->deleteLater();
        QMetaObject::invokeMethod(window, "showLibrary");
        QTimer::singleShot(200, window, [=]() { openNext(window, documentId, state); });
    });
    wait->start();
}

} // namespace okur::app
