#include "wordtints.h"

#include "textgeometry.h"

#include <QQuickWindow>
#include <QSGNode>
#include <QSGRectangleNode>
#include <QTextLayout>

namespace okur::app {

WordTints::WordTints(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

qreal WordTints::fillOpacity(int status, bool contrast)
{
    return (status == 0 ? 0.13 : 0.10 - 0.02 * status) * (contrast ? 1.6 : 1);
}

qreal WordTints::lineThickness(int status)
{
    return status == 0 ? 2 : status <= 2 ? 1.5 : 1;
}

qreal WordTints::lineOpacity(int status)
{
    return status == 0 ? 0.9 : 0.75 - 0.12 * status;
}

void WordTints::changed()
{
    m_dirty = true;
    update();
    Q_EMIT inputsChanged();
}

void WordTints::setText(const QString &text)
{
    assign(m_text, text);
}

void WordTints::setFont(const QFont &font)
{
    assign(m_font, font);
}

void WordTints::setLineHeight(qreal lineHeight)
{
    if (!qFuzzyCompare(lineHeight, m_lineHeight)) {
        m_lineHeight = lineHeight;
        changed();
    }
}

void WordTints::setJustify(bool justify)
{
    assign(m_justify, justify);
}

void WordTints::setSpans(const QVariantList &spans)
{
    assign(m_spans, spans);
}

void WordTints::setTextColor(const QColor &color)
{
    assign(m_textColor, color);
}

void WordTints::setAccent(const QColor &color)
{
    assign(m_accent, color);
}

void WordTints::setContrast(bool contrast)
{
    assign(m_contrast, contrast);
}

void WordTints::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (!qFuzzyCompare(newGeometry.width(), oldGeometry.width())) {
        m_dirty = true; // the text wraps anew
        update();
    }
}

const QList<WordTints::Part> &WordTints::parts()
{
    if (!m_dirty) {
        return m_parts;
    }
    m_dirty = false;
    m_parts.clear();
    if (m_spans.isEmpty() || m_text.isEmpty() || width() <= 0) {
        return m_parts;
    }
    // Laid out for this change and let go: a layout a block would hold for as long as it shows.
    QTextLayout layout;
    layOutLikeText(layout, m_text, m_font, width(), m_lineHeight, m_justify);
    for (const QVariant &v : std::as_const(m_spans)) {
        const QVariantMap span = v.toMap();
        const int start = span.value(QStringLiteral("start")).toInt();
        const int length = span.value(QStringLiteral("length")).toInt();
        const int status = span.value(QStringLiteral("status")).toInt();
        if (length <= 0) {
            continue;
        }
        for (const QRectF &r : spanRects(layout, m_text, m_lineHeight, start, length)) {
            m_parts.append({start, status, r});
        }
    }
    return m_parts;
}

int WordTints::statusAt(int start)
{
    for (const Part &p : parts()) {
        if (p.start == start) {
            return p.status;
        }
    }
    return -1;
}

QVariantList WordTints::rectsAt(int start)
{
    QVariantList out;
    for (const Part &p : parts()) {
        if (p.start == start) {
            out.append(p.rect);
        }
    }
    return out;
}

QSGNode *WordTints::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    delete old; // a block's tints change together (a status, the width): drawn anew
    const QList<Part> &all = parts();
    if (all.isEmpty() || !window()) {
        return nullptr;
    }
    auto *root = new QSGNode;
    for (const Part &p : all) {
        // The fill keeps 2 px off the line's top and bottom, so tints of two lines never touch.
        QSGRectangleNode *fill = window()->createRectangleNode();
        fill->setRect(p.rect.adjusted(0, 2, 0, -2));
        QColor fillColor = m_textColor;
        fillColor.setAlphaF(float(qBound(0.0, fillOpacity(p.status, m_contrast), 1.0)));
        fill->setColor(fillColor);
        root->appendChildNode(fill);
        QSGRectangleNode *line = window()->createRectangleNode();
        const qreal thickness = lineThickness(p.status);
        line->setRect(QRectF(p.rect.left(), p.rect.bottom() - thickness, p.rect.width(), thickness));
        QColor lineColor = m_accent;
        lineColor.setAlphaF(float(qBound(0.0, lineOpacity(p.status) * m_accent.alphaF(), 1.0)));
        line->setColor(lineColor);
        root->appendChildNode(line);
    }
    return root;
}

} // namespace okur::app
