// The app-wide state: reading preferences kept with the library, and the
// reading size following the system's font scaling. Needs an open library,
// not its background work.
#include "appstate.h"
#include "library/library.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::app;

class TestAppState : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        QVERIFY(m_library->open());
    }

    void textScaleFollowsSystemFont_data()
    {
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<double>("scale");
        QTest::newRow("usual desktop size") << 11.0 << 0 << 1.0;
        QTest::newRow("smaller never shrinks") << 9.0 << 0 << 1.0;
        QTest::newRow("GNOME large text (x1.25)") << 13.75 << 0 << 1.25;
        QTest::newRow("twice") << 22.0 << 0 << 2.0;
        QTest::newRow("in pixels at 96 dpi") << 0.0 << 22 << 1.5;
        QTest::newRow("bounded") << 60.0 << 0 << 3.0;
    }
    void textScaleFollowsSystemFont()
    {
        QFETCH(double, points);
        QFETCH(int, pixels);
        QFETCH(double, scale);
        QFont font;
        if (pixels > 0) {
            font.setPixelSize(pixels);
        } else {
            font.setPointSizeF(points);
        }
        QCOMPARE(AppState::textScaleFor(font), scale);
    }
    void readingSizeFollowsSystemFont()
    {
        AppState state(m_library.get(), false);
        const QFont before = QGuiApplication::font();
        QSignalSpy spy(&state, &AppState::readingSizeChanged);
        QFont large = before;
        large.setPointSizeF(16.5); // x1.5
        QGuiApplication::setFont(large);
        QCOMPARE(state.textScale(), 1.5);
        QCOMPARE(state.readingSize(), qRound(state.fontSize() * 1.5));
        QVERIFY(spy.count() >= 1);
        QGuiApplication::setFont(before);
        QCOMPARE(state.readingSize(), qRound(state.fontSize() * AppState::textScaleFor(before)));
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

    // Issue 17: the reading face, line spacing, margins and justification are kept
    // with the library; values out of range or unknown change nothing.
    void appStatePersistsReadingSettings()
    {
        {
            AppState state(m_library.get(), false);
            QCOMPARE(state.readingFace(), QStringLiteral("charis")); // the bundled face by default
            state.setReadingFace(QStringLiteral("dejavu"));
            state.setReadingFace(QStringLiteral("comic")); // unknown: ignored
            state.setLineSpacing(1.9);
            state.setMargins(QStringLiteral("wide"));
            state.setMargins(QStringLiteral("huge")); // unknown: ignored
            state.setJustify(true);
            QVERIFY(!state.paged()); // continuous scroll by default
            QSignalSpy pagedSpy(&state, &AppState::pagedChanged);
            state.setPaged(true);
            state.setPaged(true); // no change: no signal
            QCOMPARE(pagedSpy.count(), 1);
        }
        {
            AppState again(m_library.get(), false);
            QCOMPARE(again.readingFace(), QStringLiteral("dejavu"));
            QCOMPARE(again.lineSpacing(), 1.9);
            QCOMPARE(again.margins(), QStringLiteral("wide"));
            QVERIFY(again.justify());
            QVERIFY(again.paged());
            again.setLineSpacing(9); // clamped to the loosest allowed
            QCOMPARE(again.lineSpacing(), 2.2);
            again.setReadingFace(QStringLiteral("charis"));
            again.setLineSpacing(1.65);
            again.setMargins(QStringLiteral("normal"));
            again.setJustify(false);
            again.setPaged(false);
        }
        AppState back(m_library.get(), false);
        QCOMPARE(back.lineSpacing(), 1.65);
        QVERIFY(!back.justify());
        QVERIFY(!back.paged());
    }
};

QTEST_MAIN(TestAppState)
#include "tst_appstate.moc"
