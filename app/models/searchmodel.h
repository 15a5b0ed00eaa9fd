#pragma once
#include "library/library.h"
#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The library search page: hits grouped by document (the most relevant
/// document first), each with a snippet that emphasises the hit. Runs a
/// moment after typing stops. UI thread only.
class SearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool exact READ exact WRITE setExact NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY resultsChanged)
    Q_PROPERTY(int hitCount READ hitCount NOTIFY resultsChanged)
    /// True when there were more matches than one search shows.
    Q_PROPERTY(bool capped READ capped NOTIFY resultsChanged)
    /// What of the query was left out to bound its cost ("" when nothing was).
    Q_PROPERTY(QString notice READ notice NOTIFY resultsChanged)

public:
    enum Role { DocumentRole = Qt::UserRole + 1, DocumentTitleRole, BlockRole, StartRole, LengthRole, SnippetRole,
                SnippetHtmlRole };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    SearchModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString query() const { return m_query; }
    void setQuery(const QString &q);
    bool exact() const { return m_exact; }
    void setExact(bool exact);
    int documentCount() const { return m_documents; }
    int hitCount() const { return m_hitCount; }
    bool capped() const;
    QString notice() const { return m_notice; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Runs the search now (typing waits a moment first).
    Q_INVOKABLE void run();

Q_SIGNALS:
    void libraryChanged();
    void queryChanged();
    void resultsChanged();

private:
    void attach();
    library::Library *m_library = nullptr;
    QString m_query;
    bool m_exact = false;
    int m_documents = 0;
    QList<search::SearchHit> m_hits;            // one a passage (block): its first hit
    QList<QList<QPair<int, int>>> m_emphasis;  // every hit of the passage, in snippet offsets
    int m_hitCount = 0;
    QString m_notice;
    QHash<QString, QString> m_titles;
    QTimer m_debounce;
};

/// The snippet as rich text with the hits (start, length pairs in the
/// snippet) in bold; everything else escaped. Pure.
QString emphasise(const QString &snippet, const QList<QPair<int, int>> &hits);

} // namespace okur::app
