#pragma once
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
