#include "notesmodel.h"

#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "appstate.h"
#include "library/exportcontext.h"
#include "library/library.h"
#include "text/casing.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace okur::app {

using annotations::Annotation;

NotesModel::NotesModel(QObject *parent) : NotesModel(AppState::instance() ? AppState::instance()->library() : nullptr, parent) {}

NotesModel::NotesModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    if (AppState::instance())
        connect(AppState::instance(), &AppState::annotationsChanged, this, &NotesModel::refresh);
    refresh();
}

void NotesModel::setSearch(const QString &s)
{
    if (s == m_search)
        return;
    m_search = s;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::setDocumentFilter(const QString &id)
{
    if (id == m_document)
        return;
    m_document = id;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::setColorFilter(const QString &c)
{
    if (c == m_color)
        return;
    m_color = c;
    applyFilter();
    Q_EMIT filterChanged();
}

void NotesModel::refresh()
{
    m_all.clear();
    m_titles.clear();
    if (m_library && m_library->store().isOpen()) {
        for (const auto &d : m_library->store().documents())
            m_titles.insert(d.id, d.title);
        m_all = annotations::AnnotationStore(m_library->store().database()).list();
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
        if (!m_document.isEmpty() && a.documentId != m_document)
            continue;
        if (!m_color.isEmpty() && (a.kind != QLatin1String("highlight") || a.color != m_color))
            continue;
        if (!needle.isEmpty() && !fold(a.quote).contains(needle) && !fold(a.note).contains(needle))
            continue;
        m_rows.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

QString NotesModel::exportTo(const QUrl &file, const QString &format)
{
    if (!m_library)
        return tr("The library is not open.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    annotations::AnnotationStore store(m_library->store().database());
    QByteArray bytes;
    if (format == QLatin1String("w3c")) {
        bytes = annotations::toW3c(store.list(QString(), true));
    } else {
        bytes = annotations::toMarkdown(store.list(), library::exportContexts(m_library->store())).toUtf8();
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return QString();
}

QString NotesModel::importFrom(const QUrl &file)
{
    if (!m_library)
        return tr("The library is not open.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1.").arg(path);
    QString error;
    int skipped = 0;
    const auto incoming = annotations::fromW3c(f.read(64 * 1024 * 1024), &error, &skipped);
    if (incoming.isEmpty())
        return tr("Nothing imported: %1.").arg(error);
    const auto r = annotations::AnnotationStore(m_library->store().database()).merge(incoming);
    if (!r.error.isEmpty())
        return tr("Nothing imported: %1.").arg(r.error);
    if (AppState::instance())
        Q_EMIT AppState::instance()->annotationsChanged();
    else
        refresh();
    return tr("Imported: %1 new, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
}

int NotesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
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
    default: return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{IdRole, "annotationId"}, {DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"},
            {KindRole, "kind"},       {BlockRole, "block"},         {QuoteRole, "quote"},
            {NoteRole, "note"},       {ColorRole, "color"},         {CreatedRole, "created"},
            {OrphanedRole, "orphaned"}, {StartRole, "start"}, {EndRole, "end"}};
}

} // namespace okur::app
