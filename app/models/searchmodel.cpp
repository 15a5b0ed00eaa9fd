#include "searchmodel.h"

#include <QSet>

#include "librarybinding.h"
#include "library/library.h"
#include "text/quotes.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

namespace okur::app {

QString emphasise(const QString &snippet, const QList<QPair<int, int>> &hits)
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : hits) {
        if (start < at || start + length > snippet.size()) {
            continue;
        }
        out += snippet.mid(at, start - at).toHtmlEscaped() + QStringLiteral("<b>")
            + snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    return out + snippet.mid(at).toHtmlEscaped();
}

QString passageSnippet(const QString &text, const QList<QPair<int, int>> &hits, int context,
                       QList<QPair<int, int>> *emphasis)
{
    const QString ellipsis = QStringLiteral("…");
    QString out;
    emphasis->clear();
    int windowEnd = -1; // the end in `text` of the window being written
    for (const auto &[start, length] : hits) {
        if (start < 0 || length <= 0 || start + length > text.size()) {
            continue;
        }
        int from = qMax(0, start - context);
        int to = qMin(int(text.size()), start + length + context);
        // Whole words at the edges.
        while (from > 0 && from < start && !text.at(from - 1).isSpace()) {
            ++from;
        }
        while (to < text.size() && to > start + length && !text.at(to).isSpace()) {
            --to;
        }
        if (windowEnd >= 0 && from <= windowEnd + 1) {
            // Meets the window before: carry it on.
            from = windowEnd;
        } else {
            if (windowEnd >= 0) {
                out += windowEnd < text.size() ? QStringLiteral(" %1 ").arg(ellipsis) : QString();
            } else if (from > 0) {
                out += ellipsis + u' ';
            }
        }
        const int base = int(out.size()) - from;
        out += text.mid(from, to - from);
        emphasis->append({base + start, length});
        windowEnd = qMax(windowEnd, to);
    }
    if (windowEnd >= 0 && windowEnd < text.size()) {
        out += u' ' + ellipsis;
    }
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            c = u' ';
        }
    }
    return out;
}

SearchModel::SearchModel(QObject *parent) : SearchModel(nullptr, parent) {}

SearchModel::SearchModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::run);
    attach();
}

void SearchModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    run();
    Q_EMIT libraryChanged();
}

void SearchModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(m_library, &library::Library::glossaryReady, this, &SearchModel::run);
    // A document added or removed changes the hits (the index follows it).
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this]() {
        if (!m_query.trimmed().isEmpty()) {
            m_debounce.start();
        }
    });
}

void SearchModel::setQuery(const QString &q)
{
    if (q == m_query) {
        return;
    }
    m_query = q;
    m_pages = 1;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void SearchModel::setExact(bool exact)
{
    if (exact == m_exact) {
        return;
    }
    m_exact = exact;
    m_pages = 1;
    Q_EMIT queryChanged();
    run();
}

void SearchModel::loadMore()
{
    if (!m_more) {
        return;
    }
    ++m_pages;
    run();
    m_moreAsked = m_loading; // its answer is to come (a new query's run() forgets it)
}

void SearchModel::run()
{
    m_debounce.stop();
    m_moreAsked = false;
    const quint64 ticket = ++m_ticket;
    if (!m_library || !m_library->store().isOpen() || m_query.trimmed().isEmpty()) {
        show({});
        setLoading(false);
        return;
    }
    setLoading(true);
    const std::shared_ptr<std::atomic<quint64>> newest = m_newest;
    newest->store(ticket);
    const QString query = m_query;
    const bool exact = m_exact;
    const auto lemmatizer = m_library->lemmatizer();
    const int pages = m_pages;
    QPointer<SearchModel> self(this);
    m_library->read([self, newest, ticket, query, exact, lemmatizer, pages](documents::DocumentStore &store) {
        // A newer query was asked for meanwhile: this one is answered empty, unread.
        Results results = newest->load() == ticket ? find(store, query, exact, lemmatizer, pages) : Results();
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, results = std::move(results)]() mutable {
                if (!self || self->m_ticket != ticket) {
                    return;
                }
                self->show(std::move(results));
                self->setLoading(false);
            },
            Qt::QueuedConnection);
    });
}

void SearchModel::setLoading(bool loading)
{
    if (loading == m_loading) {
        return;
    }
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void SearchModel::show(Results results)
{
    // The rows loadMore() adds: a page has more passages of the documents shown too, so they are not all at the end.
    m_firstNew = -1;
    if (m_moreAsked) {
        QSet<QPair<QString, int>> shown;
        for (const search::SearchHit &hit : std::as_const(m_hits)) {
            shown.insert({hit.documentId, hit.block});
        }
        for (qsizetype i = 0; i < results.hits.size() && m_firstNew < 0; ++i) {
            if (!shown.contains({results.hits[i].documentId, results.hits[i].block})) {
                m_firstNew = int(i);
            }
        }
        m_moreAsked = false;
    }
    beginResetModel();
    m_hits = std::move(results.hits);
    m_emphasis = std::move(results.emphasis);
    m_hitCount = results.hitCount;
    m_documents = results.documents;
    m_notice = results.notice;
    m_more = results.more;
    for (auto it = results.titles.cbegin(); it != results.titles.cend(); ++it) {
        m_titles.insert(it.key(), it.value());
    }
    endResetModel();
    Q_EMIT resultsChanged();
}

SearchModel::Results SearchModel::find(documents::DocumentStore &store, const QString &query, bool exact,
                                       const tokenizer::Lemmatizer &lemmatizer, int pages)
{
    Results r;
    if (!store.isOpen()) {
        return r;
    }
    const search::Query q = search::parseQuery(query, exact, QString(), lemmatizer);
    r.notice = q.notice;
    // The first page shows a few passages of each of many documents (passages, not hits: ten hits in one
    // paragraph were a first page of one passage); later ones all the hits, a page more each time. One hit more
    // than shown is asked for, to know whether there is more.
    // A document's hits are capped too, at half the page, so one dense document cannot fill it.
    const int limit = search::kHitsPerSearch * pages;
    const int perDocument = pages == 1 ? search::kHitsPerDocument : limit;
    const int hitsPerDocument = pages == 1 ? limit / 2 : limit;
    // One passage and one hit more than shown, to know whether there is more.
    auto hits = search::SearchIndex(store).search(q, QString(), limit + 1, lemmatizer, hitsPerDocument + 1, perDocument + 1);
    QHash<QString, QSet<int>> passagesSeen;
    QHash<QString, int> hitsSeen;
    QList<search::SearchHit> kept;
    for (const auto &h : hits) {
        QSet<int> &seen = passagesSeen[h.documentId];
        int &count = hitsSeen[h.documentId];
        if ((!seen.contains(h.block) && seen.size() >= perDocument) || count >= hitsPerDocument || kept.size() >= limit) {
            r.more = true;
        } else {
            seen.insert(h.block);
            ++count;
            kept.append(h);
        }
    }
    hits = kept;
    r.hitCount = int(hits.size());
    QList<search::SearchHit> passages;
    QList<QList<QPair<int, int>>> emphasis;
    // One row a passage: its first hit's snippet, with every hit inside it emphasised.
    for (const auto &h : hits) {
        if (!passages.isEmpty() && passages.last().documentId == h.documentId && passages.last().block == h.block) {
            const auto &first = passages.last();
            emphasis.last().append({h.start - first.start + first.snippetStart, h.length});
            continue;
        }
        passages.append(h);
        emphasis.append({{h.snippetStart, h.length}});
        if (!r.titles.contains(h.documentId)) {
            const auto d = store.document(h.documentId);
            r.titles.insert(h.documentId, d ? d->title : h.documentId);
        }
    }
    // A passage with several hits shows each of them, not only its first's neighbourhood.
    QHash<QString, QList<documents::StoredBlock>> blocksOf;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        if (emphasis[i].size() < 2) {
            continue;
        }
        search::SearchHit &p = passages[i];
        auto it = blocksOf.find(p.documentId);
        if (it == blocksOf.end()) {
            it = blocksOf.insert(p.documentId, store.blocks(p.documentId));
        }
        const auto found = std::find_if(it->cbegin(), it->cend(), [&](const auto &b) { return b.index == p.block; });
        if (found == it->cend()) {
            continue;
        }
        QList<QPair<int, int>> spans;
        for (const auto &[at, length] : emphasis[i]) {
            spans.append({at - p.snippetStart + p.start, length});
        }
        p.snippet = passageSnippet(found->text, spans, 50, &emphasis[i]);
    }
    // Group by document, the document of the best hit first; reading order inside.
    QHash<QString, int> firstSeen;
    for (const auto &h : passages) {
        if (!firstSeen.contains(h.documentId)) {
            firstSeen.insert(h.documentId, int(firstSeen.size()));
        }
    }
    QList<int> order(passages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const auto &a = passages[x], &b = passages[y];
        const int da = firstSeen.value(a.documentId), db = firstSeen.value(b.documentId);
        if (da != db) {
            return da < db;
        }
        return a.block != b.block ? a.block < b.block : a.start < b.start;
    });
    for (int i : order) {
        r.hits << passages[i];
        r.emphasis << emphasis[i];
    }
    r.documents = int(firstSeen.size());
    return r;
}

bool SearchModel::capped() const
{
    return m_more;
}

int SearchModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const search::SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case DocumentRole: return h.documentId;
    case DocumentTitleRole: return m_titles.value(h.documentId, h.documentId);
    case BlockRole: return h.block;
    case StartRole: return h.start;
    case LengthRole: return h.length;
    case Qt::DisplayRole:
    case SnippetRole: return h.snippet;
    // Typographic marks as in the reader; one for one, so the emphasis offsets hold.
    case SnippetHtmlRole: return emphasise(text::typographic(h.snippet, QString()), m_emphasis.at(index.row()));
    default: return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"}, {BlockRole, "block"},
            {StartRole, "start"},         {LengthRole, "length"},               {SnippetRole, "snippet"},
            {SnippetHtmlRole, "snippetHtml"}};
}

} // namespace okur::app
