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

} // namespace okur::app
