#include "engine.h"

#include <QFileSelector>
#include <QQmlAbstractUrlInterceptor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

namespace okur::app {

namespace {

/// Qt's dialog files by the style's variant. The style's name is among every file selector's selectors once the
/// style's plugin has loaded (it adds it to them). The dialog's own file is chosen as its component is made, before
/// its imports load the style: the import dialog is made after Theme.needControlsStyle(), which loads it
/// (ControlsStyle imports QtQuick.Controls.Material).
class DialogVariants final : public QQmlAbstractUrlInterceptor {
public:
    QUrl intercept(const QUrl &url, DataType type) override
    {
        static const QString dialogs = QStringLiteral("/qt-project.org/imports/QtQuick/Dialogs/");
        if (type != QmlFile || url.scheme() != QLatin1String("qrc") || !url.path().startsWith(dialogs)) {
            return url;
        }
        return m_selector.select(url);
    }

private:
    QFileSelector m_selector;
};

} // namespace

void setUpEngine(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/")); // the Okur module lives at qrc:/Okur
    auto *variants = new DialogVariants;
    engine->addUrlInterceptor(variants);
    // The engine does not own its interceptors: this one goes when the engine does.
    QObject::connect(engine, &QObject::destroyed, [variants]() { delete variants; });
}

QObject *createShell(QQmlComponent &component, const QSize &size)
{
    QQmlEngine *engine = component.engine();
    QObject *root = component.beginCreate(engine->rootContext());
    if (auto *window = qobject_cast<QQuickWindow *>(root)) {
        engine->setIncubationController(window->incubationController());
        if (size.isValid()) {
            window->resize(size);
        }
    }
    component.completeCreate();
    return root;
}

} // namespace okur::app
