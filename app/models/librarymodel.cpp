#include "librarymodel.h"

#include <algorithm>

#include "library/progress.h"
#include "librarybinding.h"
#include "typography.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <cmath>
#include <utility>

namespace okur::app {

LibraryModel::LibraryModel(QObject *parent) : LibraryModel(nullptr, parent) {}

LibraryModel::LibraryModel(library::Library *library, QObject *parent, int pageSize)
    : QAbstractListModel(parent), m_library(library), m_pageSize(qMax(1, pageSize))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &LibraryModel::recountShares);
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
    m_counts.clear();
    ++m_countsGeneration;
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
    // A document's text changed (healed, re-imported): its words are counted again.
    connect(&m_library->store(), &documents::DocumentStore::documentChanged, this, [this](const QString &id) {
        if (id.isEmpty()) {
            m_counts.clear();
        } else {
            m_counts.remove(id);
        }
        ++m_countsGeneration;
    });
    connect(&m_library->store(), &documents::DocumentStore::positionChanged, this, &LibraryModel::updateProgress);
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::shareSaved, this,
            [this](const QString &id, double share) {
                m_known.insert(id, share);
                const int row = indexOf(id);
                if (row >= 0) {
                    Q_EMIT dataChanged(index(row), index(row), {KnownRole});
                }
            });
    // A status is kept by lemma, so one change can move the share of every
    // document in its language: the cards follow without reopening them.
    connect(&m_library->wordStatus(), &glossary::WordStatusStore::changed, this, [this](const QString &language) {
        m_staleLanguages.insert(language);
        m_settle.start();
    });
    // Changes made before the glossary could lemmatize wait for it.
    connect(m_library, &library::Library::glossaryReady, this, [this]() {
        if (!m_staleLanguages.isEmpty()) {
            m_settle.start();
        }
    });
}

void LibraryModel::recountShares()
{
    if (!m_library || !m_library->store().isOpen() || !m_library->glossary() || m_staleLanguages.isEmpty()) {
        return;
    }
    const QSet<QString> languages = std::exchange(m_staleLanguages, {});
    const QStringList ids = m_known.keys(); // only the cards that show a share
    if (ids.isEmpty()) {
        return;
    }
    const auto lemmatizer = m_library->lemmatizer();
    QPointer<LibraryModel> self(this);
    const quint64 generation = m_countsGeneration;
    // Jobs run in order on the one reading thread and answer in order, so a
    // later recount's shares land after an earlier one's.
    m_library->read(
        [self, ids, languages, lemmatizer, generation, counts = m_counts](documents::DocumentStore &store) mutable {
            const bool any = languages.contains(QString());
            glossary::WordStatusStore statusStore(store.database());
            QHash<QString, QHash<QString, int>> statuses; // by language, read once
            QHash<QString, glossary::KnownShare> shares;
            QHash<QString, QHash<QString, int>> counted; // documents read this time
            for (const QString &id : ids) {
                const auto info = store.document(id);
                if (!info || (!any && !languages.contains(info->language))) {
                    continue;
                }
                if (!statuses.contains(info->language)) {
                    statuses.insert(info->language, statusStore.statuses(info->language));
                }
                // The text is read and lemmatized once (11-19 ms for the Turkish
                // article); after that a recount is a pass over its lemmas.
                auto it = counts.find(id);
                if (it == counts.end()) {
                    it = counts.insert(id, library::lemmaCounts(*info, store.blocks(id), lemmatizer));
                    counted.insert(id, *it);
                }
                const glossary::KnownShare share = library::shareOf(*it, statuses.value(info->language));
                if (share.tokens > 0) {
                    shares.insert(id, share);
                }
            }
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, shares = std::move(shares), counted = std::move(counted)]() {
                    if (!self || !self->m_library) {
                        return;
                    }
                    if (generation == self->m_countsGeneration) { // no text changed meanwhile
                        self->m_counts.insert(counted);
                    }
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
                        if (self->m_known.value(it.key(), -1.0) != it.value().tokenShare()) {
                            self->m_library->wordStatus().saveShare(it.key(), it.value(),
                                                                    now); // shareSaved updates the card
                        }
                    }
                },
                Qt::QueuedConnection);
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
    // Keep as many rows as were loaded so a view keeps its place.
    const int rows = qMax(m_pageSize, int(m_docs.size()));
    QList<documents::DocumentInfo> docs =
        open ? m_library->store().documents(0, rows) : QList<documents::DocumentInfo>();
    const bool sameRows =
        docs.size() == m_docs.size() && std::equal(docs.cbegin(), docs.cend(), m_docs.cbegin(),
                                                   [](const auto &a, const auto &b) { return a.id == b.id; });
    if (sameRows && !docs.isEmpty()) {
        // The same documents in the same order (one was healed, re-read, synced): the rows change in place,
        // and a view keeps its scroll (a reset takes it back to the top).
        m_docs = docs;
        m_known = m_library->wordStatus().shares();
        m_total = m_library->store().documentCount();
        Q_EMIT dataChanged(index(0), index(int(m_docs.size()) - 1));
    } else {
        beginResetModel();
        m_docs = docs;
        m_known = open ? m_library->wordStatus().shares() : QHash<QString, double>();
        m_total = open ? m_library->store().documentCount() : 0;
        endResetModel();
    }
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
    case TitleRole:
        return d.title;
    case IdRole:
        return d.id;
    case LanguageRole:
        return d.language;
    case LanguageNameRole:
        return languageName(d.language);
    case DateRole:
        return d.date;
    case AuthorRole:
        return d.author;
    case SourceRole:
        return d.source;
    case WordsRole:
        return d.wordCount;
    case MinutesRole:
        return minutes(d);
    case ProgressRole:
        return d.progress;
    case DetailsRole:
        return details(d);
    case KnownRole:
        return m_known.value(d.id, -1.0);
    default:
        return {};
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
    // The short parts do not break inside: a narrow card wraps between parts, not "41 dk" | "okuma".
    const auto whole = [](QString part) { return part.replace(u' ', QChar(0x00A0)); };
    parts << whole(typography::displayDate(d.date));
    parts << whole(tr("%Ln min read", nullptr, minutes(d)));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    return {
        {IdRole, "documentId"},     {TitleRole, "title"},
        {LanguageRole, "language"}, {LanguageNameRole, "languageName"},
        {DateRole, "date"},         {AuthorRole, "author"},
        {SourceRole, "source"},     {WordsRole, "words"},
        {MinutesRole, "minutes"},   {ProgressRole, "progress"},
        {DetailsRole, "details"},   {KnownRole, "known"},
    };
}

} // namespace okur::app
