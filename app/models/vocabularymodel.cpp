#include "vocabularymodel.h"

#include "appstate.h"
#include "library/library.h"

#include <QSaveFile>

namespace okur::app {

VocabularyModel::VocabularyModel(QObject *parent)
    : VocabularyModel(AppState::instance() ? AppState::instance()->library() : nullptr, parent)
{
}

VocabularyModel::VocabularyModel(library::Library *library, QObject *parent)
    : QAbstractListModel(parent), m_library(library)
{
    if (AppState::instance())
        connect(AppState::instance(), &AppState::vocabularyChanged, this, &VocabularyModel::refresh);
    refresh();
}

void VocabularyModel::refresh()
{
    beginResetModel();
    m_items.clear();
    m_due = 0;
    if (m_library && m_library->store().isOpen()) {
        glossary::VocabularyStore store(m_library->store().database());
        m_items = store.items();
        m_due = store.dueCount(QDateTime::currentDateTime());
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool VocabularyModel::remove(qint64 id)
{
    if (!m_library)
        return false;
    glossary::VocabularyStore store(m_library->store().database());
    const bool ok = store.remove(id);
    refresh();
    return ok;
}

QVariantMap VocabularyModel::nextDue() const
{
    if (!m_library)
        return {};
    glossary::VocabularyStore store(m_library->store().database());
    const auto due = store.due(QDateTime::currentDateTime());
    if (due.isEmpty())
        return {};
    const auto &v = due.first();
    return {{QStringLiteral("id"), v.id},           {QStringLiteral("lemma"), v.lemma},
            {QStringLiteral("translation"), v.translation}, {QStringLiteral("context"), v.context},
            {QStringLiteral("language"), v.language}};
}

bool VocabularyModel::grade(qint64 id, int quality)
{
    if (!m_library)
        return false;
    glossary::VocabularyStore store(m_library->store().database());
    const bool ok = store.review(id, quality, QDateTime::currentDateTime());
    refresh();
    return ok;
}

QString VocabularyModel::exportTo(const QUrl &file, const QString &format)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    // A byte order mark lets spreadsheets read Turkish letters as UTF-8; other readers may not want it.
    const QString text = format == QLatin1String("csv")       ? glossary::toCsv(m_items)
                         : format == QLatin1String("csv-bom") ? glossary::toCsv(m_items, true)
                                                              : glossary::toAnkiTsv(m_items);
    out.write(text.toUtf8());
    if (!out.commit())
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    return QString();
}

int VocabularyModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant VocabularyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
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
