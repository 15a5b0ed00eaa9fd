#pragma once
// An opt-in window on the app's state for the end-to-end tests (tests/e2e):
// with OKUR_E2E_STATE=/path set, a JSON of the shown page, the open popups,
// the focus item and the reader's position is rewritten whenever it changes,
// and requests written to /path.cmd (one a line: "shot FILE") are carried out.
// It lives outside the shipped QML, and without the variable nothing is made.
#include <QByteArray>
#include <QObject>
#include <QString>

class QQuickWindow;
class QTimer;

namespace okur::library {
class Library;
}

namespace okur::app {

class E2eProbe : public QObject
{
    Q_OBJECT
public:
    /// Starts a probe for `window` when OKUR_E2E_STATE is set; the window owns it.
    static void installIfRequested(QQuickWindow *window, library::Library *library, QObject *appState);

private:
    E2eProbe(QQuickWindow *window, library::Library *library, QObject *appState, const QString &statePath);
    void tick();
    void runCommands();
    QByteArray snapshot() const;

    QQuickWindow *m_window;
    library::Library *m_library;
    QObject *m_appState;
    QString m_statePath;
    QByteArray m_last;
    QString m_lastShot;
    QString m_pong; // the last "ping N": tells a test that what it sent before is handled
    int m_frames = 0;
    int m_seq = 0;
};

} // namespace okur::app
