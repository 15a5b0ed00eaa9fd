#include "tocmodel.h"

#include "librarybinding.h"
#include "library/library.h"

namespace okur::app {

TocModel::TocModel(QObject *parent) : TocModel(nullptr, parent) {}

TocModel::TocModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void TocModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    load();
    Q_EMIT libraryChanged();
}

void TocModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (id.isEmpty() || id == m_documentId) {
            load();
        }
    });
}

void TocModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    load();
    Q_EMIT documentIdChanged();
}

void TocModel::load()
{
    const int before = int(m_entries.size());
    beginResetModel();
    m_entries.clear();
    m_lengths.clear();
    m_blockCount = 0;
    if (m_library && m_library->store().isOpen() && !m_documentId.isEmpty()) {
        // The shape only: the reader opening at start-up waits for this, and the text is the block model's.
        const QList<documents::OutlineBlock> blocks = m_library->store().outline(m_documentId);
        m_blockCount = int(blocks.size());
        for (const auto &b : blocks) {
            if (b.kind == text::BlockKind::Heading) {
                m_entries.append({b.heading, b.index, b.index == 0 ? 1 : 2});
            }
        }
    }
    endResetModel();
    if (before != m_entries.size()) {
        Q_EMIT countChanged();
    }
}

int TocModel::entryForBlock(int block) const
{
    int found = -1;
    for (qsizetype i = 0; i < m_entries.size() && m_entries[i].block <= block; ++i) {
        found = int(i);
    }
    return found;
}

QVariantMap TocModel::sectionOf(int block) const
{
    const int entry = entryForBlock(block);
    const int first = entry >= 0 ? m_entries[entry].block : 0;
    const int end = entry + 1 < m_entries.size() ? m_entries[entry + 1].block : m_blockCount;
    return {{QStringLiteral("first"), first}, {QStringLiteral("end"), end}};
}

int TocModel::textLength(int block) const
{
    // Read on first use: only a paged reader estimates pages by length.
    if (m_lengths.isEmpty() && m_blockCount > 0 && m_library && m_library->store().isOpen()) {
        m_lengths = m_library->store().blockLengths(m_documentId);
    }
    return block >= 0 && block < m_lengths.size() ? m_lengths[block] : 0;
}

int TocModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant TocModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return e.title;
    case BlockRole: return e.block;
    case LevelRole: return e.level;
    default: return {};
    }
}

QHash<int, QByteArray> TocModel::roleNames() const
{
    return {{TitleRole, "title"}, {BlockRole, "block"}, {LevelRole, "level"}};
}

} // namespace okur::app
