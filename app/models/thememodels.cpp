#include "thememodels.h"

#include "language.h"
#include "librarybinding.h"

namespace okur::app {

namespace {
QHash<QString, QString> titles(library::Library *library)
{
    QHash<QString, QString> t;
    if (library && library->store().isOpen()) {
        for (const auto &d : library->store().documents()) {
            t.insert(d.id, d.title);
        }
    }
    return t;
}

// A theme's title as a chip or a filter names it: in the interface's language (the theme pages show both).
QString localTitle(const themes::Theme &theme)
{
    return installedLanguage() == QLatin1String("tr") && !theme.titleTr.isEmpty() ? theme.titleTr : theme.titleEn;
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
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void ThemesModel::attach()
{
    if (m_library) {
        connect(m_library, &library::Library::summariesReady, this, &ThemesModel::reload);
    }
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
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
        for (const QVariant &d : m_documents) {
            out.append(t.coverage.value(d.toMap().value(QStringLiteral("id")).toString()));
        }
        return out;
    }
    case StrengthRole: {
        double sum = 0;
        for (double c : t.coverage) {
            sum += c;
        }
        return t.coverage.isEmpty() ? 0.0 : sum / double(t.coverage.size());
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
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, &SummaryModel::reload);
}

void SummaryModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void SummaryModel::attach()
{
    if (m_library) {
        connect(m_library, &library::Library::summariesReady, this, &SummaryModel::reload);
    }
}

void SummaryModel::setThemeId(const QString &id)
{
    if (id == m_themeId) {
        return;
    }
    m_themeId = id;
    Q_EMIT sourceChanged();
    reload();
}

void SummaryModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
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
                                               {QStringLiteral("title"), t ? localTitle(t->theme) : id},
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
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

namespace {
QString kindName(themes::FactKind kind)
{
    switch (kind) {
    case themes::FactKind::Event: return QObject::tr("event");
    case themes::FactKind::Institution: return QObject::tr("institution");
    case themes::FactKind::Place: return QObject::tr("place");
    case themes::FactKind::Date: return QObject::tr("date");
    case themes::FactKind::Name: break;
    }
    return QObject::tr("name");
}
} // namespace

KeyFactsModel::KeyFactsModel(QObject *parent) : KeyFactsModel(nullptr, parent) {}

KeyFactsModel::KeyFactsModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
}

void KeyFactsModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void KeyFactsModel::attach()
{
    if (m_library) {
        connect(m_library, &library::Library::summariesReady, this, &KeyFactsModel::reload);
    }
}

void KeyFactsModel::setThemeId(const QString &id)
{
    if (id == m_themeId) {
        return;
    }
    m_themeId = id;
    Q_EMIT themeIdChanged();
    reload();
}

void KeyFactsModel::reload()
{
    beginResetModel();
    m_facts.clear();
    m_titles = titles(m_library);
    const auto summaries = m_library ? m_library->summaries() : nullptr;
    m_ready = bool(summaries);
    if (summaries) {
        if (const themes::ThemeSummary *t = summaries->theme(m_themeId)) {
            m_facts = t->facts;
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int KeyFactsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_facts.size()); }

QVariant KeyFactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const themes::KeyFact &f = m_facts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return f.text;
    case KindRole: return kindName(f.kind);
    case CountRole: return f.count;
    case SentenceRole: return f.sentence.text;
    case DocumentRole: return f.sentence.documentId;
    case DocumentTitleRole: return m_titles.value(f.sentence.documentId, f.sentence.documentId);
    case BlockRole: return f.sentence.block;
    case StartRole: return f.sentence.start;
    case LengthRole: return f.sentence.length;
    case LanguageRole: return f.sentence.language;
    default: return {};
    }
}

QHash<int, QByteArray> KeyFactsModel::roleNames() const
{
    return {{TextRole, "text"}, {KindRole, "kind"}, {CountRole, "count"}, {SentenceRole, "sentence"},
            {DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"}, {BlockRole, "block"},
            {StartRole, "start"}, {LengthRole, "length"}, {LanguageRole, "language"}};
}

TimelineModel::TimelineModel(QObject *parent) : TimelineModel(nullptr, parent) {}

TimelineModel::TimelineModel(library::Library *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    attach();
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, &TimelineModel::reload);
    reload();
}

void TimelineModel::setLibrary(library::Library *library)
{
    if (library == m_library) {
        return;
    }
    detachLibrary(this, m_library);
    m_library = library;
    attach();
    reload();
    Q_EMIT libraryChanged();
}

void TimelineModel::attach()
{
    if (m_library) {
        connect(m_library, &library::Library::summariesReady, this, &TimelineModel::reload);
    }
}

void TimelineModel::setThemeId(const QString &id)
{
    if (id == m_themeId) {
        return;
    }
    m_themeId = id;
    Q_EMIT filterChanged();
    reload();
}

void TimelineModel::setDocumentId(const QString &id)
{
    if (id == m_documentId) {
        return;
    }
    m_documentId = id;
    Q_EMIT filterChanged();
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_events.clear();
    const QVariantList themesBefore = m_themes, documentsBefore = m_documents;
    m_themes.clear();
    m_documents.clear();
    m_titles = titles(m_library);
    const auto summaries = m_library ? m_library->summaries() : nullptr;
    m_ready = bool(summaries);
    if (summaries) {
        // The timeline is computed with the summaries, off the UI thread;
        // filtering it here is a pass over a list.
        for (const themes::ThemeSummary &t : summaries->themes) {
            m_themes.append(QVariantMap{{QStringLiteral("id"), t.theme.id}, {QStringLiteral("title"), localTitle(t.theme)}});
        }
        QStringList dated;
        for (const themes::TimelineEvent &e : summaries->timeline) {
            if (!dated.contains(e.sentence.documentId)) {
                dated << e.sentence.documentId;
            }
            if ((m_themeId.isEmpty() || e.themes.contains(m_themeId)) &&
                (m_documentId.isEmpty() || e.sentence.documentId == m_documentId)) {
                m_events << e;
            }
        }
        if (m_library && m_library->store().isOpen()) {
            for (const auto &d : m_library->store().documents()) {
                if (dated.contains(d.id)) {
                    m_documents.append(QVariantMap{{QStringLiteral("id"), d.id}, {QStringLiteral("title"), d.title}});
                }
            }
        }
    }
    endResetModel();
    if (m_themes != themesBefore || m_documents != documentsBefore) {
        Q_EMIT choicesChanged();
    }
    Q_EMIT changed();
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const themes::TimelineEvent &e = m_events.at(index.row());
    switch (role) {
    case YearRole: return e.year;
    case MonthRole: return e.month;
    case Qt::DisplayRole:
    case DateRole: return e.date;
    case ThemesRole: return e.themes;
    case TextRole: return e.sentence.text;
    case DocumentRole: return e.sentence.documentId;
    case DocumentTitleRole: return m_titles.value(e.sentence.documentId, e.sentence.documentId);
    case BlockRole: return e.sentence.block;
    case StartRole: return e.sentence.start;
    case LengthRole: return e.sentence.length;
    case LanguageRole: return e.sentence.language;
    // Whether this row opens its year, so the view shows the year once.
    case NewYearRole: return index.row() == 0 || m_events.at(index.row() - 1).year != e.year;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{YearRole, "year"}, {MonthRole, "month"}, {DateRole, "date"}, {ThemesRole, "themes"},
            {TextRole, "text"}, {DocumentRole, "documentId"}, {DocumentTitleRole, "documentTitle"},
            {BlockRole, "block"}, {StartRole, "start"}, {LengthRole, "length"}, {LanguageRole, "language"},
            {NewYearRole, "newYear"}};
}

} // namespace okur::app
