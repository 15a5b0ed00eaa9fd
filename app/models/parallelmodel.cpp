#include "parallelmodel.h"

#include "librarybinding.h"

#include <QtConcurrent>

namespace okur::app {

ParallelModel::ParallelModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<glossary::ParallelText>::finished, this, [this]() {
        beginResetModel();
        m_text = m_watcher.result();
        endResetModel();
        m_loading = false;
        Q_EMIT loadingChanged();
        Q_EMIT countChanged();
    });
}

void ParallelModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    start();
    Q_EMIT libraryChanged();
}

void ParallelModel::attach()
{
    // The anchors come from the glossary: align again once it is there.
    followDocumentAndGlossary(this, m_library, &ParallelModel::start);
}

void ParallelModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    Q_EMIT documentIdChanged();
    start();
}

void ParallelModel::setAlign(bool align)
{
    if (align == m_align) {
        return;
    }
    m_align = align;
    Q_EMIT alignChanged();
    start();
}

void ParallelModel::start()
{
    if (!m_library || m_documentId.isEmpty() || !m_library->store().isOpen()) {
        return;
    }
    QList<text::TextBlock> blocks;
    for (const documents::StoredBlock &b : m_library->store().blocks(m_documentId)) {
        blocks.append({b.kind, b.text, QString(), b.language});
    }
    const bool available = glossary::hasParallelText(blocks);
    if (available != m_available) {
        m_available = available;
        Q_EMIT availableChanged();
    }
    if (!m_align) {
        return;
    }
    const std::optional<documents::DocumentInfo> info = m_library->store().document(m_documentId);
    const QString language = info ? info->language : QString();
    m_watcher.waitForFinished();
    m_loading = true;
    Q_EMIT loadingChanged();
    const auto glossary = m_library->glossary(); // null before it loads: lengths alone until then
    m_watcher.setFuture(QtConcurrent::run(
        [glossary, blocks, language]() { return glossary::alignDocument(blocks, language, glossary.get()); }));
}

int ParallelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_text.rows.size());
}

namespace {

QVariantList sentences(const QList<glossary::ParallelSentence> &list)
{
    QVariantList out;
    for (const glossary::ParallelSentence &s : list) {
        out.append(QVariantMap{{QStringLiteral("text"), s.text},
                               {QStringLiteral("block"), s.block},
                               {QStringLiteral("start"), s.start},
                               {QStringLiteral("length"), s.length}});
    }
    return out;
}

} // namespace

QVariant ParallelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const glossary::ParallelRow &r = m_text.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.left.isEmpty() ? (r.right.isEmpty() ? QString() : r.right.first().text) : r.left.first().text;
    case LeftRole:
        return sentences(r.left);
    case RightRole:
        return sentences(r.right);
    case HeadingRole:
        return (!r.left.isEmpty() && r.left.first().heading) || (!r.right.isEmpty() && r.right.first().heading);
    case PassageRole:
        return r.passage;
    case LeftBlockRole:
        return r.left.isEmpty() ? -1 : r.left.first().block;
    case RightBlockRole:
        return r.right.isEmpty() ? -1 : r.right.first().block;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParallelModel::roleNames() const
{
    return {{LeftRole, "leftSentences"}, {RightRole, "rightSentences"}, {HeadingRole, "heading"},
            {PassageRole, "passage"},    {LeftBlockRole, "leftBlock"},  {RightBlockRole, "rightBlock"}};
}

int ParallelModel::rowOf(int side, int block, int start) const
{
    for (int i = 0; i < m_text.rows.size(); ++i) {
        for (const glossary::ParallelSentence &s : side == 0 ? m_text.rows[i].left : m_text.rows[i].right) {
            if (s.block == block && start >= s.start && start < s.start + qMax(1, s.length)) {
                return i;
            }
        }
    }
    return -1;
}

} // namespace okur::app
