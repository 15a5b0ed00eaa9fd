#include "searchmodel.h"

#include "librarybinding.h"
#include "library/library.h"
#include "text/quotes.h"

#include <algorithm>
#include <numeric>

namespace okur::app {

QString emphasise(const QString &snippet, const QList<QPair<int, int>> &hits)
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : hits) {
        if (start < at || start + length > snippet.size())
            continue;
        out += snippet.mid(at, start - at).toHtmlEscaped() + QStringLiteral("<b>")
            + snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    return out + snippet.mid(at).toHtmlEscaped();
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
    if (library == m_library)
        return;
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    run();
    Q_EMIT libraryChanged();
}

void SearchModel::attach()
{
    if (!m_library)
        return;
    connect(m_library, &library::Library::glossaryReady, this, &SearchModel::run);
    // A document added or removed changes the hits (the index follows it).
    connect(&m_library->store(), &library::DocumentStore::documentChanged, this, [this]() {
        if (!m_query.trimmed().isEmpty())
            m_debounce.start();
    });
}

void SearchModel::setQuery(const QString &q)
{
    if (q == m_query)
        return;
    m_query = q;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void SearchModel::setExact(bool exact)
{
    if (exact == m_exact)
        return;
    m_exact = exact;
    Q_EMIT queryChanged();
    run();
}

void SearchModel::run()
{
    m_debounce.stop();
    beginResetModel();
    m_hits.clear();
    m_emphasis.clear();
    m_hitCount = 0;
    m_documents = 0;
    m_notice.clear();
    if (m_library && m_library->store().isOpen() && !m_query.trimmed().isEmpty()) {
        const auto lemmatizer = m_library->lemmatizer();
        const search::Query q = search::parseQuery(m_query, m_exact, QString(), lemmatizer);
        m_notice = q.notice;
        const auto hits = search::SearchIndex(m_library->store()).search(q, QString(), search::kHitsPerSearch, lemmatizer,
                                                                                       search::kHitsPerDocument);
        m_hitCount = int(hits.size());
        // One row a passage: its first hit's snippet, with every hit inside it emphasised.
        for (const auto &h : hits) {
            if (!m_hits.isEmpty() && m_hits.last().documentId == h.documentId && m_hits.last().block == h.block) {
                const auto &first = m_hits.last();
                m_emphasis.last().append({h.start - first.start + first.snippetStart, h.length});
                continue;
            }
            m_hits.append(h);
            m_emphasis.append({{h.snippetStart, h.length}});
            if (!m_titles.contains(h.documentId)) {
                const auto d = m_library->store().document(h.documentId);
                m_titles.insert(h.documentId, d ? d->title : h.documentId);
            }
        }
        // Group by document, the document of the best hit first; reading order inside.
        QHash<QString, int> firstSeen;
        for (const auto &h : m_hits) {
            if (!firstSeen.contains(h.documentId))
                firstSeen.insert(h.documentId, int(firstSeen.size()));
        }
        QList<int> order(m_hits.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
            const auto &a = m_hits[x], &b = m_hits[y];
            const int da = firstSeen.value(a.documentId), db = firstSeen.value(b.documentId);
            if (da != db)
                return da < db;
            return a.block != b.block ? a.block < b.block : a.start < b.start;
        });
        QList<search::SearchHit> hitsSorted;
        QList<QList<QPair<int, int>>> emphasisSorted;
        for (int i : order) {
            hitsSorted << m_hits[i];
            emphasisSorted << m_emphasis[i];
        }
        m_hits = hitsSorted;
        m_emphasis = emphasisSorted;
        m_documents = int(firstSeen.size());
    }
    endResetModel();
    Q_EMIT resultsChanged();
}

bool SearchModel::capped() const { return m_hitCount >= search::kHitsPerSearch; }

int SearchModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
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
