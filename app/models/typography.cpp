#include "typography.h"

#include "text/hyphenator.h"
#include "text/quotes.h"
#include "text/syllables.h"

#include <QDate>
#include <QDateTime>
#include <QFile>

namespace okur::app::typography {

QString forDisplay(const QString &text, const QString &language) { return text::typographic(text, language); }

QString displayDate(const QString &stored, const QLocale &locale)
{
    QString s = stored.trimmed();
    // A day, or a moment of one (an EPUB's dc:date may say 2024-07-10T09:30:00Z).
    QDate day = QDate::fromString(s, Qt::ISODate);
    if (!day.isValid() && s.size() > 10) {
        day = QDateTime::fromString(s, Qt::ISODate).date();
    }
    if (day.isValid()) {
        return locale.toString(day, QLocale::ShortFormat);
    }
    if (const QDate month = QDate::fromString(s, QStringLiteral("yyyy-MM")); month.isValid()) {
        return locale.standaloneMonthName(month.month(), QLocale::LongFormat) + u' ' + QString::number(month.year());
    }
    return s;
}

QString hyphenated(const QString &text, const QString &language, const text::Hyphenator *english)
{
    if (language == QLatin1String("tr")) {
        return text::withSoftHyphens(text, [](QStringView w) { return text::turkishHyphenationPoints(w); });
    }
    if (language == QLatin1String("en") && english && english->isValid()) {
        return text::withSoftHyphens(text, [english](QStringView w) { return english->points(w); });
    }
    return text;
}

} // namespace okur::app::typography

namespace okur::app {

Typography::Typography(QObject *parent) : QObject(parent) {}
Typography::~Typography() = default;

QString Typography::hyphenated(const QString &text, const QString &language)
{
    if (language == QLatin1String("en") && !m_english) {
        QFile patterns(QStringLiteral(":/okur/reading/hyph_en_US.dic"));
        m_english =
            std::make_unique<text::Hyphenator>(patterns.open(QIODevice::ReadOnly) ? patterns.readAll() : QByteArray());
    }
    return typography::hyphenated(text, language, m_english.get());
}

} // namespace okur::app
