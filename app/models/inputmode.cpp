#include "inputmode.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQmlEngine>

namespace okur::app {

InputMode::InputMode(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

InputMode *InputMode::instance()
{
    static InputMode *const mode = new InputMode(QCoreApplication::instance());
    return mode;
}

InputMode *InputMode::create(QQmlEngine *, QJSEngine *)
{
    InputMode *mode = instance();
    QQmlEngine::setObjectOwnership(mode, QQmlEngine::CppOwnership); // the application's, not an engine's
    return mode;
}

bool InputMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
        case Qt::Key_AltGr:
            break; // a modifier alone, as before a Ctrl+click
        default:
            setKeys(true);
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        setKeys(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InputMode::setKeys(bool keys)
{
    if (keys == m_keys) {
        return;
    }
    m_keys = keys;
    Q_EMIT keysChanged();
}

} // namespace okur::app
