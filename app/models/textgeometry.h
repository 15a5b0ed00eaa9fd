#pragma once
#include <QFont>
#include <QObject>
#include <QRectF>
#include <QTextLayout>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace okur::app {

/// Where characters sit in a wrapped Text: maps a tap to a character and a
/// character span to rectangles, laid out like Qt Quick's Text (plain text,
/// word wrap, proportional line height). Used for glossary taps and for
/// drawing marks behind text. UI thread only.
class TextGeometry : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TextGeometry(QObject *parent = nullptr);
    ~TextGeometry() override;

    /// The character index at (x, y), -1 when outside the text.
    Q_INVOKABLE int positionAt(const QString &text, const QFont &font, qreal width, qreal lineHeight, qreal x,
                               qreal y);
    /// Rectangles covering characters [start, start + length), one a line.
    Q_INVOKABLE QVariantList rectsFor(const QString &text, const QFont &font, qreal width, qreal lineHeight,
                                      int start, int length);
    /// The words of `text` by the app's one word rule (text::words), as [{start, length}]:
    /// for choosing a word from the keyboard where a tap would choose it.
    Q_INVOKABLE QVariantList wordSpans(const QString &text) const;

private:
    QTextLayout *layout(const QString &text, const QFont &font, qreal width, qreal lineHeight);
    struct Cached;
    std::unique_ptr<Cached> m_cache;
};

} // namespace okur::app
