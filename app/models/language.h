#pragma once
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

namespace okur::app {

/// The interface languages the app ships; the setting also takes "system".
inline QStringList interfaceLanguages() { return {QStringLiteral("en"), QStringLiteral("tr")}; }

/// Which shipped translation a language setting means: "tr" or "en". "system"
/// follows `system`'s language (its first UI language that is shipped, else
/// English); an unknown setting is treated as "system".
QString resolveLanguage(const QString &setting, const QLocale &system);

/// Installs the translation of a shipped language ("en" or "tr"), replacing
/// the one installed before, together with Qt's own strings when the system
/// has them, and makes QLocale's default (dates, numbers) follow it. Returns
/// false, changing nothing, when the translation is not in the resources.
bool installTranslation(const QString &language, const QLocale &system = QLocale::system());

/// The language installTranslation() last installed, empty before the first.
QString installedLanguage();

/// Says when installTranslation() changed the language, so that a model holding text in it (a theme's title) reads
/// it again; the QML's own strings are retranslated by the engine.
class LanguageNotifier : public QObject {
    Q_OBJECT
public:
    static LanguageNotifier *instance();
Q_SIGNALS:
    void changed();
};

} // namespace okur::app
