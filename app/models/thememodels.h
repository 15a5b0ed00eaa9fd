#pragma once
#include "library/library.h"
#include "themes/summarycache.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The Themes page: each theme with its titles, description and how much
/// each document says about it. Shown from the summaries cache at once;
/// refreshed when new summaries arrive. UI thread only.
class ThemesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(QVariantList documents READ documents NOTIFY changed)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, TitleTrRole, DescriptionRole, CoverageRole, StrengthRole };
    Q_ENUM(Role)

    explicit ThemesModel(QObject *parent = nullptr);
    ThemesModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    bool ready() const { return bool(m_summaries); }
    /// The library's documents in order: {id, title, short} for chart legends.
    QVariantList documents() const { return m_documents; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void libraryChanged();
    void changed();

private:
    void attach();
    void reload();
    library::Library *m_library = nullptr;
    std::shared_ptr<const themes::LibrarySummaries> m_summaries;
    QVariantList m_documents;
};

/// The sentences of a theme's summary, or of a document's summary, with
/// where each comes from. UI thread only.
class SummaryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString themeId READ themeId WRITE setThemeId NOTIFY sourceChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY sourceChanged)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString titleTr READ titleTr NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QVariantList topThemes READ topThemes NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)

public:
    enum Role { TextRole = Qt::UserRole + 1, DocumentRole, DocumentTitleRole, BlockRole, StartRole, LengthRole,
                SectionRole, LanguageRole };
    Q_ENUM(Role)

    explicit SummaryModel(QObject *parent = nullptr);
    SummaryModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString themeId() const { return m_themeId; }
    void setThemeId(const QString &id);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QString title() const { return m_title; }
    QString titleTr() const { return m_titleTr; }
    QString description() const { return m_description; }
    QVariantList topThemes() const { return m_topThemes; }
    bool ready() const { return m_ready; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void libraryChanged();
    void sourceChanged();
    void changed();

private:
    void attach();
    void reload();
    library::Library *m_library = nullptr;
    QString m_themeId, m_documentId, m_title, m_titleTr, m_description;
    QVariantList m_topThemes;
    QList<themes::Sentence> m_sentences;
    QHash<QString, QString> m_titles;
    bool m_ready = false;
};

/// A theme's key facts: each named event, institution, place or date with
/// the number of sentences stating it and the most telling of them, cited.
/// Read from the summaries the library computes off the UI thread. UI thread only.
class KeyFactsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString themeId READ themeId WRITE setThemeId NOTIFY themeIdChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)

public:
    enum Role { TextRole = Qt::UserRole + 1, KindRole, CountRole, SentenceRole, DocumentRole, DocumentTitleRole,
                BlockRole, StartRole, LengthRole, LanguageRole };
    Q_ENUM(Role)

    explicit KeyFactsModel(QObject *parent = nullptr);
    KeyFactsModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString themeId() const { return m_themeId; }
    void setThemeId(const QString &id);
    bool ready() const { return m_ready; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void libraryChanged();
    void themeIdChanged();
    void changed();

private:
    void reload();
    void attach();
    library::Library *m_library = nullptr;
    QString m_themeId;
    QList<themes::KeyFact> m_facts;
    QHash<QString, QString> m_titles;
    bool m_ready = false;
};

/// The library's dated sentences in date order, narrowed to one theme and/or
/// one document when those are set (empty: all). UI thread only.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString themeId READ themeId WRITE setThemeId NOTIFY filterChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY filterChanged)
    /// {id, title} of every theme, for a filter menu.
    Q_PROPERTY(QVariantList themes READ themes NOTIFY choicesChanged)
    /// {id, title} of every document with a dated sentence, for a filter menu.
    /// Signalled only when they change, so a menu keeps its choice as the filter changes.
    Q_PROPERTY(QVariantList documents READ documents NOTIFY choicesChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)

public:
    enum Role { YearRole = Qt::UserRole + 1, MonthRole, DateRole, ThemesRole, TextRole, DocumentRole,
                DocumentTitleRole, BlockRole, StartRole, LengthRole, LanguageRole, NewYearRole };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    TimelineModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString themeId() const { return m_themeId; }
    void setThemeId(const QString &id);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QVariantList themes() const { return m_themes; }
    QVariantList documents() const { return m_documents; }
    bool ready() const { return m_ready; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void libraryChanged();
    void filterChanged();
    void choicesChanged();
    void changed();

private:
    void reload();
    void attach();
    library::Library *m_library = nullptr;
    QString m_themeId, m_documentId;
    QList<themes::TimelineEvent> m_events;
    QHash<QString, QString> m_titles;
    QVariantList m_themes, m_documents;
    bool m_ready = false;
};

} // namespace okur::app
