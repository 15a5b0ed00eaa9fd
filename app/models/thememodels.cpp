#include "thememodels.h"

#include "librarybinding.h"

namespace okur::app {

namespace {
QHash<QString, QString> titles(library::Library *library)
{
    QHash<QString, QString> t;
    if (library && library->store().isOpen()) {
        for (const auto &d : library->store().documents())
            t.insert(d.id, d.title);
    }
    return t;
}
} // namespace

ThemesModel::ThemesModel(QObject *parent) : ThemesModel(nullptr, parent) {}

ThemesModel::ThemesModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
    reload();
}

void ThemesModel::setLibrary(library::Library *library)
{
    if (library == m_library)
        return;
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void ThemesModel::attach()
{
    if (m_library)
        connect(m_library, &library::Library::summariesReady, this, &ThemesModel::reload);
}

void ThemesModel::reload()
{
    beginResetModel();
    m_summaries = m_library ? m_library->summaries() : nullptr;
    m_documents.clear();
    if (m_library && m_library->store().isOpen()) {
        int n = 0;
        for (const auto &d : m_library->store().documents()) {
            m_documents.append(QVariantMap{{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title},
                                           {QStringLiteral("number"), ++n}});
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int ThemesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_summaries ? 0 : int(m_summaries->themes.size());
}

QVariant ThemesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const themes::ThemeSummary &t = m_summaries->themes.at(index.row());
    switch (role) {
    case IdRole: return t.theme.id;
    case Qt::DisplayRole:
    case TitleRole: return t.theme.titleEn;
    case TitleTrRole: return t.theme.titleTr;
    case DescriptionRole: return t.theme.descriptionEn;
    case CoverageRole: {
        // In library order, so every chart lines its bars up the same way.
        QVariantList out;
        for (const QVariant &d : m_documents)
            out.append(t.coverage.value(d.toMap().value(QStringLiteral("id")).toString()));
        return out;
    }
    case StrengthRole: {
        double sum = 0;
        for (double c : t.coverage)
            sum += c;
        return t.coverage.isEmpty() ? 0.0 : sum / t.coverage.size();
    }
    default: return {};
    }
}

QHash<int, QByteArray> ThemesModel::roleNames() const
{
    return {{IdRole, "themeId"}, {TitleRole, "title"}, {TitleTrRole, "titleTr"}, {DescriptionRole, "description"},
            {CoverageRole, "coverage"}, {StrengthRole, "strength"}};
}

SummaryModel::SummaryModel(QObject *parent) : SummaryModel(nullptr, parent) {}

SummaryModel::SummaryModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void SummaryModel::setLibrary(library::Library *library)
{
    if (library == m_library)
        return;
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void SummaryModel::attach()
{
    if (m_library)
        connect(m_library, &library::Library::summariesReady, this, &SummaryModel::reload);
}

void SummaryModel::setThemeId(const QString &id)
{
    if (id == m_themeId)
        return;
    m_themeId = id;
    Q_EMIT sourceChanged();
    reload();
}

void SummaryModel::setDocumentId(const QString &id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    Q_EMIT sourceChanged();
    reload();
}

void SummaryModel::reload()
{
    beginResetModel();
    m_sentences.clear();
    m_topThemes.clear();
    m_title.clear();
    m_titleTr.clear();
    m_description.clear();
    m_titles = titles(m_library);
    const auto summaries = m_library ? m_library->summaries() : nullptr;
    m_ready = bool(summaries);
    if (summaries && !m_themeId.isEmpty()) {
        if (const themes::ThemeSummary *t = summaries->theme(m_themeId)) {
            m_sentences = t->sentences;
            m_title = t->theme.titleEn;
            m_titleTr = t->theme.titleTr;
            m_description = t->theme.descriptionEn;
        }
    } else if (summaries && !m_documentId.isEmpty()) {
        const auto it = summaries->documents.constFind(m_documentId);
        if (it != summaries->documents.constEnd()) {
            m_sentences = it->sentences;
            for (const auto &[id, coverage] : it->topThemes) {
                const themes::ThemeSummary *t = summaries->theme(id);
                m_topThemes.append(QVariantMap{{QStringLiteral("id"), id},
                                               {QStringLiteral("title"), t ? t->theme.titleEn : id},
                                               {QStringLiteral("coverage"), coverage}});
            }
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int SummaryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sentences.size()); }

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const themes::Sentence &s = m_sentences.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return s.text;
    case DocumentRole: return s.documentId;
    case DocumentTitleRole: return m_titles.value(s.documentId, s.documentId);
    case BlockRole: return s.block;
    case StartRole: return s.start;
    case LengthRole: return s.length;
    case SectionRole: return s.section;
    case LanguageRole: return s.language;
    default: return {};
    }
}

QHash<int, QByteArray> SummaryModel::roleNames() const
{
    return {{TextRole, "text"}, {DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"},
            {BlockRole, "block"}, {StartRole, "start"}, {LengthRole, "length"}, {SectionRole, "section"},
            {LanguageRole, "language"}};
}

} // namespace okur::app
