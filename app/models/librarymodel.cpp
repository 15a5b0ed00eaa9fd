#include "librarymodel.h"

#include "librarybinding.h"

#include <QDate>
#include <QLocale>
#include <cmath>

namespace okur::app {

LibraryModel::LibraryModel(QObject *parent) : LibraryModel(nullptr, parent) {}

LibraryModel::LibraryModel(library::Library *library, QObject *parent, int pageSize)
    : QAbstractListModel(parent), m_library(library), m_pageSize(qMax(1, pageSize))
{
    attach();
    refresh();
}

void LibraryModel::setLibrary(library::Library *library)
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

void LibraryModel::attach()
{
    if (!m_library) {
        return;
    }
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, &LibraryModel::refresh);
    connect(&m_library->store(), &documents::DocumentStore::positionChanged, this, &LibraryModel::updateProgress);
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::shareSaved, this, [this](const QString &id, double share) {
        m_known.insert(id, share);
        const int row = indexOf(id);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row), {KnownRole});
        }
    });
}

void LibraryModel::updateProgress(const QString &id)
{
    const int row = indexOf(id);
    if (id.isEmpty()) {
        refresh();
        return;
    }
    if (row < 0 || !m_library) {
        return;
    }
    const auto d = m_library->store().document(id);
    if (!d) {
        return;
    }
    m_docs[row] = *d;
    Q_EMIT dataChanged(index(row), index(row), {ProgressRole, DetailsRole});
}

void LibraryModel::refresh()
{
    const int before = m_total;
    const bool open = m_library && m_library->store().isOpen();
    beginResetModel();
    // Keep as many rows as were loaded so a view keeps its place.
    const int rows = qMax(m_pageSize, int(m_docs.size()));
    m_docs = open ? m_library->store().documents(0, rows) : QList<documents::DocumentInfo>();
    m_known = open ? m_library->wordStatus().shares() : QHash<QString, double>();
    m_total = open ? m_library->store().documentCount() : 0;
    endResetModel();
    if (before != m_total) {
        Q_EMIT countChanged();
    }
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_docs.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<documents::DocumentInfo> more = m_library->store().documents(int(m_docs.size()), m_pageSize);
    if (more.isEmpty()) {
        m_total = int(m_docs.size()); // documents went away underneath; a refresh will follow
        return;
    }
    beginInsertRows({}, int(m_docs.size()), int(m_docs.size() + more.size()) - 1);
    m_docs += more;
    endInsertRows();
}

int LibraryModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_docs.size(); ++i) {
        if (m_docs[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_docs.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const documents::DocumentInfo &d = m_docs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return d.title;
    case IdRole: return d.id;
    case LanguageRole: return d.language;
    case LanguageNameRole: return languageName(d.language);
    case DateRole: return d.date;
    case AuthorRole: return d.author;
    case SourceRole: return d.source;
    case WordsRole: return d.wordCount;
    case MinutesRole: return minutes(d);
    case ProgressRole: return d.progress;
    case DetailsRole: return details(d);
    case KnownRole: return m_known.value(d.id, -1.0);
    default: return {};
    }
}

int LibraryModel::minutes(const documents::DocumentInfo &d)
{
    return qMax(1, int(std::lround(d.wordCount / 230.0)));
}

QString LibraryModel::languageName(const QString &code)
{
    if (code == QLatin1String("tr")) {
        return tr("Turkish");
    }
    if (code == QLatin1String("en")) {
        return tr("English");
    }
    const QLocale::Language language = QLocale(code).language();
    return code.isEmpty() || language == QLocale::C ? code : QLocale::languageToString(language);
}

// Made here rather than in QML: formatting dates in JavaScript for every card
// was a fifth of the library page's first frame.
QString LibraryModel::details(const documents::DocumentInfo &d)
{
    QStringList parts{languageName(d.language), d.author, d.source};
    const QDate date = QDate::fromString(d.date, Qt::ISODate);
    parts << (date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : d.date);
    parts << tr("%Ln min read", nullptr, minutes(d));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    return {
        {IdRole, "documentId"},   {TitleRole, "title"},   {LanguageRole, "language"},
        {LanguageNameRole, "languageName"}, {DateRole, "date"}, {AuthorRole, "author"},
        {SourceRole, "source"},   {WordsRole, "words"},   {MinutesRole, "minutes"},
        {ProgressRole, "progress"}, {DetailsRole, "details"}, {KnownRole, "known"},
    };
}

} // namespace okur::app
