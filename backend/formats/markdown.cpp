#include "markdown.h"

#include "text/decode.h"

#include <QCoreApplication>

#include <cmark.h>

#include <memory>
#include <vector>

namespace okur::formats {

namespace {

struct CmarkNodeFree {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct CmarkIterFree {
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

// Source lines, without their line ends, to give each block its raw text.
std::vector<QByteArrayView> markdownLines(const QByteArray &utf8)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start <= utf8.size()) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0) {
            end = utf8.size();
        }
        QByteArrayView line(utf8.constData() + start, end - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

QString sourceOf(cmark_node *node, const std::vector<QByteArrayView> &lines)
{
    const qsizetype first = qMax(1, cmark_node_get_start_line(node));
    qsizetype last = qMin(qMax<qsizetype>(first, cmark_node_get_end_line(node)), qsizetype(lines.size()));
    // cmark ends a setext heading or an indented code block on the blank line after it.
    while (last > first && lines[size_t(last - 1)].trimmed().isEmpty()) {
        --last;
    }
    QByteArray raw;
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first) {
            raw += '\n';
        }
        raw += lines[size_t(i - 1)];
    }
    return QString::fromUtf8(raw);
}

QString nodeLiteral(cmark_node *node)
{
    const char *s = cmark_node_get_literal(node);
    return s ? QString::fromUtf8(s) : QString();
}

// Walks the tree with cmark's iterator (no recursion: nesting has no bound)
// and keeps one block per leaf with text.
class MarkdownWalker {
public:
    explicit MarkdownWalker(const QByteArray &utf8) : m_lines(markdownLines(utf8)) {}

    void enter(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
            m_numbers.push_back(cmark_node_get_list_start(node));
            break;
        case CMARK_NODE_ITEM:
            // A nested item's marker replaces its parent's when the parent has no text of its own.
            if (!m_numbers.empty() && cmark_node_get_list_type(cmark_node_parent(node)) == CMARK_ORDERED_LIST) {
                m_marker = QStringLiteral("%1. ").arg(m_numbers.back()++);
            } else {
                m_marker = QStringLiteral("• ");
            }
            break;
        case CMARK_NODE_PARAGRAPH:
            open(node, text::BlockKind::Paragraph);
            break;
        case CMARK_NODE_HEADING:
            open(node, text::BlockKind::Heading);
            break;
        case CMARK_NODE_CODE_BLOCK:
            open(node, text::BlockKind::Paragraph);
            m_block.text += nodeLiteral(node);
            close();
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            if (m_inBlock) {
                m_block.text += nodeLiteral(node);
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            if (m_inBlock) {
                m_block.text += u' ';
            }
            break;
        default: // HTML blocks and inline HTML, thematic breaks; emphasis, links and images give their children
            break;
        }
    }

    void exit(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
            if (!m_numbers.empty()) {
                m_numbers.pop_back();
            }
            break;
        case CMARK_NODE_ITEM:
            m_marker.clear(); // an empty item gives no block
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            close();
            break;
        default:
            break;
        }
    }

    QList<text::TextBlock> blocks;

private:
    void open(cmark_node *node, text::BlockKind kind)
    {
        m_block = {};
        m_block.kind = kind;
        m_block.raw = sourceOf(node, m_lines);
        m_inBlock = true;
    }

    void close()
    {
        m_inBlock = false;
        QString t = m_block.text.simplified();
        if (t.isEmpty()) {
            return;
        }
        m_block.text = m_marker + t;
        m_marker.clear();
        blocks.append(m_block);
    }

    std::vector<QByteArrayView> m_lines;
    std::vector<int> m_numbers; // the next number of each open list, innermost last
    QString m_marker;           // the marker of the item whose first block is still to come
    text::TextBlock m_block;
    bool m_inBlock = false;
};

} // namespace

QList<text::TextBlock> markdownBlocks(const QByteArray &utf8)
{
    const std::unique_ptr<cmark_node, CmarkNodeFree> doc(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
    if (!doc) {
        return {};
    }
    const std::unique_ptr<cmark_iter, CmarkIterFree> it(cmark_iter_new(doc.get()));
    MarkdownWalker walker(utf8);
    for (cmark_event_type ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(it.get())) {
        if (ev == CMARK_EVENT_ENTER) {
            walker.enter(cmark_iter_get_node(it.get()));
        } else if (ev == CMARK_EVENT_EXIT) {
            walker.exit(cmark_iter_get_node(it.get()));
        }
    }
    return walker.blocks;
}

text::PipelineResult processMarkdown(const QString &decoded, const text::Lexicons &lexicons)
{
    QList<text::Paragraph> paragraphs;
    for (const text::TextBlock &b : markdownBlocks(decoded.toUtf8())) {
        paragraphs.append({b.text, b.raw.split(u'\n'), b.kind});
    }
    return text::processParagraphs(paragraphs, lexicons);
}

text::PipelineResult processMarkdownBytes(const QByteArray &bytes, const text::Lexicons &lexicons)
{
    const text::DecodeResult decoded = text::decodeUtf8(bytes);
    text::PipelineResult r;
    if (!decoded.ok()) {
        r.error = decoded.error;
    } else if (decoded.text.trimmed().isEmpty()) {
        r.error = QCoreApplication::translate("okur::text", "the file is empty");
    } else {
        r = processMarkdown(decoded.text, lexicons);
    }
    return r;
}

} // namespace okur::formats
