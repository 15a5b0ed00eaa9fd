// Qt Quick Test runner for the QML components, with the app's module and a
// throwaway library behind the App singleton.
#include "appstate.h"
#include "library/library.h"

#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OkurPlugin)

class Setup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<okur::library::Library> m_library;
    std::unique_ptr<okur::app::AppState> m_state;

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<okur::library::Library>(m_dir.path());
        m_library->open();
        // The reader tests need documents: seed synchronously.
        QSignalSpy changed(m_library.get(), &okur::library::Library::documentsChanged);
        m_library->startBackgroundWork();
        changed.wait(30000);
        m_state = std::make_unique<okur::app::AppState>(m_library.get(), false);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(okur_qml, Setup)
#include "tst_qml.moc"
