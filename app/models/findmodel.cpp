#include "findmodel.h"

#include "librarybinding.h"

#include <QCoreApplication>
#include <QPointer>

namespace okur::app {

FindModel::FindModel(QObject *parent) : FindModel(nullptr, parent) {}

FindModel::FindModel(library::Library *library, QObject *parent) : QObject(parent), m_library(library)
{
    attach();
}

void FindModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    recompute();
    Q_EMIT libraryChanged();
}

void FindModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (id.isEmpty() || id == m_documentId) {
            recompute();
        }
    });
}

void FindModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    Q_EMIT documentIdChanged();
    recompute();
}

void FindModel::setQuery(const QString &q)
{
    if (q == m_query) {
        return;
    }
    m_query = q;
    recompute();
}

void FindModel::setExact(bool exact)
{
    if (exact == m_exact) {
        return;
    }
    m_exact = exact;
    recompute();
}

void FindModel::setFrom(int block)
{
    if (block == m_from) {
        return;
    }
    m_from = block;
    Q_EMIT fromChanged();
}

void FindModel::recompute()
{
    const quint64 ticket = ++m_ticket;
    if (!m_library || !m_library->store().isOpen() || m_documentId.isEmpty() || m_query.trimmed().isEmpty()) {
        m_newest->store(ticket);
        show({});
        setLoading(false);
        return;
    }
    setLoading(true);
    m_newest->store(ticket);
    const auto newest = m_newest;
    const auto lemmatizer = m_library->lemmatizer();
    const search::Query q = search::parseQuery(m_query, m_exact, QString(), lemmatizer);
    const QString documentId = m_documentId;
    QPointer<FindModel> self(this);
    m_library->read([self, newest, ticket, q, documentId, lemmatizer](documents::DocumentStore &store) {
        QList<Hit> hits;
        // A newer query was asked for meanwhile: this one is answered empty, unread.
        if (newest->load() == ticket) {
            for (const auto &b : store.blocks(documentId)) {
                if (newest->load() != ticket) {
                    break;
                }
                for (const search::Span &s : search::findSpans(b.text, b.language, q, lemmatizer)) {
                    hits.append({b.index, s.start, s.length});
                }
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, hits = std::move(hits)]() mutable {
                if (!self || self->m_ticket != ticket) {
                    return;
                }
                self->show(std::move(hits));
                self->setLoading(false);
            },
            Qt::QueuedConnection);
    });
}

void FindModel::show(QList<Hit> hits)
{
    m_hits = std::move(hits);
    m_current = -1;
    ++m_revision;
    Q_EMIT resultsChanged();
    Q_EMIT currentChanged();
    if (!m_hits.isEmpty() || !m_query.trimmed().isEmpty()) {
        Q_EMIT found(firstFrom(m_from));
    }
}

void FindModel::setLoading(bool loading)
{
    if (loading == m_loading) {
        return;
    }
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QVariantMap FindModel::select(int i)
{
    if (m_hits.isEmpty()) {
        return {};
    }
    m_current = (i % int(m_hits.size()) + int(m_hits.size())) % int(m_hits.size());
    ++m_revision;
    Q_EMIT resultsChanged();
    Q_EMIT currentChanged();
    const Hit &h = m_hits.at(m_current);
    return {{QStringLiteral("block"), h.block}, {QStringLiteral("start"), h.start}, {QStringLiteral("length"), h.length}};
}

QVariantMap FindModel::next() { return select(m_current + 1); }
QVariantMap FindModel::previous() { return select(m_current < 0 ? -1 : m_current - 1); }

QVariantMap FindModel::firstFrom(int block)
{
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].block >= block) {
            return select(i);
        }
    }
    return select(0);
}

QVariantList FindModel::hitsForBlock(int block) const
{
    QVariantList out;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].block == block) {
            out.append(QVariantMap{{QStringLiteral("start"), m_hits[i].start}, {QStringLiteral("length"), m_hits[i].length},
                                   {QStringLiteral("current"), i == m_current}});
        }
    }
    return out;
}

} // namespace okur::app
