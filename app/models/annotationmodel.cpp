#include "annotationmodel.h"

#include "annotations/anchoring.h"
#include "annotations/annotationstore.h"
#include "librarybinding.h"
#include "library/library.h"
#include "writeresult.h"

#include <QDateTime>

namespace okur::app {

using annotations::Annotation;
using annotations::AnnotationStore;

AnnotationModel::AnnotationModel(QObject *parent) : AnnotationModel(nullptr, parent) {}

AnnotationModel::AnnotationModel(library::Library *library, QObject *parent)
    : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void AnnotationModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    m_undo.clear();
    m_blockTexts.clear();
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void AnnotationModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (id.isEmpty() || id == m_documentId) {
            m_blockTexts.clear(); // the text may have been repaired anew
            reload();
        }
    });
    // Every write to the annotations, from this model, another view, another
    // process or a sync, arrives here.
    connect(&m_library->annotations(), &AnnotationStore::changed, this, [this](const QString &documentId) {
        if (documentId.isEmpty() || documentId == m_documentId) {
            reload();
        }
    });
}

QStringList AnnotationModel::colors() const { return annotations::colors(); }

void AnnotationModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    m_undo.clear();
    m_blockTexts.clear();
    reload();
    Q_EMIT documentIdChanged();
}

void AnnotationModel::setColorFilter(const QString &color)
{
    if (color == m_colorFilter) {
        return;
    }
    m_colorFilter = color;
    reload();
    Q_EMIT colorFilterChanged();
}

void AnnotationModel::reload()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    if (m_library && m_library->store().isOpen() && !m_documentId.isEmpty()) {
        m_all = AnnotationStore(m_library->store().database()).list(m_documentId);
        for (const Annotation &a : m_all) {
            if (m_colorFilter.isEmpty() || (a.kind == QLatin1String("highlight") && a.color == m_colorFilter)) {
                m_rows.append(a);
            }
        }
    }
    endResetModel();
    ++m_revision;
    Q_EMIT changed();
}

const QStringList &AnnotationModel::blockTexts()
{
    // Read when first needed, to anchor a new annotation: a reader that only reads never needs them (and opening at
    // start-up does not wait for a second reading of the whole text).
    if (m_blockTexts.isEmpty() && m_library && m_library->store().isOpen() && !m_documentId.isEmpty()) {
        for (const auto &b : m_library->store().blocks(m_documentId)) {
            m_blockTexts << b.text;
        }
    }
    return m_blockTexts;
}

const Annotation *AnnotationModel::find(const QString &id) const
{
    for (const Annotation &a : m_all) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

bool AnnotationModel::fail(const QString &reason)
{
    if (m_error != reason) {
        m_error = reason;
        Q_EMIT errorChanged();
    }
    return false;
}

bool AnnotationModel::settle(bool ok)
{
    if (!ok) {
        return fail(writeFailure(m_library->store().database()));
    }
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    return true;
}

bool AnnotationModel::writable()
{
    if (!m_library || !m_library->store().isOpen()) {
        return fail(tr("the library is not open"));
    }
    // A reason left by an earlier statement must not be shown for this write.
    m_library->store().database().setError(QString());
    return true;
}

QString AnnotationModel::addHighlight(int block, int start, int end, const QString &color, const QString &note)
{
    if (!writable()) {
        return {};
    }
    const QStringList &texts = blockTexts();
    if (block < 0 || block >= texts.size() || start >= end) {
        fail(tr("the selection is not in this document"));
        return {};
    }
    // The quote starts and ends on a word, whatever the selection caught at its edges.
    const QString &text = texts.at(block);
    while (start < end && start < text.size() && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && end <= text.size() && text.at(end - 1).isSpace()) {
        --end;
    }
    if (start >= end) {
        fail(tr("the selection is not in this document"));
        return {};
    }
    Annotation a;
    a.documentId = m_documentId;
    a.block = block;
    a.start = start;
    a.end = end;
    a.color = color;
    a.note = note;
    annotations::captureContext(a, texts);
    const auto saved = m_library->annotations().add(a);
    if (!settle(saved.has_value())) {
        reload();
        return {};
    }
    m_undo.append({Action::Added, *saved});
    Q_EMIT changed(); // the rows came with the store's signal; canUndo did not
    return saved->id;
}

QString AnnotationModel::addBookmark(int block, double share)
{
    if (!writable()) {
        return {};
    }
    const QStringList &texts = blockTexts();
    if (block < 0 || block >= texts.size()) {
        fail(tr("the position is not in this document"));
        return {};
    }
    Annotation a;
    a.kind = QStringLiteral("bookmark");
    a.documentId = m_documentId;
    a.block = block;
    a.start = annotations::bookmarkStart(texts[block], share);
    a.end = a.start + annotations::bookmarkEnd(texts[block].mid(a.start));
    annotations::captureContext(a, texts);
    const auto saved = m_library->annotations().add(a);
    if (!settle(saved.has_value())) {
        reload();
        return {};
    }
    m_undo.append({Action::Added, *saved});
    Q_EMIT changed();
    return saved->id;
}

bool AnnotationModel::setColor(const QString &id, const QString &color)
{
    if (!writable()) {
        return false;
    }
    const Annotation *a = find(id);
    if (!a) {
        return fail(tr("the highlight no longer exists"));
    }
    if (!annotations::colors().contains(color)) {
        return fail(tr("unknown colour %1").arg(color));
    }
    Annotation changedA = *a;
    changedA.color = color;
    const Annotation before = *a;
    const bool ok = settle(m_library->annotations().update(changedA));
    return recorded(ok, {Action::Updated, before});
}

bool AnnotationModel::setNote(const QString &id, const QString &note)
{
    if (!writable()) {
        return false;
    }
    const Annotation *a = find(id);
    if (!a) {
        return fail(tr("the highlight no longer exists"));
    }
    Annotation changedA = *a;
    changedA.note = note;
    const Annotation before = *a;
    const bool ok = settle(m_library->annotations().update(changedA));
    return recorded(ok, {Action::Updated, before});
}

bool AnnotationModel::remove(const QString &id)
{
    if (!writable()) {
        return false;
    }
    const Annotation *a = find(id);
    if (!a) {
        return fail(tr("the highlight no longer exists"));
    }
    const Annotation before = *a;
    const bool ok = settle(m_library->annotations().remove(id));
    return recorded(ok, {Action::Removed, before});
}

bool AnnotationModel::undo()
{
    if (m_undo.isEmpty()) {
        return fail(tr("there is nothing to undo"));
    }
    if (!writable()) {
        return false;
    }
    const Action action = m_undo.last();
    AnnotationStore &store = m_library->annotations();
    bool ok = false;
    switch (action.kind) {
    case Action::Added: ok = store.remove(action.before.id); break;
    case Action::Removed: ok = store.restore(action.before.id); break;
    case Action::Updated: ok = store.update(action.before); break;
    }
    // A failed write stays undoable; an undo whose annotation is gone (no
    // error, no row changed) has nothing left to revert.
    if (ok || m_library->store().database().error().isEmpty()) {
        m_undo.removeLast();
    }
    if (!ok && m_library->store().database().error().isEmpty()) {
        fail(tr("the annotation no longer exists"));
    } else {
        settle(ok);
    }
    if (!ok) {
        reload();
    }
    Q_EMIT changed();
    return ok;
}

bool AnnotationModel::recorded(bool ok, const Action &action)
{
    if (!ok) {
        reload(); // show the rows as the database has them
        return false;
    }
    m_undo.append(action);
    Q_EMIT changed(); // the rows came with the store's signal; canUndo did not
    return true;
}

namespace {

// A highlight as the reader draws it.
QVariantMap highlightSpan(const annotations::Annotation &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end},
            {QStringLiteral("color"), a.color},
            {QStringLiteral("hasNote"), !a.note.trimmed().isEmpty()}};
}

bool isShownHighlight(const annotations::Annotation &a)
{
    return a.kind == QLatin1String("highlight") && !a.orphaned;
}

} // namespace

QVariantList AnnotationModel::highlightsForBlock(int block) const
{
    QVariantList out;
    for (const Annotation &a : m_all) {
        if (a.block == block && isShownHighlight(a)) {
            out.append(highlightSpan(a));
        }
    }
    return out;
}

QHash<int, QVariantList> AnnotationModel::highlightsByBlock() const
{
    QHash<int, QVariantList> out;
    for (const Annotation &a : m_all) {
        if (isShownHighlight(a)) {
            out[a.block].append(highlightSpan(a));
        }
    }
    return out;
}

QString AnnotationModel::highlightAt(int block, int position) const
{
    for (const Annotation &a : m_all) {
        if (a.block == block && a.kind == QLatin1String("highlight") && !a.orphaned && position >= a.start &&
            position < a.end) {
            return a.id;
        }
    }
    return {};
}

QVariantMap AnnotationModel::get(const QString &id) const
{
    const Annotation *a = find(id);
    if (!a) {
        return {};
    }
    return {{QStringLiteral("id"), a->id}, {QStringLiteral("note"), a->note}, {QStringLiteral("color"), a->color},
            {QStringLiteral("quote"), a->quote}, {QStringLiteral("block"), a->block}, {QStringLiteral("start"), a->start},
            {QStringLiteral("end"), a->end}};
}

int AnnotationModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case IdRole: return a.id;
    case KindRole: return a.kind;
    case BlockRole: return a.block;
    case StartRole: return a.start;
    case EndRole: return a.end;
    case Qt::DisplayRole:
    case QuoteRole: return a.quote;
    case NoteRole: return a.note;
    case ColorRole: return a.color;
    case CreatedRole: return QDateTime::fromMSecsSinceEpoch(a.created);
    case OrphanedRole: return a.orphaned;
    case ContinuesRole:
        return !a.suffix.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    return {{IdRole, "annotationId"}, {KindRole, "kind"},         {BlockRole, "block"},        {StartRole, "start"},
            {EndRole, "end"},         {QuoteRole, "quote"},       {NoteRole, "note"},          {ColorRole, "color"},
            {CreatedRole, "created"}, {OrphanedRole, "orphaned"}, {ContinuesRole, "continues"}};
}

} // namespace okur::app
