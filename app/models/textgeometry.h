#pragma once
#include <QFont>
#include <QObject>
#include <QRectF>
#include <QTextLayout>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace okur::app {

/// Lays `text` out into `layout` as Qt Quick's Text does: plain text, word
/// wrap (anywhere in a word too long for the line), a proportional line
/// height, justified when asked.
void layOutLikeText(QTextLayout &layout, const QString &text, const QFont &font, qreal width, qreal lineHeight,
                    bool justify);
/// Rectangles covering characters [start, start + length) of the stored text
/// in `layout` of its display (soft hyphens skipped), one a line; a trailing
/// space at a line's end is left out.
QList<QRectF> spanRects(const QTextLayout &layout, const QString &text, qreal lineHeight, int start, int length);

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

    /// The character index at (x, y), -1 when outside the text. Soft hyphens
    /// in `text` (a hyphenated display) do not count: the index is the stored text's.
    Q_INVOKABLE int positionAt(const QString &text, const QFont &font, qreal width, qreal lineHeight, qreal x, qreal y,
                               bool justify = false);
    /// The character index nearest (x, y), for a drag that selects: past a line's end it is the line's
    /// last character, before its start the first; above the text the first line, below it the last.
    /// -1 only for an empty text.
    Q_INVOKABLE int positionNear(const QString &text, const QFont &font, qreal width, qreal lineHeight, qreal x,
                                 qreal y, bool justify = false);
    /// Rectangles covering characters [start, start + length) of the stored
    /// text (soft hyphens of the display skipped), one a line.
    Q_INVOKABLE QVariantList rectsFor(const QString &text, const QFont &font, qreal width, qreal lineHeight, int start,
                                      int length, bool justify = false);

    /// The word (text::words, the app's one word-breaking rule) holding
    /// `position`, as [start, end]; empty on a space or punctuation.
    Q_INVOKABLE QVariantList wordAt(const QString &text, int position);
    /// [start, end) widened to the whole words it touches and kept off the
    /// spaces and punctuation at its ends, as [start, end]; empty when it
    /// touches no word.
    Q_INVOKABLE QVariantList snapToWords(const QString &text, int start, int end);
    /// The words of `text` by the app's one word rule (text::words), as [{start, length}]:
    /// for choosing a word from the keyboard where a tap would choose it.
    Q_INVOKABLE QVariantList wordSpans(const QString &text) const;

private:
    QTextLayout *layout(const QString &text, const QFont &font, qreal width, qreal lineHeight, bool justify);
    struct Cached;
    std::unique_ptr<Cached> m_cache;
    QString m_wordsText; ///< the text m_words were found in: a drag asks many times
    QList<QPair<int, int>> m_words;
    const QList<QPair<int, int>> &wordsOf(const QString &text);
};

} // namespace okur::app
