#include "library/library.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using okur::library::Library;

class TestLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedsInTheBackground()
    {
        QTemporaryDir dir;
        Library library(dir.path());
        QVERIFY(library.open());
        QSignalSpy busy(&library, &Library::busyChanged);
        QSignalSpy changed(&library, &Library::documentsChanged);
        library.startBackgroundWork();
        QVERIFY(library.busy()); // the call returned before the work was done
        QVERIFY(changed.wait(30000));
        QVERIFY(!library.busy());
        QVERIFY(library.lexicons().complete());
        QCOMPARE(library.store().documents().size(), 5);
        QVERIFY(busy.count() >= 2);
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
        QVERIFY(finished.wait(30000));
        const QStringList ids = finished.first().at(0).toStringList();
        const QStringList errors = finished.first().at(1).toStringList();
        QCOMPARE(ids, QStringList{QStringLiteral("notlar")});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("bad.txt: ")));
        QCOMPARE(library.store().documents().size(), 6);
    }

    void unreadableLocation()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'z'));
        f.close();
        Library library(dir.path());
        QSignalSpy error(&library, &Library::errorChanged);
        QVERIFY(!library.open());
        QCOMPARE(error.count(), 1);
        QVERIFY2(library.error().contains(QStringLiteral("not a database")), qPrintable(library.error()));
        QCOMPARE(QFile(f.fileName()).size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
