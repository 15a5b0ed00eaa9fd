#include "textgeometry.h"

#include "text/syllables.h"
#include "text/words.h"

#include <QTextOption>

namespace okur::app {

struct TextGeometry::Cached {
    QString text;
    QFont font;
    qreal width = -1;
    qreal lineHeight = 1;
    bool justify = false;
    QTextLayout layout;
};

TextGeometry::TextGeometry(QObject *parent) : QObject(parent), m_cache(std::make_unique<Cached>()) {}
TextGeometry::~TextGeometry() = default;

void layOutLikeText(QTextLayout &layout, const QString &text, const QFont &font, qreal width, qreal lineHeight,
                    bool justify)
{
    layout.clearLayout();
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (justify) {
        option.setAlignment(Qt::AlignJustify);
    }
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        // As Qt Quick's Text: a proportional line height scales each line's own height.
        line.setPosition(QPointF(0, y));
        y += line.height() * lineHeight;
    }
    layout.endLayout();
}

QList<QRectF> spanRects(const QTextLayout &layout, const QString &text, qreal lineHeight, int start, int length)
{
    QList<QRectF> out;
    if (text.contains(QChar(0x00AD))) {
        const int displayStart = int(text::displayOffset(text, start));
        length = int(text::displayOffset(text, start + length)) - displayStart;
        start = displayStart;
    }
    const int end = start + length;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const int ls = line.textStart(), le = line.textStart() + line.textLength();
        const int a = qMax(start, ls), b = qMin(end, le);
        if (a >= b) {
            continue;
        }
        const qreal x1 = line.cursorToX(a);
        qreal x2 = line.cursorToX(b);
        if (b == le && text.at(b - 1).isSpace()) {
            x2 = line.cursorToX(b - 1);
        }
        out.append(QRectF(x1, line.y(), qMax<qreal>(1, x2 - x1), line.height() * lineHeight));
    }
    return out;
}

QTextLayout *TextGeometry::layout(const QString &text, const QFont &font, qreal width, qreal lineHeight, bool justify)
{
    Cached &c = *m_cache;
    if (c.text == text && c.font == font && qFuzzyCompare(c.width, width) && qFuzzyCompare(c.lineHeight, lineHeight) &&
        c.justify == justify) {
        return &c.layout;
    }
    c.justify = justify;
    c.text = text;
    c.font = font;
    c.width = width;
    c.lineHeight = lineHeight;
    layOutLikeText(c.layout, text, font, width, lineHeight, justify);
    return &c.layout;
}

namespace {

/// The line whose band holds y; above the text the first, below it the last.
int lineNear(const QTextLayout &l, qreal y, qreal lineHeight)
{
    int i = 0;
    while (i + 1 < l.lineCount() && y >= l.lineAt(i).y() + l.lineAt(i).height() * lineHeight) {
        ++i;
    }
    return i;
}

/// How far right a point on line i is still on the text: a justified line but the paragraph's last fills the width.
qreal lineRight(const QTextLayout &l, int i, bool justify)
{
    return justify && i + 1 < l.lineCount() ? l.lineAt(i).width() : l.lineAt(i).naturalTextWidth();
}

/// The character at x on a line, as an index of the stored text. xToCursor gives a boundary between
/// characters; the one under x is the one left of it.
int characterAt(const QString &text, const QTextLine &line, qreal x)
{
    const int cursor = line.xToCursor(x, QTextLine::CursorOnCharacter);
    return int(text::storedOffset(text, qBound(line.textStart(), cursor, line.textStart() + line.textLength() - 1)));
}

} // namespace

int TextGeometry::positionAt(const QString &text, const QFont &font, qreal width, qreal lineHeight, qreal x, qreal y,
                             bool justify)
{
    if (text.isEmpty() || width <= 0) {
        return -1;
    }
    QTextLayout *l = layout(text, font, width, lineHeight, justify);
    if (l->lineCount() == 0) {
        return -1;
    }
    const int i = lineNear(*l, y, lineHeight);
    const QTextLine line = l->lineAt(i);
    if (y < line.y() || y >= line.y() + line.height() * lineHeight || x < 0 || x > lineRight(*l, i, justify) + 1) {
        return -1;
    }
    return characterAt(text, line, x);
}

int TextGeometry::positionNear(const QString &text, const QFont &font, qreal width, qreal lineHeight, qreal x, qreal y,
                               bool justify)
{
    if (text.isEmpty() || width <= 0) {
        return -1;
    }
    QTextLayout *l = layout(text, font, width, lineHeight, justify);
    if (l->lineCount() == 0) {
        return -1;
    }
    const int i = lineNear(*l, y, lineHeight);
    return characterAt(text, l->lineAt(i), qBound(qreal(0), x, lineRight(*l, i, justify)));
}

QVariantList TextGeometry::rectsFor(const QString &text, const QFont &font, qreal width, qreal lineHeight, int start,
                                    int length, bool justify)
{
    QVariantList out;
    if (text.isEmpty() || width <= 0 || length <= 0) {
        return out;
    }
    for (const QRectF &r :
         spanRects(*layout(text, font, width, lineHeight, justify), text, lineHeight, start, length)) {
        out.append(r);
    }
    return out;
}

const QList<QPair<int, int>> &TextGeometry::wordsOf(const QString &text)
{
    if (text != m_wordsText || (m_words.isEmpty() && !text.isEmpty())) {
        m_wordsText = text;
        m_words.clear();
        for (const text::WordSpan &w : text::words(text)) {
            m_words.append({w.start, w.start + w.length});
        }
    }
    return m_words;
}

QVariantList TextGeometry::wordAt(const QString &text, int position)
{
    for (const auto &[start, end] : wordsOf(text)) {
        if (position >= start && position < end) {
            return {start, end};
        }
        if (start > position) {
            break;
        }
    }
    return {};
}

QVariantList TextGeometry::snapToWords(const QString &text, int start, int end)
{
    int first = -1;
    int last = -1;
    for (const auto &[ws, we] : wordsOf(text)) {
        if (we <= start) {
            continue;
        }
        if (ws >= end) {
            break;
        }
        if (first < 0) {
            first = ws;
        }
        last = we;
    }
    if (first < 0) {
        return {};
    }
    return {first, last};
}

QVariantList TextGeometry::wordSpans(const QString &text) const
{
    QVariantList out;
    for (const text::WordSpan &w : text::words(text)) {
        out.append(QVariantMap{{QStringLiteral("start"), w.start}, {QStringLiteral("length"), w.length}});
    }
    return out;
}

} // namespace okur::app
