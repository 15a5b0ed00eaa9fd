#include "library/healing.h"
#include "library/library.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using okur::library::Library;
using okur::library::Task;

class TestLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A first start seeds the library in the background, step by step, each step announcing itself; the glossary
    // is usable as soon as the dictionary loads, before the index and summaries.
    void seedsInTheBackground()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QVERIFY(library.open());
        QSignalSpy busy(&library, &Library::busyChanged);
        QSignalSpy changed(&library, &Library::documentsChanged);
        QList<Task> steps;
        QStringList events;
        connect(&library, &Library::progressChanged, this, [&]() {
            const Task t = library.progress().task;
            if (steps.isEmpty() || steps.last() != t) {
                steps << t;
            }
        });
        connect(&library, &Library::glossaryReady, this, [&]() { events << QStringLiteral("glossary"); });
        connect(&library, &Library::summariesReady, this, [&]() { events << QStringLiteral("summaries"); });
        connect(&library, &Library::busyChanged, this, [&]() {
            if (!library.busy()) {
                events << QStringLiteral("done");
            }
        });
        library.startBackgroundWork();
        QVERIFY(library.busy()); // the call returned before the work was done
        QTRY_VERIFY_WITH_TIMEOUT(!library.busy(), 60000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(library.lexicons().complete());
        QCOMPARE(library.store().documents().size(), 5);
        QVERIFY(busy.count() >= 2);
        QCOMPARE(events, (QStringList{QStringLiteral("glossary"), QStringLiteral("summaries"), QStringLiteral("done")}));
        QCOMPARE(steps, (QList<Task>{Task::Lexicons, Task::Documents, Task::Dictionary, Task::Index, Task::Summaries,
                                     Task::Idle}));
        QVERIFY(library.glossary());
        QVERIFY(library.summaries());
    }

    // A start with nothing to repair skips the spell checkers and the documents
    // step; the spell checkers serve the repair alone, are freed after it, and the
    // glossary's lookups never read them (they answer from prebuilt tables), so a
    // reader holds no hunspell; an import still repairs, and frees them after.
    void nothingToRepairSkipsTheDocuments()
    {
        QTemporaryDir dir;
        {
            Library first(dir.path());
            QVERIFY(first.open());
            first.startBackgroundWork();
            QTRY_VERIFY_WITH_TIMEOUT(!first.busy(), 60000);
            QCOMPARE(first.store().documents().size(), 5);
            QVERIFY(first.lexicons().complete());
            QVERIFY(!first.lexicons().loaded()); // read for the repair, freed after
        }
        Library library(dir.path());
        QVERIFY(library.open());
        QList<Task> steps;
        connect(&library, &Library::progressChanged, this, [&]() {
            if (steps.isEmpty() || steps.last() != library.progress().task) {
                steps << library.progress().task;
            }
        });
        library.startBackgroundWork();
        QTRY_VERIFY_WITH_TIMEOUT(!library.busy(), 60000);
        QCOMPARE(steps, (QList<Task>{Task::Dictionary, Task::Index, Task::Summaries, Task::Idle}));
        QVERIFY(library.glossary());
        // Lookups as a reader makes them, in both languages, known words and unknown ones.
        const auto g = library.glossary();
        QVERIFY(g->lookup(QStringLiteral("diplomasisinin"), QStringLiteral("tr")).found());
        QVERIFY(g->lookup(QStringLiteral("countries"), QStringLiteral("en")).found());
        g->lookup(QStringLiteral("qwzxtr"));
        g->keyTerms({{QStringLiteral("Yumuşak güç ve kamu diplomasisi ülkeler arasında."), QStringLiteral("tr")}}, 5);
        QVERIFY(library.lexicons().complete());
        QVERIFY(!library.lexicons().loaded());

        // An import still repairs: letters a PDF font split off are joined again,
        // which takes the Turkish spell checker (the case of tst_letterrepair).
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("I letişim ve bo lgesel ilişkiler ülüslararası bir konüdür.\n");
        f.close();
        QSignalSpy finished(&library, &Library::importFinished);
        library.importFiles({path});
        QVERIFY(finished.wait(120000)); // behind the start's background work, several times slower under ASan
        const QStringList ids = finished.first().at(0).toStringList();
        QCOMPARE(ids.size(), 1);
        QVERIFY(library.store().blocks(ids.first()).first().text.contains(QStringLiteral("İletişim ve bölgesel ilişkiler uluslararası bir konudur.")));
        QVERIFY(!library.lexicons().loaded()); // read for this import, freed after
    }

    // A cancelled first start still ends (busy turns false, the progress goes
    // idle), leaves a sound library, and the next start completes it.
    void cancelledStartIsCompletedNextTime_data()
    {
        QTest::addColumn<Task>("cancelDuring");
        QTest::newRow("at once") << Task::Idle;
        QTest::newRow("documents") << Task::Documents;
        QTest::newRow("dictionary") << Task::Dictionary;
        QTest::newRow("index") << Task::Index;
    }

    void cancelledStartIsCompletedNextTime()
    {
        QFETCH(Task, cancelDuring);
        QTemporaryDir dir;
        {
            Library library(dir.path());
            QVERIFY(library.open());
            connect(&library, &Library::progressChanged, this, [&]() {
                if (library.progress().task == cancelDuring) {
                    library.cancelBackgroundWork();
                }
            });
            library.startBackgroundWork();
            if (cancelDuring == Task::Idle) {
                library.cancelBackgroundWork();
            }
            QTRY_VERIFY_WITH_TIMEOUT(!library.busy(), 60000);
            QCOMPARE(library.progress().task, Task::Idle);
            QVERIFY(library.store().documents().size() <= 5);
        }
        Library again(dir.path());
        QVERIFY(again.open());
        again.startBackgroundWork();
        QTRY_VERIFY_WITH_TIMEOUT(!again.busy(), 60000);
        QCOMPARE(again.store().documents().size(), 5);
        QVERIFY(again.glossary());
        QVERIFY(again.summaries());
        QVERIFY(again.summaries()->themes.size() > 0);
        QVERIFY(okur::search::SearchIndex(again.store()).staleDocuments().isEmpty());
    }

    void importsInTheBackground()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QVERIFY(library.open());
        library.startBackgroundWork();
        const QString good = dir.filePath(QStringLiteral("good.md"));
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        QFile g(good), b(bad);
        QVERIFY(g.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        g.write("# Notlar\n\nKültür diplomasisi üzerine kısa notlar.\n");
        b.write("\xFF\xFE\x00\x41");
        g.close();
        b.close();
        QSignalSpy finished(&library, &Library::importFinished);
        library.importFiles({good, bad});
        QVERIFY(finished.wait(120000)); // behind the start's background work, several times slower under ASan
        const QStringList ids = finished.first().at(0).toStringList();
        const QStringList errors = finished.first().at(2).toStringList();
        QCOMPARE(ids, QStringList{QStringLiteral("notlar")});
        QVERIFY(finished.first().at(1).toStringList().isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("bad.txt: ")));
        QCOMPARE(library.store().documents().size(), 6);

        // The same bytes again (an import retried after a kill): one document, and it says so.
        finished.clear();
        library.importFiles({good});
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().at(0).toStringList().isEmpty());
        QCOMPARE(finished.first().at(1).toStringList(), QStringList{QStringLiteral("notlar")});
        QCOMPARE(library.store().documents().size(), 6);
    }

    void damagedLibraryHeals_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }
    void damagedLibraryHeals()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QString annotationId;
        {
            // A real library with a highlight and a saved word.
            okur::documents::DocumentStore store;
            QString error;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.database().exec(QStringLiteral(
                "INSERT INTO annotations (id, document_id, kind, block, start, end_, quote, color, created_at, updated_at) "
                "VALUES ('a-1', 'kultur-dijital-diplomasi', 'highlight', 1, 0, 5, 'Azerb', 'green', 1, 1)")));
            QVERIFY(store.database().exec(QStringLiteral(
                "INSERT INTO vocabulary (lemma, language, translation, context, created_at, due_at) "
                "VALUES ('diplomasi', 'tr', 'diplomacy', 'Bir cümle.', 1, 1)")));
            store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        if (damage == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(20000, 'z'));
        } else if (damage == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 3));
        }
        Library library(dir.path());
        QVERIFY2(library.open(), qPrintable(library.error()));
        QVERIFY2(!library.notice().isEmpty(), "the user is told what happened");
        QStringList aside = QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")});
        aside.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
        QCOMPARE(aside.size(), 1); // with its journal files beside it
        QCOMPARE(library.store().database().integrityCheck(), QStringLiteral("ok"));
    }

    void lockedLibraryIsLeftAlone()
    {
        QTemporaryDir dir;
        okur::documents::DocumentStore holder;
        QString error;
        QVERIFY(holder.open(dir.path(), &error));
        QVERIFY(holder.database().exec(QStringLiteral("BEGIN EXCLUSIVE")));
        okur::documents::DocumentStore second;
        const okur::library::OpenReport r = okur::library::openOrHeal(second, dir.path());
        holder.database().exec(QStringLiteral("ROLLBACK"));
        if (!r.opened)
            QVERIFY2(r.error.contains(QStringLiteral("in use")), qPrintable(r.error));
        QVERIFY(r.setAside.isEmpty()); // never moved while another holds it
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
