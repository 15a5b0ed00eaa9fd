// Parts made of the style's controls (menus, drawers, sheets, dialogs) asked for before the style's colours are
// bound to the window take them: a popup made before keeps the style's light defaults in the dark theme for good.
// The shell is made as main() makes it; App.started is set as main() sets it after the first frame.
#include "appstate.h"
#include "idlelibrary.h"
#include "library/library.h"
#include "navigation.h"
#include "shell.h"

#include <QQmlExpression>
#include <QQuickStyle>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(OkurPlugin)

using namespace okur::testing;

class TestStyleColours : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;
    std::unique_ptr<okur::app::AppState> m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
            QQuickStyle::setStyle(QStringLiteral("Material")); // as main() does
        QString error;
        m_library = openIdleLibrary(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
        m_state = std::make_unique<okur::app::AppState>(m_library.get(), false);
    }

    void cleanupTestCase()
    {
        m_state.reset();
        m_library.reset();
    }

    /// A part made of the style's controls that the reader asks for before the style's colours are bound has them
    /// made first: a popup made before would keep the style's light defaults in the dark theme for good (closed and
    /// opened again too). Asked for before the first frame (App.started false) and while the style loads after it.
    void partsAskedForEarlyTakeTheStylesColours_data()
    {
        QTest::addColumn<QString>("ask");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("started");
        // clang-format off
        QTest::newRow("reading menu") << "readingSettings" << 1280 << false;
        QTest::newRow("contents drawer") << "contentsButton" << 390 << false;
        QTest::newRow("glossary card (made on first use)") << "word" << 390 << false;
        // Last: App.started stays true from here.
        QTest::newRow("reading menu, while the style loads") << "readingSettings" << 1280 << true;
        // clang-format on
    }

    void partsAskedForEarlyTakeTheStylesColours()
    {
        QFETCH(QString, ask);
        QFETCH(int, width);
        QFETCH(bool, started);
        const QString theme = m_state->theme();
        m_state->setTheme(QStringLiteral("dark"));
        const auto restore = qScopeGuard([&] { m_state->setTheme(theme); });
        QVERIFY(!m_state->started());
        if (started) // the reader reopened at start-up, as the last document read
            m_state->setLastDocument(QStringLiteral("kultur-dijital-diplomasi"));
        Shell shell; // a shell of its own, made now: its style is not made
        QVERIFY(shell.load());
        QQuickWindow *window = shell.window();
        if (started)
            m_state->setStarted(); // as main() does after the first frame: the style's asynchronous load begins
        QQmlExpression pending(qmlContext(window), window, QStringLiteral("Theme.controlsStylePending"));
        QVERIFY(pending.evaluate().toBool());
        QQuickItem *page = objectsOf(window->contentItem(), "QQuickStackView").first()->property("currentItem").value<QQuickItem *>();
        if (!started) {
            window->resize(width, 800);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVariant ignored;
            QVERIFY(QMetaObject::invokeMethod(window, "openDocument", Q_RETURN_ARG(QVariant, ignored),
                                              Q_ARG(QVariant, QStringLiteral("kultur-dijital-diplomasi")), Q_ARG(QVariant, QVariant()),
                                              Q_ARG(QVariant, QVariant()), Q_ARG(QVariant, QVariant())));
            QTRY_VERIFY((page = objectsOf(window->contentItem(), "QQuickStackView").first()->property("currentItem").value<QQuickItem *>())
                        && page->objectName() == QLatin1String("readerPage"));
            QTest::qWait(100); // what the page makes after its first frame waits for the style
        }
        QVERIFY(pending.evaluate().toBool()); // asked for with the style still to come (loading, when started)

        if (ask == QLatin1String("word")) {
            QVERIFY(okur::app::lookUpWord(window, QStringLiteral("diplomasi")));
        } else {
            QObject *button = page->findChild<QObject *>(ask);
            QVERIFY(button);
            QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        }
        QObject *opened = nullptr;
        QTRY_VERIFY([&] {
            for (QObject *popup : objectsOf(window, "QQuickPopup"))
                opened = popup->property("opened").toBool() ? popup : opened;
            return opened != nullptr;
        }());
        // Dark behind it, and every text it shows light, the style's labels and buttons among them (the style's
        // light defaults are black text on white).
        if (auto *background = opened->property("background").value<QQuickItem *>(); background && background->property("color").isValid()) {
            const QColor color = background->property("color").value<QColor>();
            QVERIFY2(color.lightness() < 96, qPrintable(color.name() + QStringLiteral(" behind ") + describe(opened)));
        }
        int texts = 0;
        for (QObject *o : objectsOf(opened, "QQuickText")) {
            auto *text = qobject_cast<QQuickItem *>(o);
            if (!text->isVisible() || text->property("text").toString().trimmed().isEmpty())
                continue;
            ++texts;
            const QColor color = text->property("color").value<QColor>();
            QVERIFY2(color.lightness() >= 128, qPrintable(QStringLiteral("%1 \"%2\" in %3 in %4").arg(describe(text), text->property("text").toString(), color.name(), describe(opened))));
        }
        QVERIFY(texts > 0);
        QVERIFY(QMetaObject::invokeMethod(opened, "close")); // closed with the page there, not as the engine goes
        QTRY_VERIFY(!opened->property("visible").toBool());
    }
};

QTEST_MAIN(TestStyleColours)
#include "tst_stylecolours.moc"
