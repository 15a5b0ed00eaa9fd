#include "appstate.h"
#include "blockmodel.h"
#include "librarymodel.h"
#include "library/library.h"
#include "tocmodel.h"
#include "typography.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace okur::app;

class TestModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        QVERIFY(m_library->open());
        QSignalSpy changed(m_library.get(), &okur::library::Library::documentsChanged);
        m_library->startBackgroundWork();
        QVERIFY(changed.wait(30000));
        QVERIFY(!m_library->busy());
    }

    void libraryModel()
    {
        LibraryModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const int tr = model.indexOf(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(tr >= 0);
        const QModelIndex i = model.index(tr);
        QCOMPARE(i.data(LibraryModel::LanguageRole).toString(), QStringLiteral("tr"));
        QCOMPARE(i.data(LibraryModel::LanguageNameRole).toString(), QStringLiteral("Turkish"));
        QVERIFY(i.data(LibraryModel::MinutesRole).toInt() > 10);
        QCOMPARE(model.roleNames().value(LibraryModel::TitleRole), QByteArray("title"));
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
    }

    void blockModelAndPosition()
    {
        BlockModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &BlockModel::countChanged);
        model.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(countSpy.count(), 1);
        QVERIFY(model.rowCount() > 100);
        QCOMPARE(model.index(0).data(BlockModel::KindRole).toString(), QStringLiteral("heading"));
        QCOMPARE(model.index(0).data(BlockModel::TextRole).toString(), QStringLiteral("ÖZ"));
        QVERIFY(!model.index(1).data(BlockModel::RawRole).toString().isEmpty());
        QCOMPARE(model.author(), QStringLiteral("Nabat Garakhanova"));

        model.savePosition(40, 0.5);
        BlockModel reopened(m_library.get());
        reopened.setDocumentId(QStringLiteral("kultur-dijital-diplomasi"));
        QCOMPARE(reopened.savedBlock(), 40);
        QCOMPARE(reopened.savedOffset(), 0.5);
        LibraryModel library(m_library.get());
        const double progress = library.index(library.indexOf(QStringLiteral("kultur-dijital-diplomasi")))
                                    .data(LibraryModel::ProgressRole).toDouble();
        QVERIFY(progress > 0.2 && progress < 0.35);

        model.setDocumentId(QStringLiteral("no-such-document"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
    }

    void tocModel()
    {
        TocModel model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocumentId(QStringLiteral("cultural-diplomacy-post-soviet"));
        QVERIFY(model.rowCount() >= 8);
        QCOMPARE(model.index(0).data(TocModel::BlockRole).toInt(), 0);
        QCOMPARE(model.entryForBlock(0), 0);
        const int second = model.index(1).data(TocModel::BlockRole).toInt();
        QCOMPARE(model.entryForBlock(second + 1), 1);
    }

    void appStatePersistsPreferences()
    {
        {
            AppState state(m_library.get(), false);
            state.setTheme(QStringLiteral("sepia"));
            state.setFontSize(100);
            QCOMPARE(state.fontSize(), AppState::kMaxFontSize);
            state.setTheme(QStringLiteral("neon")); // unknown: ignored
            state.setLastDocument(QStringLiteral("kultur-dijital-diplomasi"));
        }
        AppState again(m_library.get(), false);
        QCOMPARE(again.theme(), QStringLiteral("sepia"));
        QCOMPARE(again.fontSize(), AppState::kMaxFontSize);
        QCOMPARE(again.lastDocument(), QStringLiteral("kultur-dijital-diplomasi"));
        again.setFontSize(18);
    }

    void typographyKeepsOffsets()
    {
        const QString in = QStringLiteral("He said \"soft power\" (\"yumuşak güç\").");
        const QString out = typography::forDisplay(in);
        QCOMPARE(out, QStringLiteral("He said “soft power” (“yumuşak güç”)."));
        QCOMPARE(out.size(), in.size());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
