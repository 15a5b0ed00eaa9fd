// The search page's and the find bar's models on a seeded library: hits grouped by document, paged with "Show
// more matches", and matches inside one document stepped through.
#include "findmodel.h"
#include "idlelibrary.h"
#include "library/library.h"
#include "searchmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace okur::app;

class TestSearchModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_library = openIdleLibrary(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
    }

    void searchModelGroupsByDocument()
    {
        SearchModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("kultur"));
        model.run();
        QTRY_VERIFY(!model.loading());
        // One row a passage, with each of its hits: rows are passages, fewer than the hits.
        QVERIFY(model.rowCount() >= 3);
        QVERIFY(model.hitCount() > model.rowCount());
        QCOMPARE(model.index(0).data(SearchModel::DocumentRole).toString(), QStringLiteral("kultur-dijital-diplomasi"));
        // The first page shows up to ten passages of a document, and up to half the page's hits (ten hits in one
        // paragraph were a first page of one passage).
        model.setQuery(QStringLiteral("diplomasi"));
        model.run();
        QTRY_VERIFY(!model.loading());
        QVERIFY2(model.rowCount() > 1 && model.rowCount() <= okur::search::kHitsPerDocument,
                 qPrintable(QString::number(model.rowCount())));
        QVERIFY(model.hitCount() > model.rowCount());
        QVERIFY(model.hitCount() <= okur::search::kHitsPerSearch / 2); // nor does one document fill the page
        QVERIFY(model.canLoadMore());
        // Several documents show, each contiguous: it appears in one run.
        model.setQuery(QStringLiteral("diplomacy"));
        model.run();
        QTRY_VERIFY(!model.loading());
        QVERIFY(model.documentCount() > 1);
        QStringList runs;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QString d = model.index(i).data(SearchModel::DocumentRole).toString();
            if (runs.isEmpty() || runs.last() != d) {
                QVERIFY(!runs.contains(d));
                runs << d;
            }
        }
        QCOMPARE(runs.size(), model.documentCount());
        model.setQuery(QStringLiteral("kultur"));
        model.run();
        QTRY_VERIFY(!model.loading());
        const QString html = model.index(0).data(SearchModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>")), qPrintable(html));
        model.setExact(true);     // "kultur" is not how the text spells it
        QVERIFY(model.loading()); // on the reading thread, not this one
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.rowCount(), 0);
        model.setExact(false);
        model.setQuery(QStringLiteral("a* a* a* kultur"));
        model.run();
        QTRY_VERIFY(!model.loading());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.notice().isEmpty()); // the one-letter prefix was left out, and it says so
        // A newer query replaces one in flight: only the newest answer shows.
        model.setQuery(QStringLiteral("diplomacy"));
        model.run();
        model.setQuery(QStringLiteral("kultur"));
        model.run();
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        QTRY_VERIFY(!model.loading());
        QCOMPARE(results.count(), 1);
        QCOMPARE(model.index(0).data(SearchModel::DocumentRole).toString(), QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(emphasise(QStringLiteral("a <b> c"), {{2, 3}}), QStringLiteral("a <b>&lt;b&gt;</b> c"));
    }

    // Issue 17 #8: "show more" pages through every hit, and every hit of a
    // passage is in its snippet (a bold mark each).
    void searchModelPagesThroughAllHits()
    {
        SearchModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("kultur"));
        model.run();
        QTRY_VERIFY(!model.loading());
        const int firstPage = model.hitCount();
        QVERIFY(model.canLoadMore());
        QCOMPARE(model.firstNew(), -1);
        const auto rowKey = [&model](int row) {
            const QModelIndex index = model.index(row);
            return index.data(SearchModel::DocumentRole).toString() + u'#' +
                   index.data(SearchModel::BlockRole).toString();
        };
        for (int i = 0; i < 20 && model.canLoadMore(); ++i) {
            const int before = model.hitCount();
            QSet<QString> shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown.insert(rowKey(row));
            model.loadMore();
            QTRY_VERIFY(!model.loading());
            QVERIFY(model.hitCount() > before);
            // Where a reader goes on: the first passage the page before did not show, every row above it shown.
            QVERIFY(model.firstNew() >= 0);
            QVERIFY(!shown.contains(rowKey(model.firstNew())));
            for (int row = 0; row < model.firstNew(); ++row)
                QVERIFY(shown.contains(rowKey(row)));
        }
        QVERIFY(!model.canLoadMore());
        QVERIFY(model.hitCount() > firstPage);
        int bold = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            bold += int(model.index(i).data(SearchModel::SnippetHtmlRole).toString().count(QStringLiteral("<b>")));
        QCOMPARE(bold, model.hitCount());
        // A new query starts again at the first page.
        model.setQuery(QStringLiteral("kültür"));
        model.run();
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.hitCount(), firstPage);
        QCOMPARE(model.firstNew(), -1);
    }

    void findModelStepsThroughMatches()
    {
        FindModel find(m_library.get());
        QSignalSpy found(&find, &FindModel::found);
        find.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        find.setQuery(QStringLiteral("yumuşak güç"));
        QVERIFY(find.loading()); // matched on the reading thread, not here
        QTRY_VERIFY(!find.loading());
        QVERIFY(find.count() > 10);
        QCOMPARE(found.count(), 1);
        // A new query drops the one in flight: only the newest is answered.
        find.setFrom(20);
        find.setQuery(QStringLiteral("zzzz"));
        find.setQuery(QStringLiteral("yumuşak güç"));
        QTRY_VERIFY(!find.loading());
        QCOMPARE(found.count(), 2);
        const QVariantMap landed = found.last().at(0).toMap();
        QVERIFY(landed.value(QStringLiteral("block")).toInt() >= 20); // the first match at or after the reader
        const QVariantList there = find.hitsForBlock(landed.value(QStringLiteral("block")).toInt());
        QVERIFY(std::any_of(there.cbegin(), there.cend(),
                            [](const QVariant &h) { return h.toMap().value(QStringLiteral("current")).toBool(); }));
        const QVariantMap first = find.firstFrom(0);
        QCOMPARE(find.current(), 0);
        const QVariantMap second = find.next();
        QCOMPARE(find.current(), 1);
        QVERIFY(second.value(QStringLiteral("block")).toInt() >= first.value(QStringLiteral("block")).toInt());
        find.previous();
        find.previous(); // wraps to the last
        QCOMPARE(find.current(), find.count() - 1);
        const int block = first.value(QStringLiteral("block")).toInt();
        const QVariantList hits = find.hitsForBlock(block);
        QVERIFY(!hits.isEmpty());
        find.setExact(true); // exact: accents count, case still does not
        find.setQuery(QStringLiteral("YUMUŞAK GÜÇ"));
        QTRY_VERIFY(!find.loading());
        QVERIFY(find.count() > 0);
        find.setQuery(QStringLiteral("yumusak guc"));
        QTRY_VERIFY(!find.loading());
        QCOMPARE(find.count(), 0);
        QVERIFY(found.last().at(0).toMap().isEmpty()); // none: the reader stays
        find.setQuery(QString());
        QCOMPARE(find.count(), 0);
    }
};

QTEST_MAIN(TestSearchModels)
#include "tst_searchmodels.moc"
