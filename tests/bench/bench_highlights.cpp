// Per-block highlight layout cost with 1,000 highlights in the Turkish
// article: what the reader does for each block it shows (the block's
// highlights from the model, then their rectangles). Prints figures only.
#include "annotationmodel.h"
#include "appstate.h"
#include "library/library.h"
#include "textgeometry.h"

#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    okur::library::Library library(dir.path());
    if (!library.open())
        return 1;
    QSignalSpy idle(&library, &okur::library::Library::busyChanged);
    library.startBackgroundWork();
    while (library.busy() && idle.wait(60000)) {
    }
    okur::app::AppState state(&library, false);
    const QString doc = QStringLiteral("kultur-dijital-diplomasi");
    const auto blocks = library.store().blocks(doc);

    okur::app::AnnotationModel model(&library);
    model.setDocumentId(doc);
    QElapsedTimer t;
    t.start();
    int added = 0;
    for (int i = 0; added < 1000; ++i) {
        const auto &b = blocks[i % blocks.size()];
        const int len = int(b.text.size());
        if (len < 40)
            continue;
        const int start = (i * 37) % (len - 30);
        model.addHighlight(b.index, start, start + 25, model.colors().at(i % 5));
        ++added;
    }
    const double addMs = t.elapsed();

    okur::app::TextGeometry geometry;
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(18);
    QList<double> perBlock;
    for (int round = 0; round < 5; ++round) {
        for (const auto &b : blocks) {
            QElapsedTimer bt;
            bt.start();
            const QVariantList hs = model.highlightsForBlock(b.index);
            for (const QVariant &h : hs) {
                const QVariantMap m = h.toMap();
                const int s = m.value(QStringLiteral("start")).toInt();
                geometry.rectsFor(b.text, font, 620, 1.55, s, m.value(QStringLiteral("end")).toInt() - s);
            }
            perBlock << bt.nsecsElapsed() / 1e6;
        }
    }
    std::sort(perBlock.begin(), perBlock.end());
    const auto at = [&](double p) { return perBlock.at(qMin(perBlock.size() - 1, qsizetype(perBlock.size() * p))); };
    std::printf("highlights: %d in %lld blocks (saving them: %.1f ms each)\n", added, static_cast<long long>(blocks.size()),
                addMs / added);
    std::printf("per-block highlight layout: median %.3f ms, p95 %.3f ms, max %.3f ms (target < 1 ms)\n", at(0.5),
                at(0.95), perBlock.last());
    return 0;
}
