#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace okur::app {

namespace {
// One app translator and one for Qt's own strings (dialog buttons), swapped
// as a pair; QCoreApplication keeps only pointers, so they live here.
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_language;
}

QString resolveLanguage(const QString &setting, const QLocale &system)
{
    if (interfaceLanguages().contains(setting)) {
        return setting;
    }
    // uiLanguages() lists the user's preferences in order ("tr-TR", "en-US", ...).
    for (const QString &tag : system.uiLanguages()) {
        QString code = QLocale(tag).bcp47Name().section(u'-', 0, 0);
        if (interfaceLanguages().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool installTranslation(const QString &language, const QLocale &system)
{
    if (!interfaceLanguages().contains(language)) {
        return false;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/okur_%1.qm").arg(language))) {
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    // qt_<lang> (Debian's qt6-translations-l10n) gathers qtbase and qtdeclarative:
    // the file dialog's buttons and the like.
    const bool haveQt = qt->load(QStringLiteral("qt_%1").arg(language),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (s_app) {
        QCoreApplication::removeTranslator(s_app.get());
    }
    if (s_qt) {
        QCoreApplication::removeTranslator(s_qt.get());
    }
    s_app = std::move(app);
    s_qt = haveQt ? std::move(qt) : nullptr;
    QCoreApplication::installTranslator(s_app.get());
    if (s_qt) {
        QCoreApplication::installTranslator(s_qt.get());
    }
    // Keep the system's regional formats when they are in the chosen language
    // (en_GB dates stay British); otherwise the language's own.
    const QLocale formats = system.language() == QLocale(language).language()
                                ? system
                                : QLocale(language == QLatin1String("tr") ? QLocale::Turkish : QLocale::English,
                                          language == QLatin1String("tr") ? QLocale::Turkey : QLocale::UnitedStates);
    QLocale::setDefault(formats);
    s_language = language;
    Q_EMIT LanguageNotifier::instance()->changed();
    return true;
}

LanguageNotifier *LanguageNotifier::instance()
{
    static LanguageNotifier notifier;
    return &notifier;
}

QString installedLanguage() { return s_language; }

} // namespace okur::app
