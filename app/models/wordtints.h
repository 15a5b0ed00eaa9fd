#pragma once
#include <QColor>
#include <QFont>
#include <QList>
#include <QQuickItem>
#include <QRectF>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// New and learning words tinted behind a block's text (issue 22): under each
/// word and line a fill in the text's colour at a low opacity and an underline
/// in the accent, so the tint reads in every theme without resting on hue. New
/// words (status 0) get the fullest fill and a thick line, learning 1-4 lighter
/// fills and thinner lines. One item draws a block's words as scene-graph
/// rectangles: an item per word held a screen of Turkish in thousands of items
/// (17 MB at the reader benchmark's peak, issue 24). Placed over the Text it
/// tints, laid out the same way (TextGeometry's layOutLikeText). UI thread.
class WordTints : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    /// The Text's text, font, width, proportional line height and alignment.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY inputsChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY inputsChanged)
    Q_PROPERTY(qreal lineHeight READ lineHeight WRITE setLineHeight NOTIFY inputsChanged)
    Q_PROPERTY(bool justify READ justify WRITE setJustify NOTIFY inputsChanged)
    /// [{start, length, status}] of the stored text (BlockModel's statusSpans role).
    Q_PROPERTY(QVariantList spans READ spans WRITE setSpans NOTIFY inputsChanged)
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY inputsChanged)
    Q_PROPERTY(QColor accent READ accent WRITE setAccent NOTIFY inputsChanged)
    /// High contrast: fuller fills.
    Q_PROPERTY(bool contrast READ contrast WRITE setContrast NOTIFY inputsChanged)

public:
    explicit WordTints(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QFont font() const { return m_font; }
    void setFont(const QFont &font);
    qreal lineHeight() const { return m_lineHeight; }
    void setLineHeight(qreal lineHeight);
    bool justify() const { return m_justify; }
    void setJustify(bool justify);
    QVariantList spans() const { return m_spans; }
    void setSpans(const QVariantList &spans);
    QColor textColor() const { return m_textColor; }
    void setTextColor(const QColor &color);
    QColor accent() const { return m_accent; }
    void setAccent(const QColor &color);
    bool contrast() const { return m_contrast; }
    void setContrast(bool contrast);

    /// The status drawn under the word starting at `start`, -1 when none is drawn.
    Q_INVOKABLE int statusAt(int start);
    /// The rectangles drawn under the word starting at `start` (one a line), in this item.
    Q_INVOKABLE QVariantList rectsAt(int start);
    /// The fill's opacity and the underline's thickness and opacity for a status. Pure.
    static qreal fillOpacity(int status, bool contrast);
    static qreal lineThickness(int status);
    static qreal lineOpacity(int status);

Q_SIGNALS:
    void inputsChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Part {
        int start = 0;
        int status = 0;
        QRectF rect;
    };
    void changed();
    /// Sets an input; a new value redraws.
    template <typename T> void assign(T &input, const T &value)
    {
        if (input != value) {
            input = value;
            changed();
        }
    }
    const QList<Part> &parts();

    QString m_text;
    QFont m_font;
    qreal m_lineHeight = 1;
    bool m_justify = false;
    QVariantList m_spans;
    QColor m_textColor = Qt::black;
    QColor m_accent = Qt::blue;
    bool m_contrast = false;
    QList<Part> m_parts;
    bool m_dirty = true;
};

} // namespace okur::app
