#include "vocabularymodel.h"

#include <algorithm>

#include "glossary/ankipackage.h"

#include "librarybinding.h"
#include "writeresult.h"

#include <QSaveFile>

namespace okur::app {

VocabularyModel::VocabularyModel(QObject *parent) : VocabularyModel(nullptr, parent) {}

VocabularyModel::VocabularyModel(library::Library *library, QObject *parent)
    : QAbstractListModel(parent), m_library(library)
{
    attach();
    refresh();
}

void VocabularyModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    m_relearning.clear(); // another library's words
    attach();
    refresh();
    Q_EMIT libraryChanged();
}

void VocabularyModel::attach()
{
    if (!m_library) {
        return;
    }
    // A word saved from a glossary card, reviewed, removed, or changed by another process.
    connect(&m_library->vocabulary(), &glossary::VocabularyStore::changed, this, &VocabularyModel::refresh);
}

void VocabularyModel::refresh()
{
    beginResetModel();
    m_items.clear();
    m_due = 0;
    if (m_library && m_library->store().isOpen()) {
        glossary::VocabularyStore &store = m_library->vocabulary();
        m_items = store.items();
        m_due = store.dueCount(QDateTime::currentDateTime());
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool VocabularyModel::settle(bool ok, const QString &reason)
{
    const QString error = ok ? QString() : reason;
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    return ok;
}

bool VocabularyModel::remove(qint64 id)
{
    if (!m_library || !m_library->store().isOpen()) {
        return settle(false, tr("the library is not open"));
    }
    storage::Database &db = m_library->store().database();
    db.setError(QString()); // an older statement's reason is not this write's
    const glossary::VocabularyItem removed = m_library->vocabulary().get(id);
    const bool ok = m_library->vocabulary().remove(id); // refreshes through the store's signal
    settle(ok, writeFailure(db));
    if (ok && removed.id != 0) {
        m_removed = removed;
        Q_EMIT canUndoRemoveChanged();
    }
    return ok;
}

bool VocabularyModel::undoRemove()
{
    if (!m_library || !m_library->store().isOpen()) {
        return settle(false, tr("the library is not open"));
    }
    if (m_removed.id == 0) {
        return settle(false, tr("no word was removed"));
    }
    storage::Database &db = m_library->store().database();
    db.setError(QString());
    const bool ok = m_library->vocabulary().restore(m_removed) != 0;
    settle(ok, writeFailure(db));
    if (ok) {
        m_removed = {};
        Q_EMIT canUndoRemoveChanged();
    }
    return ok;
}

void VocabularyModel::startReview()
{
    m_relearning.clear();
}

QVariantMap VocabularyModel::nextDue() const
{
    if (!m_library) {
        return {};
    }
    const auto card = [](const glossary::VocabularyItem &v) {
        return QVariantMap{{QStringLiteral("id"), v.id},
                           {QStringLiteral("lemma"), v.lemma},
                           {QStringLiteral("translation"), v.translation},
                           {QStringLiteral("context"), v.context},
                           {QStringLiteral("language"), v.language}};
    };
    const auto due = m_library->vocabulary().due(QDateTime::currentDateTime());
    if (!due.isEmpty()) {
        return card(due.first());
    }
    // Then the words forgotten in this session (the store moved them to tomorrow), oldest first; a word removed
    // meanwhile is passed over.
    for (const qint64 id : m_relearning) {
        const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [id](const auto &v) { return v.id == id; });
        if (it != m_items.cend()) {
            return card(*it);
        }
    }
    return {};
}

bool VocabularyModel::grade(qint64 id, int quality)
{
    if (!m_library || !m_library->store().isOpen()) {
        return settle(false, tr("the library is not open"));
    }
    // A word forgotten earlier in this session is relearnt: its lapse is on record and has rescheduled it, so a
    // grade now only says whether it comes back again (Anki's relearning steps leave ease and status alone; a
    // second lapse would cut the ease twice, a recall would count as a spaced one, and sync would replay both).
    if (m_relearning.contains(id)) {
        m_relearning.removeAll(id);
        if (quality < 3) {
            m_relearning.append(id);
        }
        return settle(true, QString());
    }
    storage::Database &db = m_library->store().database();
    db.setError(QString());
    const bool ok = m_library->vocabulary().review(id, quality, QDateTime::currentDateTime());
    // review() is false without an error when the word is gone.
    settle(ok, db.error().isEmpty() ? tr("the word is no longer saved") : writeFailure(db));
    if (ok && quality < 3) {
        m_relearning.append(id); // forgotten: it comes back at the end of the session
    }
    return ok;
}

QString VocabularyModel::exportTo(const QUrl &file, const QString &format)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    }
    QByteArray bytes;
    if (format == QLatin1String("apkg")) {
        QString error;
        bytes = glossary::toAnkiPackage(m_items, QString(), &error);
        if (bytes.isEmpty()) {
            return tr("Cannot make the Anki deck: %1").arg(error);
        }
    } else {
        // A byte order mark lets spreadsheets read Turkish letters as UTF-8; other readers may not want it.
        bytes = (format == QLatin1String("csv")       ? glossary::toCsv(m_items)
                 : format == QLatin1String("csv-bom") ? glossary::toCsv(m_items, true)
                                                      : glossary::toAnkiTsv(m_items))
                    .toUtf8();
    }
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    }
    return QString();
}

int VocabularyModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant VocabularyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &v = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LemmaRole: return v.lemma;
    case IdRole: return v.id;
    case LanguageRole: return v.language;
    case TranslationRole: return v.translation;
    case ContextRole: return v.context;
    case DocumentRole: return v.documentId;
    case BlockRole: return v.block;
    case DueRole: return v.due;
    case IntervalRole: return v.state.interval;
    default: return {};
    }
}

QHash<int, QByteArray> VocabularyModel::roleNames() const
{
    return {{IdRole, "itemId"},          {LemmaRole, "lemma"},     {LanguageRole, "language"},
            {TranslationRole, "translation"}, {ContextRole, "context"}, {DocumentRole, "documentId"},
            {BlockRole, "block"},        {DueRole, "due"},         {IntervalRole, "interval"}};
}

} // namespace okur::app
