#pragma once
#include <QLocale>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace okur::text {
class Hyphenator;
}

namespace okur::app::typography {

/// Display form of stored text: typographic quotes and apostrophes of the
/// block's language (text::typographic). One character for one, so offsets
/// into the text still hold.
QString forDisplay(const QString &text, const QString &language = QString());

/// A stored date (ISO 8601: 2024-07-10, 2024-07 or 2024) as `locale` writes it: a day in its short form
/// (7/10/24, 10.07.2024: Language sets the locale's formats with the interface language), a month in words
/// (July 2024, Temmuz 2024); anything else as stored. The library's cards and the reader's title page say a date
/// the same way.
QString displayDate(const QString &stored, const QLocale &locale = QLocale());

/// `text` with soft hyphens (U+00AD) where a line may break: English by the
/// bundled libhyphen patterns, Turkish by its syllable rule, other languages
/// unchanged. For the displayed label only; TextGeometry maps its offsets
/// back to the stored text's. `english` may be null (no patterns).
QString hyphenated(const QString &text, const QString &language, const text::Hyphenator *english);

} // namespace okur::app::typography

namespace okur::app {

/// The reader's typesetting for QML: hyphenation of a block's text for a
/// justified display. Loads the English patterns from the app's resources on
/// first use. UI thread only.
class Typography : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Typography(QObject *parent = nullptr);
    ~Typography() override;
    Q_INVOKABLE QString hyphenated(const QString &text, const QString &language);

private:
    std::unique_ptr<text::Hyphenator> m_english;
};

} // namespace okur::app
