#include "html.h"
#include "tr.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <gumbo.h>
#include <unicode/ucnv.h>

#include <memory>

namespace okur::formats {

namespace {

constexpr int kMaxDepth = 400; // deeper markup is flattened, never recursed into

QString attr(const GumboNode *n, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isHeadingTag(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
        return true;
    default:
        return isHeadingTag(t);
    }
}

// Never reading: code, widgets, embedded objects, hidden content.
bool isNeverText(const GumboNode *n)
{
    switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_MENU:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
        return true;
    default:
        break;
    }
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden") ||
        attr(n, "aria-hidden").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    static const QSet<QString> furnitureRoles = {
        QStringLiteral("navigation"), QStringLiteral("doc-pagebreak"), QStringLiteral("dialog"),
        QStringLiteral("alertdialog"), QStringLiteral("search"), QStringLiteral("menu"), QStringLiteral("doc-toc")};
    if (furnitureRoles.contains(attr(n, "role").toLower())) {
        return true;
    }
    // EPUB page-break markers carry print page numbers, not text.
    // A title page repeats the metadata the library shows anyway.
    const QString epubType = attr(n, "epub:type");
    return epubType.contains(QLatin1String("pagebreak")) || epubType.contains(QLatin1String("titlepage"));
}

// Page furniture of web pages, by element and by the words in its class/id.
bool isWebFurniture(const GumboNode *n, bool insideArticle)
{
    const GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER) {
        return true;
    }
    if (t == GUMBO_TAG_HEADER && !insideArticle) {
        return true;
    }
    static const QSet<QString> roles = {QStringLiteral("banner"), QStringLiteral("contentinfo"),
                                        QStringLiteral("complementary")};
    if (roles.contains(attr(n, "role").toLower())) {
        return true;
    }
    static const QSet<QString> words = {
        QStringLiteral("cookie"), QStringLiteral("cookies"), QStringLiteral("consent"), QStringLiteral("gdpr"),
        QStringLiteral("banner"), QStringLiteral("newsletter"), QStringLiteral("subscribe"),
        QStringLiteral("share"), QStringLiteral("sharing"), QStringLiteral("social"), QStringLiteral("related"),
        QStringLiteral("comments"), QStringLiteral("comment"), QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"), QStringLiteral("sidebar"), QStringLiteral("advert"), QStringLiteral("ad"),
        QStringLiteral("ads"), QStringLiteral("promo"), QStringLiteral("popup"), QStringLiteral("modal"),
        QStringLiteral("footer"), QStringLiteral("nav"), QStringLiteral("navbar"), QStringLiteral("menu"),
        QStringLiteral("skip"), QStringLiteral("toolbar"), QStringLiteral("masthead")};
    static const QRegularExpression split(QStringLiteral("[\\s_-]+"));
    const QString names = attr(n, "class") + u' ' + attr(n, "id");
    for (const QString &w : names.toLower().split(split, Qt::SkipEmptyParts)) {
        if (words.contains(w)) {
            return true;
        }
    }
    return false;
}

// Walks the tree once, cutting blocks at block-level elements.
class Walker {
public:
    Walker(const QByteArray &src, HtmlMode mode) : m_src(src), m_mode(mode) { }

    void walk(const GumboNode *n, const QString &lang, int depth, bool inArticle, bool pre)
    {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            addText(n, lang, pre);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth || isNeverText(n)) {
            return;
        }
        if (m_mode == HtmlMode::WebPage && isWebFurniture(n, inArticle)) {
            return;
        }
        const GumboElement &e = n->v.element;
        QString l = attr(n, "xml:lang");
        if (l.isEmpty()) {
            l = attr(n, "lang");
        }
        l = l.isEmpty() ? lang : primaryLanguage(l);
        const QString id = attr(n, "id");
        if (!id.isEmpty()) {
            m_pendingAnchors << id;
        }
        const bool block = isBlockTag(e.tag);
        if (e.tag == GUMBO_TAG_BR) {
            spaceIfNeeded();
            return;
        }
        if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
            if (!m_text.isEmpty()) {
                m_text += QStringLiteral(" | ");
            }
        }
        if (block) {
            flush();
            m_start = qsizetype(e.start_pos.offset);
            m_lang = l;
            if (isHeadingTag(e.tag)) {
                m_kind = text::BlockKind::Heading;
            } else if (e.tag == GUMBO_TAG_FIGCAPTION || e.tag == GUMBO_TAG_CAPTION) {
                m_kind = text::BlockKind::Caption;
            }
            if (e.tag == GUMBO_TAG_LI) {
                m_text = QStringLiteral("• ");
            }
        }
        const bool article = inArticle || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN;
        const bool isPre = pre || e.tag == GUMBO_TAG_PRE;
        for (unsigned i = 0; i < e.children.length; ++i) {
            walk(static_cast<const GumboNode *>(e.children.data[i]), l, depth + 1, article, isPre);
        }
        if (block) {
            m_end = qsizetype(e.end_pos.offset) + qsizetype(e.original_end_tag.length);
            flush();
        }
    }

    void flush()
    {
        const QString t = m_text.trimmed();
        if (!t.isEmpty() && t != QStringLiteral("•")) {
            text::TextBlock b;
            b.kind = m_kind;
            b.text = t;
            b.language = m_lang;
            const qsizetype from = qBound<qsizetype>(0, m_start, m_src.size());
            const qsizetype to = qBound<qsizetype>(from, m_end, m_src.size());
            b.raw = QString::fromUtf8(m_src.mid(from, to - from)).trimmed();
            if (b.raw.isEmpty()) {
                b.raw = t;
            }
            for (const QString &a : std::as_const(m_pendingAnchors)) {
                m_anchors.insert(a, int(m_blocks.size()));
            }
            m_pendingAnchors.clear();
            m_blocks.append(b);
        }
        m_text.clear();
        m_kind = text::BlockKind::Paragraph;
        m_start = m_end = -1;
    }

    QList<text::TextBlock> takeBlocks()
    {
        flush();
        // Anchors after the last block point past the end: to the last block.
        for (const QString &a : std::as_const(m_pendingAnchors)) {
            m_anchors.insert(a, qMax(0, int(m_blocks.size()) - 1));
        }
        return std::move(m_blocks);
    }
    QHash<QString, int> anchors() const { return m_anchors; }

private:
    void spaceIfNeeded()
    {
        if (!m_text.isEmpty() && !m_text.back().isSpace()) {
            m_text += u' ';
        }
    }

    void addText(const GumboNode *n, const QString &lang, bool pre)
    {
        const GumboText &t = n->v.text;
        QString s = QString::fromUtf8(t.text);
        if (!pre) {
            s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        }
        if (s.trimmed().isEmpty()) {
            spaceIfNeeded();
            return;
        }
        if (m_text.isEmpty() || m_text == QStringLiteral("• ")) {
            if (m_start < 0) {
                m_start = qsizetype(t.start_pos.offset);
            }
            if (m_lang.isEmpty()) {
                m_lang = lang;
            }
            while (!s.isEmpty() && s.front().isSpace()) {
                s.remove(0, 1);
            }
        }
        if (!m_text.isEmpty() && m_text.back().isSpace() && s.front().isSpace()) {
            s.remove(0, 1);
        }
        m_text += s;
        m_end = qMax(m_end, qsizetype(t.start_pos.offset + t.original_text.length));
    }

    const QByteArray &m_src;
    HtmlMode m_mode;
    QList<text::TextBlock> m_blocks;
    QHash<QString, int> m_anchors;
    QStringList m_pendingAnchors;
    QString m_text;
    QString m_lang;
    text::BlockKind m_kind = text::BlockKind::Paragraph;
    qsizetype m_start = -1;
    qsizetype m_end = -1;
};

// Depth-first search without recursion: deep markup must not exhaust the stack.
template<typename F>
void forEachElement(const GumboNode *root, F &&f)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
            continue;
        }
        if (n->type == GUMBO_NODE_ELEMENT && !f(n)) {
            continue;
        }
        const GumboVector &c = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (unsigned i = c.length; i > 0; --i) {
            stack.append(static_cast<const GumboNode *>(c.data[i - 1]));
        }
    }
}

QString textOf(const GumboNode *n)
{
    QString s;
    QList<const GumboNode *> stack{n};
    while (!stack.isEmpty()) {
        const GumboNode *c = stack.takeLast();
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) {
            s += QString::fromUtf8(c->v.text.text);
        } else if (c->type == GUMBO_NODE_ELEMENT && !isNeverText(c)) {
            for (unsigned i = c->v.element.children.length; i > 0; --i) {
                stack.append(static_cast<const GumboNode *>(c->v.element.children.data[i - 1]));
            }
        }
    }
    return s.simplified();
}

QString isoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
    const auto m = re.match(s.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

// Bytes as UTF-8: as they are when valid, else converted from the declared charset.
QByteArray toUtf8(const QByteArray &bytes, QString *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes); // the result is lazy: it must be taken to decode
    Q_UNUSED(decoded);
    if (!utf8.hasError()) {
        return bytes;
    }
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
    const QByteArray name = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    if (name.isEmpty() || name.compare("utf-8", Qt::CaseInsensitive) == 0) {
        *error = tr("the page is not valid UTF-8 and declares no other character set");
        return {};
    }
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(bytes.size() * 3 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_convert("UTF-8", name.constData(), out.data(), int32_t(out.size()), bytes.constData(),
                                   int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        *error = tr("the page's character set \"%1\" is not known").arg(QString::fromLatin1(name));
        return {};
    }
    out.truncate(n);
    return out;
}

void readWebMetadata(const GumboNode *root, StructuredDocument &doc, QString *h1)
{
    QString ogTitle, pageTitle, author, date;
    forEachElement(root, [&](const GumboNode *n) {
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_HTML && doc.language.isEmpty()) {
            doc.language = primaryLanguage(attr(n, "lang").isEmpty() ? attr(n, "xml:lang") : attr(n, "lang"));
        }
        if (t == GUMBO_TAG_TITLE && pageTitle.isEmpty()) {
            pageTitle = textOf(n);
        }
        if (t == GUMBO_TAG_H1 && h1->isEmpty()) {
            *h1 = textOf(n);
        }
        if (t == GUMBO_TAG_TIME && date.isEmpty()) {
            date = isoDate(attr(n, "datetime"));
        }
        if (t == GUMBO_TAG_META) {
            const QString key = (attr(n, "property") + attr(n, "name") + attr(n, "itemprop")).toLower();
            const QString content = attr(n, "content");
            if (key == QLatin1String("og:title")) {
                ogTitle = content;
            } else if ((key == QLatin1String("author") || key == QLatin1String("article:author") ||
                        key == QLatin1String("dc.creator")) &&
                       author.isEmpty() && !content.startsWith(QLatin1String("http"))) {
                author = content;
            } else if (key.contains(QLatin1String("published")) || key == QLatin1String("date") ||
                       key == QLatin1String("dc.date") || key == QLatin1String("datepublished")) {
                date = isoDate(content).isEmpty() ? date : isoDate(content);
            }
        }
        if (author.isEmpty() && (attr(n, "rel") == QLatin1String("author") || attr(n, "itemprop") == QLatin1String("author"))) {
            const QString a = textOf(n);
            if (!a.isEmpty() && a.size() < 80) {
                author = a;
            }
        }
        return !isNeverText(n) || t == GUMBO_TAG_HEAD;
    });
    // A <title> usually carries the site's name too; the page's own h1 is cleaner.
    doc.title = !h1->isEmpty() && pageTitle.contains(*h1) ? *h1 : !ogTitle.isEmpty() ? ogTitle : pageTitle;
    if (doc.title.isEmpty()) {
        doc.title = *h1;
    }
    if (!author.isEmpty()) {
        doc.authors << author;
    }
    doc.date = date;
}

// The element holding the reading: the <article>/<main> with most text, if it
// holds a good share of the page; else the body.
const GumboNode *mainContent(const GumboNode *root)
{
    const GumboNode *body = nullptr;
    const GumboNode *best = nullptr;
    qsizetype bestLen = 0;
    forEachElement(root, [&](const GumboNode *n) {
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_BODY) {
            body = n;
        }
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || attr(n, "role") == QLatin1String("main")
            || attr(n, "itemprop") == QLatin1String("articleBody")) {
            const qsizetype len = textOf(n).size();
            if (len > bestLen) {
                bestLen = len;
                best = n;
            }
        }
        return !isNeverText(n);
    });
    if (!body) {
        return root;
    }
    if (best && bestLen * 3 >= textOf(body).size() / 2) {
        return best;
    }
    return body;
}

bool isCookieNotice(const QString &t)
{
    const QString l = t.toLower();
    return t.size() < 400 && l.contains(QLatin1String("cookie"))
           && (l.contains(QLatin1String("accept")) || l.contains(QLatin1String("consent"))
               || l.contains(QLatin1String("we use")) || l.contains(QLatin1String("kullan")));
}

} // namespace

HtmlResult readHtml(const QByteArray &input, HtmlMode mode, const QString &inheritedLanguage)
{
    HtmlResult r;
    const qsizetype rootAt = input.indexOf("<html");
    if (input.left(rootAt < 0 ? 4096 : rootAt).contains("<!ENTITY")) {
        r.doc.error = tr("the page declares XML entities (refused: they can expand without bound)");
        return r;
    }
    const QByteArray bytes = toUtf8(input, &r.doc.error);
    if (!r.doc.ok()) {
        return r;
    }
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> out(
        gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!out) {
        r.doc.error = tr("the page cannot be parsed");
        return r;
    }
    QString h1;
    readWebMetadata(out->document, r.doc, &h1);
    QString lang = r.doc.language.isEmpty() ? inheritedLanguage : r.doc.language;
    const GumboNode *root = mode == HtmlMode::WebPage ? mainContent(out->document) : out->root;
    Walker w(bytes, mode);
    // The content root inherits the language of its ancestors.
    for (const GumboNode *p = root; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
        const QString l = attr(p, "xml:lang").isEmpty() ? attr(p, "lang") : attr(p, "xml:lang");
        if (!l.isEmpty()) {
            lang = primaryLanguage(l);
            break;
        }
    }
    w.walk(root, lang, 0, false, false);
    r.doc.blocks = w.takeBlocks();
    r.anchors = w.anchors();
    if (mode == HtmlMode::WebPage) {
        r.doc.blocks.removeIf([](const text::TextBlock &b) { return isCookieNotice(b.text); });
        r.anchors.clear(); // not needed for pages; indices changed
    }
    return r;
}

} // namespace okur::formats
