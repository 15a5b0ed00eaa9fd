#include "notesmodel.h"

#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "librarybinding.h"
#include "library/exportcontext.h"
#include "library/library.h"
#include "text/casing.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace okur::app {

using annotations::Annotation;

NotesModel::NotesModel(QObject *parent) : NotesModel(nullptr, parent) {}

NotesModel::NotesModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
    refresh();
}

void NotesModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    refresh();
    Q_EMIT libraryChanged();
}

void NotesModel::attach()
{
    if (!m_library) {
        return;
    }
    // Notes of every document: any annotation's change, and a document's
    // (its title, or its removal), is shown.
    connect(&m_library->annotations(), &annotations::AnnotationStore::changed, this, &NotesModel::refresh);
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, &NotesModel::refresh);
}

void NotesModel::setSearch(const QString &s)
{
    if (s == m_search) {
        return;
    }
    m_search = s;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::setDocumentFilter(const QString &id)
{
    if (id == m_document) {
        return;
    }
    m_document = id;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::setColorFilter(const QString &c)
{
    if (c == m_color) {
        return;
    }
    m_color = c;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::refresh()
{
    m_all.clear();
    m_titles.clear();
    if (m_library && m_library->store().isOpen()) {
        for (const auto &d : m_library->store().documents()) {
            m_titles.insert(d.id, d.title);
        }
        m_all = m_library->annotations().list();
    }
    applyFilter();
}

void NotesModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    // Case- and diacritic-blind, Turkish rules: "kultur" finds "Kültür".
    const auto fold = [](const QString &s) { return text::stripDiacritics(text::foldCase(s, QStringLiteral("tr"))); };
    const QString needle = fold(m_search.trimmed());
    for (int i = 0; i < m_all.size(); ++i) {
        const Annotation &a = m_all[i];
        if (!m_document.isEmpty() && a.documentId != m_document) {
            continue;
        }
        if (!m_color.isEmpty() && (a.kind != QLatin1String("highlight") || a.color != m_color)) {
            continue;
        }
        if (!needle.isEmpty() && !fold(a.quote).contains(needle) && !fold(a.note).contains(needle)) {
            continue;
        }
        m_rows.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

QString NotesModel::exportTo(const QUrl &file, const QString &format)
{
    if (!m_library) {
        return tr("The library is not open.");
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    annotations::AnnotationStore &store = m_library->annotations();
    QByteArray bytes;
    if (format == QLatin1String("w3c")) {
        bytes = annotations::toW3c(store.list(QString(), true), library::exportContexts(m_library->store()));
    } else {
        bytes = annotations::toMarkdown(store.list(), library::exportContexts(m_library->store())).toUtf8();
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    }
    return QString();
}

QString NotesModel::importFrom(const QUrl &file)
{
    if (!m_library) {
        return tr("The library is not open.");
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const library::AnnotationImport r = library::importW3cFile(m_library->store(), m_library->annotations(), path);
    if (!r.ok()) {
        return tr("Nothing imported: %1.").arg(r.error);
    }
    QString message = tr("Imported: %1 new, %2 updated, %3 unchanged.").arg(r.merge.added).arg(r.merge.updated).arg(r.merge.unchanged);
    if (!r.skipped.isEmpty()) {
        message += u' ' + tr("%Ln left out (first: %1).", nullptr, int(r.skipped.size())).arg(r.skipped.first().reason);
    }
    if (r.orphaned > 0) {
        message += u' ' + tr("%Ln not found in their text (kept as orphans).", nullptr, r.orphaned);
    }
    return message;
}

int NotesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Annotation &a = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case IdRole: return a.id;
    case DocumentRole: return a.documentId;
    case DocumentTitleRole: return m_titles.value(a.documentId, a.documentId);
    case KindRole: return a.kind;
    case BlockRole: return a.block;
    case Qt::DisplayRole:
    case QuoteRole: return a.quote;
    case NoteRole: return a.note;
    case ColorRole: return a.color;
    case CreatedRole: return QDateTime::fromMSecsSinceEpoch(a.created);
    case OrphanedRole: return a.orphaned;
    case StartRole: return a.start;
    case EndRole: return a.end;
    case ContinuesRole:
        return !a.suffix.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{IdRole, "annotationId"},    {DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"},
            {KindRole, "kind"},          {BlockRole, "block"},         {QuoteRole, "quote"},
            {NoteRole, "note"},          {ColorRole, "color"},         {CreatedRole, "created"},
            {OrphanedRole, "orphaned"},  {StartRole, "start"},         {EndRole, "end"},
            {ContinuesRole, "continues"}};
}

} // namespace okur::app
