#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace okur::app {

/// Whether the reader is using the keys or pointing, as the `InputMode` singleton: a key pressed (not a modifier
/// alone) makes `keys` true, a press of a mouse, a finger or a pen false. A focus ring shows wherever the focus
/// lands while the keys are in use, also where Qt gives no keyboard reason (the focus a page or a popup hands back
/// as it closes: a card shows its ring after Esc from the reader), never after a click (as a browser's
/// :focus-visible). Watches the application's events from the moment instance() is first asked: main() asks before
/// the first event, so the first key counts. UI thread only.
class InputMode : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool keys READ keys NOTIFY keysChanged)

public:
    /// Watching the application's events. No default: QML would make one of its own rather than ask create().
    explicit InputMode(QObject *parent);
    /// The one the app's QML sees, made on first call (a child of the application).
    static InputMode *instance();
    static InputMode *create(QQmlEngine *, QJSEngine *);

    bool keys() const { return m_keys; }

Q_SIGNALS:
    void keysChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setKeys(bool keys);
    bool m_keys = false;
};

} // namespace okur::app
