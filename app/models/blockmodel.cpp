#include "blockmodel.h"
#include "annotationmodel.h"

#include "glossary/wordstatus.h"
#include "librarybinding.h"
#include "sync/syncengine.h"
#include "text/quotes.h"
#include "text/selection.h"
#include "text/words.h"
#include "typography.h"

namespace okur::app {

BlockModel::BlockModel(QObject *parent) : BlockModel(nullptr, parent) {}

BlockModel::BlockModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void BlockModel::setLibrary(library::Library *library)
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

void BlockModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (!m_documentId.isEmpty() && (id.isEmpty() || id == m_documentId)) {
            load();
        }
    });
    // Another process moved this document's position (what is worth offering
    // depends on it), or a sync merged other devices' positions.
    connect(&m_library->store(), &documents::DocumentStore::positionChanged, this, [this](const QString &id) {
        if (!m_saving && !m_documentId.isEmpty() && (id.isEmpty() || id == m_documentId)) {
            refreshElsewhere();
        }
    });
    connect(m_library, &library::Library::positionsElsewhereChanged, this, [this]() {
        if (!m_documentId.isEmpty()) {
            refreshElsewhere();
        }
    });
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, this, &BlockModel::statusesChanged);
    // Lemmas come with the glossary, which loads after the first frame.
    connect(m_library, &library::Library::glossaryReady, this, &BlockModel::statusesChanged);
}

void BlockModel::setMarkWords(bool mark)
{
    if (mark == m_markWords) {
        return;
    }
    m_markWords = mark;
    statusesChanged();
    Q_EMIT markWordsChanged();
}

void BlockModel::statusesChanged()
{
    m_tokens.clear();
    m_statuses.clear();
    if (!m_blocks.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_blocks.size()) - 1), {StatusSpansRole});
    }
}

const QList<glossary::StatusToken> &BlockModel::statusTokens(int row) const
{
    static const QList<glossary::StatusToken> none;
    if (!m_library || !m_library->lemmatizer() || row < 0 || row >= m_blocks.size()) {
        return none;
    }
    auto it = m_tokens.constFind(row);
    if (it == m_tokens.cend()) {
        const documents::StoredBlock &b = m_blocks.at(row);
        // Words to learn are the document's language's, as its known share counts them (library/progress.h): an
        // abstract in the reader's own language is not tinted word by word, nor marked known with the page.
        if (b.language != m_info.language) {
            return none;
        }
        if (!m_statuses.contains(b.language)) {
            m_statuses.insert(b.language, m_library->wordStatus().statuses(b.language));
        }
        // On the text as shown, so the offsets are the delegate's.
        it = m_tokens.insert(row, glossary::statusTokens(typography::forDisplay(b.text, b.language), b.language,
                                                         m_library->lemmatizer(), m_statuses.value(b.language)));
    }
    return *it;
}

int BlockModel::markNewAsKnown(int first, int last)
{
    if (!m_library || m_blocks.isEmpty()) {
        return -1;
    }
    QHash<QString, QStringList> lemmas; // language -> new lemmas in view
    for (int row = qMax(0, first); row <= qMin(last, int(m_blocks.size()) - 1); ++row) {
        for (const glossary::StatusToken &t : statusTokens(row)) {
            if (t.counted && t.status == glossary::StatusNew) {
                lemmas[m_blocks.at(row).language].append(t.lemma);
            }
        }
    }
    int changed = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = lemmas.cbegin(); it != lemmas.cend(); ++it) {
        const int n = m_library->wordStatus().markNewAsKnown(it.key(), it.value(), now);
        if (n < 0) {
            return -1;
        }
        changed += n;
    }
    return changed;
}

void BlockModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    load();
}

void BlockModel::load()
{
    const int before = int(m_blocks.size());
    beginResetModel();
    m_blocks.clear();
    m_tokens.clear();
    m_statuses.clear();
    m_info = {};
    m_saved = {};
    m_error.clear();
    m_highlights.clear();
    if (m_library && m_library->store().isOpen() && !m_documentId.isEmpty()) {
        auto &store = m_library->store();
        if (const auto info = store.document(m_documentId)) {
            m_info = *info;
            m_blocks = store.blocks(m_documentId);
            m_saved = store.position(m_documentId);
        } else {
            m_error = tr("This document is not in the library.");
        }
    }
    endResetModel();
    refreshHighlights();
    refreshElsewhere();
    Q_EMIT documentIdChanged();
    if (before != m_blocks.size()) {
        Q_EMIT countChanged();
    }
}

void BlockModel::savePosition(int block, double offset)
{
    if (!m_library || m_blocks.isEmpty() || block < 0 || block >= m_blocks.size()) {
        return;
    }
    const documents::ReadingPosition p = documents::readingPosition(block, offset, int(m_blocks.size()));
    if (p.block == m_saved.block && qAbs(p.offset - m_saved.offset) < 0.001) {
        return;
    }
    m_saved = p;
    m_saving = true;
    m_library->store().setPosition(m_documentId, p);
    m_saving = false;
}

void BlockModel::refreshElsewhere()
{
    QVariantMap next;
    if (m_library && m_library->store().isOpen() && !m_blocks.isEmpty()) {
        // One read of the sync records; the latest other device is the one offered.
        const QList<sync::DevicePosition> others = sync::positionsElsewhere(m_library->store(), m_documentId);
        // Within a block of here is the same page: nothing worth offering.
        if (!others.isEmpty() && qAbs(others.first().block - m_saved.block) >= 2 &&
            others.first().block < m_blocks.size()) {
            const sync::DevicePosition &d = others.first();
            next = {{QStringLiteral("device"), d.device},
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("block"), d.block},
                    {QStringLiteral("offset"), d.offset},
                    {QStringLiteral("progress"), d.progress}};
        }
    }
    if (next != m_elsewhere) {
        m_elsewhere = next;
        Q_EMIT elsewhereChanged();
    }
}

QVariantMap BlockModel::find(const QString &text, int fromBlock) const
{
    for (qsizetype i = qMax(0, fromBlock); i < m_blocks.size() && !text.isEmpty(); ++i) {
        // Indifferent to which apostrophe or quote the source or the reader typed.
        const qsizetype at =
            text::plainQuotes(m_blocks[i].text).indexOf(text::plainQuotes(text), 0, Qt::CaseInsensitive);
        if (at >= 0) {
            return {{QStringLiteral("block"), int(i)},
                    {QStringLiteral("start"), int(at)},
                    {QStringLiteral("text"), typography::forDisplay(m_blocks[i].text, m_blocks[i].language)},
                    {QStringLiteral("language"), m_blocks[i].language}};
        }
    }
    return {};
}

QVariantMap BlockModel::stepSelection(int block, int anchorStart, int anchorEnd, int focus, bool bySentence,
                                      bool forward) const
{
    if (block < 0 || block >= m_blocks.size()) {
        return {};
    }
    // The text as shown, so offsets match the delegate's.
    const QString shown = data(index(block), TextRole).toString();
    QList<text::TextSpan> units;
    if (bySentence) {
        units = text::sentenceSpans(shown, m_blocks[block].language);
    } else {
        for (const text::WordSpan &w : text::words(shown)) {
            units.append({w.start, w.length});
        }
    }
    if (units.isEmpty()) {
        return {};
    }
    text::KeySelection selection;
    if (anchorStart < 0) {
        selection = {units.first(), units.first().end()};
    } else {
        const int size = int(shown.size());
        const int s = qBound(0, anchorStart, size);
        selection = {{s, qBound(s, anchorEnd, size) - s}, qBound(0, focus, size)};
        selection = text::stepSelection(units, selection, forward);
    }
    return {{QStringLiteral("anchorStart"), selection.anchor.start},
            {QStringLiteral("anchorEnd"), selection.anchor.end()},
            {QStringLiteral("focus"), selection.focus},
            {QStringLiteral("start"), selection.start()},
            {QStringLiteral("end"), selection.end()}};
}

QVariantMap BlockModel::wordBeside(int block, int position, bool forward) const
{
    if (block < 0 || block >= m_blocks.size()) {
        return {};
    }
    const QList<text::WordSpan> words = text::words(data(index(block), TextRole).toString());
    const auto at = [](const text::WordSpan &w) {
        return QVariantMap{{QStringLiteral("start"), w.start}, {QStringLiteral("end"), w.start + w.length}};
    };
    if (forward) {
        for (const text::WordSpan &w : words) {
            if (position < 0 || w.start >= position) {
                return at(w);
            }
        }
    } else {
        for (auto w = words.crbegin(); w != words.crend(); ++w) {
            if (position < 0 || w->start + w->length <= position) {
                return at(*w);
            }
        }
    }
    return {};
}

int BlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant BlockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const documents::StoredBlock &b = m_blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return typography::forDisplay(b.text, b.language);
    case KindRole:
        return text::blockKindName(b.kind);
    case LanguageRole:
        return b.language;
    case RawRole:
        return b.raw;
    case BlockRole:
        return b.index;
    case HeadingLevelRole:
        return b.kind == text::BlockKind::Heading ? (index.row() == 0 ? 1 : 2) : 0;
    case HighlightsRole:
        return m_highlights.value(index.row());
    case StatusSpansRole: {
        // New and learning words only; names, numbers, known and ignored words stay plain.
        QVariantList spans;
        if (m_markWords) {
            for (const glossary::StatusToken &t : statusTokens(index.row())) {
                if (t.counted && t.status >= glossary::StatusNew && t.status <= glossary::StatusLearning4) {
                    spans.append(QVariantMap{{QStringLiteral("start"), t.start},
                                             {QStringLiteral("length"), t.length},
                                             {QStringLiteral("status"), t.status}});
                }
            }
        }
        return spans;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> BlockModel::roleNames() const
{
    return {{TextRole, "text"},
            {KindRole, "kind"},
            {LanguageRole, "language"},
            {RawRole, "raw"},
            {BlockRole, "block"},
            {HeadingLevelRole, "headingLevel"},
            {HighlightsRole, "highlights"},
            {StatusSpansRole, "statusSpans"}};
}

void BlockModel::setAnnotations(AnnotationModel *annotations)
{
    if (m_annotations == annotations) {
        return;
    }
    if (m_annotations) {
        disconnect(m_annotations, nullptr, this, nullptr);
    }
    m_annotations = annotations;
    if (m_annotations) {
        connect(m_annotations, &AnnotationModel::changed, this, &BlockModel::refreshHighlights);
        connect(m_annotations, &QObject::destroyed, this, &BlockModel::refreshHighlights);
    }
    refreshHighlights();
    Q_EMIT annotationsChanged();
}

void BlockModel::refreshHighlights()
{
    QHash<int, QVariantList> fresh;
    if (m_annotations && m_annotations->documentId() == m_documentId) {
        fresh = m_annotations->highlightsByBlock();
        fresh.removeIf([this](const auto &it) { return it.key() < 0 || it.key() >= m_blocks.size(); });
    }
    QList<int> changed;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (m_highlights.value(it.key()) != it.value()) {
            changed << it.key();
        }
    }
    for (auto it = m_highlights.cbegin(); it != m_highlights.cend(); ++it) {
        if (!fresh.contains(it.key())) {
            changed << it.key();
        }
    }
    m_highlights = std::move(fresh);
    for (int row : std::as_const(changed)) {
        Q_EMIT dataChanged(index(row), index(row), {HighlightsRole});
    }
}

bool BlockModel::titleInText() const
{
    if (m_blocks.isEmpty() || m_blocks.first().kind != text::BlockKind::Heading) {
        return false;
    }
    // As a reader compares them: quotes, spacing, case and a closing full stop aside.
    const auto folded = [](const QString &s) {
        QString t = text::plainQuotes(s).simplified().toCaseFolded();
        while (t.endsWith(u'.') || t.endsWith(u':')) {
            t.chop(1);
        }
        return t;
    };
    return !m_info.title.isEmpty() && folded(m_blocks.first().text) == folded(m_info.title);
}

QString BlockModel::date() const { return typography::displayDate(m_info.date); }

QString BlockModel::title() const
{
    return typography::forDisplay(m_info.title, m_info.language);
}

} // namespace okur::app
