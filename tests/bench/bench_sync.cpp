// Prints the time and bytes of a first and of an incremental sync of a
// library with 1,000 annotations and 500 saved words, through a real Apache
// mod_dav on 127.0.0.1 (tests/sync/davserver.h). Never fails on time.
#include "../sync/davserver.h"

#include "annotations/annotationstore.h"
#include "documents/documentstore.h"
#include "glossary/vocabulary.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace okur;

namespace {

bool report(const char *what, documents::DocumentStore &store, const sync::SyncSettings &settings)
{
    QElapsedTimer t;
    t.start();
    const sync::SyncReport r = sync::syncLibrary(store, settings);
    if (!r.ok) {
        std::fprintf(stderr, "bench_sync: %s failed: %s\n", what, qPrintable(r.error));
        return false;
    }
    std::printf("%-34s %7lld ms  sent %6d records %9lld bytes  received %6d records %9lld bytes\n", what,
                t.elapsed(), r.sent, r.bytesSent, r.received, r.bytesReceived);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int annotationCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int wordCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;
    DavServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    documents::DocumentStore a, b;
    if (!a.open(dir.filePath(QStringLiteral("a")), &error) || !b.open(dir.filePath(QStringLiteral("b")), &error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    annotations::AnnotationStore notes(a.database());
    glossary::VocabularyStore words(a.database());
    QStringList ids;
    {
        storage::Transaction tx(a.database());
        for (int i = 0; i < annotationCount; ++i) {
            annotations::Annotation n;
            n.documentId = QStringLiteral("doc-%1").arg(i % 20);
            n.block = i % 300;
            n.start = 3;
            n.end = 40;
            n.quote = QStringLiteral("Azerbaycan'ın dış politikada kültür %1").arg(i);
            n.note = i % 3 == 0 ? QStringLiteral("a note on passage %1").arg(i) : QString();
            ids.append(notes.add(n)->id);
        }
        for (int i = 0; i < wordCount; ++i) {
            glossary::VocabularyItem v;
            v.lemma = QStringLiteral("kelime%1").arg(i);
            v.language = QStringLiteral("tr");
            v.translation = QStringLiteral("word %1").arg(i);
            words.add(v);
        }
        tx.commit();
    }
    sync::SyncSettings settings;
    settings.remote = QUrl(server.url());
    settings.user = QLatin1String(DavServer::kUser);
    settings.password = QLatin1String(DavServer::kPassword);
    std::printf("bench_sync: %d annotations, %d words\n", annotationCount, wordCount);
    bool ok = report("first sync, uploading device", a, settings);
    ok = ok && report("first sync, second device", b, settings);
    for (int i = 0; i < 10 && i < ids.size(); ++i) {
        auto n = notes.get(ids[i]);
        n->note = QStringLiteral("edited");
        notes.update(*n);
    }
    ok = ok && report("incremental (10 edits), uploading", a, settings);
    ok = ok && report("incremental, second device", b, settings);
    ok = ok && report("nothing new", b, settings);
    return ok ? 0 : 1;
}
