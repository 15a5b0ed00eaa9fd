// Qt Quick Test runner for the QML components, with the app's module and a
// throwaway library behind the App singleton.
#include "appstate.h"
#include "library/library.h"
#include "annotations/annotationstore.h"
#include "glossary/vocabulary.h"
#include "sync/localstate.h"
#include "sync/record.h"
#include "sync/hlc.h"

#include <QAccessible>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OkurPlugin)

/// Test-only control over the shared library, as the `TestLibrary` singleton
/// of the `OkurTest` module: makes its database refuse writes (PRAGMA
/// query_only, which binds root too) so the views' failure paths can be seen.
class TestLibrary : public QObject {
    Q_OBJECT
public:
    explicit TestLibrary(okur::library::Library *library) : m_library(library) {}
    Q_INVOKABLE bool refuseWrites(bool refuse)
    {
        return m_library->store().database().exec(refuse ? QStringLiteral("PRAGMA query_only=ON")
                                                         : QStringLiteral("PRAGMA query_only=OFF"));
    }

    /// Another device's synced reading position of `documentId`, written as a
    /// merge writes it (a sync record with its clocks): for the "Continue from" chip.
    Q_INVOKABLE bool addPositionElsewhere(const QString &documentId, const QString &name, int block, double offset,
                                          double progress)
    {
        using namespace okur;
        annotations::AnnotationStore notes(m_library->store().database());
        glossary::VocabularyStore words(m_library->store().database());
        sync::LocalState local(m_library->store(), notes, words);
        const QString device = QStringLiteral("0c0ffee0-test-device");
        sync::HlcClock clock(device);
        sync::Record r{QStringLiteral("position"), device + u'\x1f' + documentId, {}, {}};
        sync::stamp(r, QJsonObject{{QStringLiteral("block"), block}, {QStringLiteral("offset"), offset},
                                   {QStringLiteral("progress"), progress}, {QStringLiteral("name"), name}},
                    clock, QDateTime::currentMSecsSinceEpoch());
        if (!local.saveRecord(r, -1))
            return false;
        m_library->store().announcePosition(documentId);
        return true;
    }

private:
    okur::library::Library *m_library;
};

/// What a screen reader is told about an item, as the `TestAccessibility`
/// singleton of `OkurTest`: its accessible name, description and role, read
/// through QAccessible as assistive technology reads them.
class TestAccessibility : public QObject {
    Q_OBJECT
public:
    /// Tells the controls made so far that a screen reader has started, as
    /// the platform does when one does (offscreen has none): they then set up
    /// their accessible role and name.
    Q_INVOKABLE void activate() const { QAccessible::setActive(true); }
    Q_INVOKABLE QVariantMap of(QObject *object) const
    {
        QAccessibleInterface *iface = object ? QAccessible::queryAccessibleInterface(object) : nullptr;
        if (!iface) {
            return {};
        }
        return {{QStringLiteral("name"), iface->text(QAccessible::Name)},
                {QStringLiteral("description"), iface->text(QAccessible::Description)},
                {QStringLiteral("role"), int(iface->role())},
                {QStringLiteral("ignored"), iface->state().invisible != 0}};
    }
};

class Setup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;
    std::unique_ptr<okur::app::AppState> m_state;
    std::unique_ptr<TestLibrary> m_testLibrary;
    TestAccessibility m_accessibility;

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        m_library->open();
        // The reader tests need documents: seed synchronously.
        m_library->startBackgroundWork();
        QDeadlineTimer deadline(60000);
        while (m_library->busy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_state = std::make_unique<okur::app::AppState>(m_library.get(), false);
        m_testLibrary = std::make_unique<TestLibrary>(m_library.get());
        qmlRegisterSingletonInstance("OkurTest", 1, 0, "TestLibrary", m_testLibrary.get());
        qmlRegisterSingletonInstance("OkurTest", 1, 0, "TestAccessibility", &m_accessibility);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(okur_qml, Setup)
#include "tst_qml.moc"
