// A library is set aside only on SQLite's proof that the file is damaged; every
// other failure to open it (a full disk, an unreadable journal, a long path, a
// newer schema, a lock) leaves it as it is. Two processes starting on a new
// folder at once both work on the one library.
#include "annotations/annotationstore.h"
#include "glossary/vocabulary.h"
#include "documents/documentstore.h"
#include "library/healing.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using okur::documents::DocumentStore;
using okur::library::OpenReport;

namespace {

// A library as a user leaves it: an imported document, a reading position,
// highlights and a saved word, cleanly closed.
void makeLibrary(const QString &dir, int annotations = 3)
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(dir, &error), qPrintable(error));
    okur::documents::NewDocument doc;
    doc.id = QStringLiteral("notes");
    doc.title = QStringLiteral("Notes");
    doc.language = QStringLiteral("en");
    doc.origin = QStringLiteral("import:notes.txt");
    doc.raw = QStringLiteral("Soft power.\n\nCultural diplomacy.");
    doc.contentHash = QStringLiteral("abc");
    doc.blocks = {{okur::text::BlockKind::Paragraph, QStringLiteral("Soft power."), QStringLiteral("Soft power."),
                   QStringLiteral("en")},
                  {okur::text::BlockKind::Paragraph, QStringLiteral("Cultural diplomacy."),
                   QStringLiteral("Cultural diplomacy."), QStringLiteral("en")}};
    QCOMPARE(store.insert(doc, &error), QStringLiteral("notes"));
    okur::documents::ReadingPosition pos;
    pos.block = 1;
    pos.offset = 0.5;
    pos.progress = 0.6;
    QVERIFY(store.setPosition(QStringLiteral("notes"), pos));
    okur::annotations::AnnotationStore notes(store.database());
    for (int i = 0; i < annotations; ++i) {
        okur::annotations::Annotation a;
        a.id = QStringLiteral("a-%1").arg(i);
        a.documentId = QStringLiteral("notes");
        a.block = 1;
        a.start = 0;
        a.end = 8;
        a.quote = QStringLiteral("Cultural");
        a.created = a.updated = 1000 + i;
        QVERIFY(notes.add(a));
    }
    okur::glossary::VocabularyItem w;
    w.lemma = QStringLiteral("diplomacy");
    w.language = QStringLiteral("en");
    w.translation = QStringLiteral("diplomasi");
    w.context = QStringLiteral("Cultural diplomacy.");
    QVERIFY(okur::glossary::VocabularyStore(store.database()).add(w) > 0);
}

int annotationCount(DocumentStore &store)
{
    return int(okur::annotations::AnnotationStore(store.database()).list(QStringLiteral("notes")).size());
}

QStringList setAside(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("library.sqlite.damaged-*")});
}

} // namespace

class TestHealing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void journalThatIsAFolderIsNotDamage()
    {
        QTemporaryDir dir;
        makeLibrary(dir.path(), 300);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("library.sqlite-wal")));
        DocumentStore store;
        const OpenReport r = okur::library::openOrHeal(store, dir.path());
        QVERIFY(!r.opened);
        QVERIFY2(r.error.contains(QStringLiteral("journal")), qPrintable(r.error));
        QVERIFY(setAside(dir.path()).isEmpty());
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("library.sqlite-wal")));
        DocumentStore again;
        QVERIFY(okur::library::openOrHeal(again, dir.path()).opened);
        QCOMPARE(annotationCount(again), 300);
        QVERIFY(again.contains(QStringLiteral("notes")));
    }

    void fullDiskIsNotDamage()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI and ./test.sh run as root)");
        QTemporaryDir mountPoint;
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint.path()});
        QVERIFY(mount.waitForFinished());
        QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        const QString lib = mountPoint.path() + QStringLiteral("/lib");
        makeLibrary(lib);
        // Fill what is left of the disk.
        {
            QFile filler(mountPoint.path() + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray chunk(4096, 'x');
            while (filler.write(chunk) == chunk.size() && filler.flush()) {
            }
        }
        {
            DocumentStore store;
            const OpenReport r = okur::library::openOrHeal(store, lib);
            if (!r.opened)
                QVERIFY2(r.error.contains(QStringLiteral("disk")), qPrintable(r.error));
            QVERIFY(setAside(lib).isEmpty());
        }
        QVERIFY(QFile::remove(mountPoint.path() + QStringLiteral("/filler")));
        DocumentStore again;
        QVERIFY(okur::library::openOrHeal(again, lib).opened);
        QCOMPARE(annotationCount(again), 3);
    }

    void incompleteLibraryOnAFullDiskSaysSo()
    {
        // A new library on a disk too small for the bundled documents: what is
        // listed is what fitted, and the command says the library is not complete.
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI and ./test.sh run as root)");
        QTemporaryDir mountPoint;
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                             QStringLiteral("size=600k"), QStringLiteral("tmpfs"), mountPoint.path()}),
                 0);
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        QProcess list;
        list.start(QStringLiteral(OKUR_BIN_DIR "/okur-cli"),
                   {QStringLiteral("--library"), mountPoint.path() + QStringLiteral("/lib"), QStringLiteral("list")});
        QVERIFY(list.waitForFinished(120000));
        const QString out = QString::fromUtf8(list.readAllStandardOutput());
        const QString err = QString::fromUtf8(list.readAllStandardError());
        const int listed = int(out.count(u'\n'));
        QVERIFY2(listed < 5, "the disk was meant to be too small for the bundled library");
        QVERIFY2(list.exitCode() != 0 || err.contains(QStringLiteral("not complete")), qPrintable(err));
        QVERIFY2(!err.isEmpty(), "a full disk is never silent");
        QVERIFY(setAside(mountPoint.path() + QStringLiteral("/lib")).isEmpty());
    }

    void tooLongPathSaysSo()
    {
        QTemporaryDir dir;
        QString deep = dir.path();
        while (QFile::encodeName(deep).size() < 600)
            deep += QStringLiteral("/") + QString(60, u'k');
        DocumentStore store;
        const OpenReport r = okur::library::openOrHeal(store, deep);
        QVERIFY(!r.opened);
        QVERIFY2(r.error.contains(QStringLiteral("too long")), qPrintable(r.error));
    }

    void newerLibraryIsLeftAlone()
    {
        QTemporaryDir dir;
        makeLibrary(dir.path());
        {
            DocumentStore store;
            QString error;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.database().setUserVersion(99));
        }
        DocumentStore store;
        const OpenReport r = okur::library::openOrHeal(store, dir.path());
        QVERIFY(!r.opened);
        QVERIFY2(r.error.contains(QStringLiteral("newer")), qPrintable(r.error));
        QVERIFY(setAside(dir.path()).isEmpty());
    }

    void garbageIsSetAsideAndSaid()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(20000, 'z'));
        f.close();
        DocumentStore store;
        const OpenReport r = okur::library::openOrHeal(store, dir.path());
        QVERIFY(r.opened);
        QCOMPARE(setAside(dir.path()).size(), 1);
        QVERIFY(!r.message().isEmpty());
    }

    void everythingReadableComesBack()
    {
        // The damaged file is set aside and what SQLite can read of it is copied
        // into the fresh library: here a file whose header says it is not a database
        // until it is repaired, so the salvage reads a whole library.
        QTemporaryDir dir;
        makeLibrary(dir.path(), 5);
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            DocumentStore store;
            QString error;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        DocumentStore fresh;
        QTemporaryDir other;
        QVERIFY(QFile::copy(path, other.filePath(QStringLiteral("copy.sqlite"))));
        QString error;
        QVERIFY(fresh.open(other.filePath(QStringLiteral("fresh")), &error));
        OpenReport report;
        okur::library::recoverInto(other.filePath(QStringLiteral("copy.sqlite")), fresh, report);
        QCOMPARE(report.recoveredDocuments, 1);
        QCOMPARE(report.recoveredAnnotations, 5);
        QCOMPARE(report.recoveredWords, 1);
        QCOMPARE(fresh.blocks(QStringLiteral("notes")).size(), 2);
        QCOMPARE(fresh.rawText(QStringLiteral("notes")), QStringLiteral("Soft power.\n\nCultural diplomacy."));
        QCOMPARE(fresh.position(QStringLiteral("notes")).block, 1);
        QCOMPARE(fresh.documentWithHash(QStringLiteral("abc")), QStringLiteral("notes"));
        QCOMPARE(fresh.database().integrityCheck(), QStringLiteral("ok"));
    }

    void deflatedSourceTextIsSalvaged()
    {
        // Source text is stored deflated (a BLOB): the salvage copies it byte for byte.
        QTemporaryDir dir;
        const QString source = QStringLiteral("Kültür diplomasisi ve yumuşak güç.\n").repeated(40);
        {
            DocumentStore store;
            QString error;
            QVERIFY(store.open(dir.path(), &error));
            okur::documents::NewDocument doc;
            doc.id = QStringLiteral("long");
            doc.title = QStringLiteral("Uzun");
            doc.language = QStringLiteral("tr");
            doc.origin = QStringLiteral("test");
            doc.raw = source;
            doc.blocks = {{okur::text::BlockKind::Paragraph, QStringLiteral("Kültür diplomasisi."), QStringLiteral("Kültür diplomasisi."),
                           QStringLiteral("tr")}};
            QCOMPARE(store.insert(doc, &error), QStringLiteral("long"));
            QVERIFY(store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        DocumentStore fresh;
        QTemporaryDir other;
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("library.sqlite")), other.filePath(QStringLiteral("copy.sqlite"))));
        QString error;
        QVERIFY(fresh.open(other.filePath(QStringLiteral("fresh")), &error));
        OpenReport report;
        okur::library::recoverInto(other.filePath(QStringLiteral("copy.sqlite")), fresh, report);
        QCOMPARE(report.recoveredDocuments, 1);
        QCOMPARE(fresh.rawText(QStringLiteral("long")), source);
        QCOMPARE(fresh.blocks(QStringLiteral("long")).value(0).raw, QStringLiteral("Kültür diplomasisi."));
    }

    void twoProcessesStartingANewLibrary()
    {
        // The first start of a library, by the CLI twice at once (or the app and
        // the CLI): both succeed on one library, nothing is set aside, the
        // acknowledged highlight is there.
        const QString cli = QStringLiteral(OKUR_BIN_DIR "/okur-cli");
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            QProcess annotate, list;
            annotate.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("bookmark"),
                                 QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--block"), QStringLiteral("2")});
            list.start(cli, {QStringLiteral("--library"), dir.path(), QStringLiteral("list")});
            QVERIFY(annotate.waitForFinished(120000) && list.waitForFinished(120000));
            QVERIFY2(annotate.exitCode() == 0, annotate.readAllStandardError().constData());
            QVERIFY2(list.exitCode() == 0, list.readAllStandardError().constData());
            const QString id = QString::fromUtf8(annotate.readAllStandardOutput()).trimmed();
            QVERIFY(setAside(dir.path()).isEmpty());
            DocumentStore store;
            QString error;
            QVERIFY(store.open(dir.path(), &error));
            bool found = false;
            for (const auto &a : okur::annotations::AnnotationStore(store.database()).list(QStringLiteral("kultur-dijital-diplomasi")))
                found = found || a.id == id;
            QVERIFY2(found, qPrintable(id));
            QCOMPARE(store.documentCount(), 5);
        }
    }
};

QTEST_GUILESS_MAIN(TestHealing)
#include "tst_healing.moc"
