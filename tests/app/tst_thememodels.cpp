// The theme models (themes, summaries, key facts, timeline) on the bundled library, as the pages use them.
#include "idlelibrary.h"
#include "language.h"
#include "library/library.h"
#include "thememodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::app;

class TestThemeModels : public QObject {
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
        QVERIFY(m_library->summaries());
    }

    // A document's theme chips and the timeline's theme filter name themes in the interface's language (the
    // Turkish interface showed "Digital diplomacy" chips); the theme pages show both titles.
    void titlesInTheInterfaceLanguage()
    {
        // Made once: a switch of language renames what they show.
        SummaryModel doc(m_library.get());
        doc.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        TimelineModel timeline(m_library.get());
        for (const QString &language : {QStringLiteral("tr"), QStringLiteral("en")}) {
            QVERIFY(installTranslation(language));
            QVERIFY(!doc.topThemes().isEmpty());
            for (const QVariant &chip : doc.topThemes()) {
                SummaryModel theme(m_library.get());
                theme.setThemeId(chip.toMap().value(QStringLiteral("id")).toString());
                QCOMPARE(chip.toMap().value(QStringLiteral("title")).toString(),
                         language == QLatin1String("tr") ? theme.titleTr() : theme.title());
            }
            QStringList filters;
            for (const QVariant &t : timeline.themes())
                filters << t.toMap().value(QStringLiteral("title")).toString();
            QVERIFY2(filters.contains(language == QLatin1String("tr") ? QStringLiteral("Karabağ") : QStringLiteral("Karabakh")),
                     qPrintable(filters.join(u',')));
        }
    }

    void themeModels()
    {
        ThemesModel themes(m_library.get());
        QAbstractItemModelTester tester(&themes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(themes.ready());
        QVERIFY(themes.rowCount() >= 14);
        QCOMPARE(themes.documents().size(), 5);
        const QVariantList coverage = themes.index(0).data(ThemesModel::CoverageRole).toList();
        QCOMPARE(coverage.size(), 5);
        SummaryModel summary(m_library.get());
        QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setThemeId(QStringLiteral("karabakh"));
        QVERIFY(summary.rowCount() >= 5);
        QCOMPARE(summary.title(), QStringLiteral("Karabakh"));
        QCOMPARE(summary.titleTr(), QStringLiteral("Karabağ"));
        QVERIFY(!summary.index(0).data(SummaryModel::DocumentTitleRole).toString().isEmpty());
        SummaryModel doc(m_library.get());
        doc.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(doc.rowCount(), 5);
        QVERIFY(!doc.topThemes().isEmpty());
        // Key facts: counted, cited, and stated by their sentence.
        KeyFactsModel facts(m_library.get());
        QAbstractItemModelTester factsTester(&facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        facts.setThemeId(QStringLiteral("sports-diplomacy"));
        QVERIFY(facts.ready());
        QVERIFY(facts.rowCount() >= 3);
        bool games = false; // named in the first seed, counted by hand
        for (int i = 0; i < facts.rowCount(); ++i) {
            const QModelIndex at = facts.index(i);
            QVERIFY(at.data(KeyFactsModel::CountRole).toInt() >= 1);
            QVERIFY(
                at.data(KeyFactsModel::SentenceRole).toString().contains(at.data(KeyFactsModel::TextRole).toString()));
            const QString text = m_library->store()
                                     .blocks(at.data(KeyFactsModel::DocumentRole).toString())
                                     .at(at.data(KeyFactsModel::BlockRole).toInt())
                                     .text;
            QCOMPARE(text.mid(at.data(KeyFactsModel::StartRole).toInt(), at.data(KeyFactsModel::LengthRole).toInt()),
                     at.data(KeyFactsModel::SentenceRole).toString());
            games = games || at.data(KeyFactsModel::TextRole).toString() == QLatin1String("European Games");
        }
        QVERIFY(games);
        facts.setThemeId(QStringLiteral("no-such-theme"));
        QCOMPARE(facts.rowCount(), 0);
        // The timeline: in date order, narrowed by theme and by document.
        TimelineModel timeline(m_library.get());
        QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(timeline.ready());
        const int all = timeline.rowCount();
        QVERIFY(all > 10);
        QCOMPARE(timeline.themes().size(), themes.rowCount());
        QVERIFY(timeline.documents().size() >= 2);
        for (int i = 1; i < all; ++i) {
            QVERIFY(timeline.index(i - 1).data(TimelineModel::YearRole).toInt() <=
                    timeline.index(i).data(TimelineModel::YearRole).toInt());
            QCOMPARE(timeline.index(i).data(TimelineModel::NewYearRole).toBool(),
                     timeline.index(i - 1).data(TimelineModel::YearRole) !=
                         timeline.index(i).data(TimelineModel::YearRole));
        }
        timeline.setThemeId(QStringLiteral("diaspora"));
        const int diaspora = timeline.rowCount();
        QVERIFY(diaspora > 0 && diaspora < all);
        for (int i = 0; i < diaspora; ++i)
            QVERIFY(
                timeline.index(i).data(TimelineModel::ThemesRole).toStringList().contains(QStringLiteral("diaspora")));
        timeline.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(timeline.rowCount() < diaspora);
        for (int i = 0; i < timeline.rowCount(); ++i)
            QCOMPARE(timeline.index(i).data(TimelineModel::DocumentRole).toString(),
                     QStringLiteral("kultur-dijital-diplomasi"));
        timeline.setThemeId(QString());
        QVERIFY(timeline.rowCount() > 0);
        // "in February 2026", in the diaspora seed: a month and a year.
        timeline.setDocumentId(QStringLiteral("diaspora-soft-power-2023-2024"));
        bool february = false;
        for (int i = 0; i < timeline.rowCount(); ++i)
            february = february || (timeline.index(i).data(TimelineModel::YearRole).toInt() == 2026 &&
                                    timeline.index(i).data(TimelineModel::MonthRole).toInt() == 2);
        QVERIFY(february);
        // A second library over the same folder shows the cached summaries at once.
        okur::library::Library again(m_dir.path());
        QVERIFY(again.open());
        QVERIFY(again.summaries());
    }
};

QTEST_MAIN(TestThemeModels)
#include "tst_thememodels.moc"
