#pragma once
#include "library/library.h"

#include <atomic>
#include <memory>
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
    /// True when loadMore() would show more hits (a page or a document was cut short).
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY resultsChanged)
    /// After loadMore(): the first row the page before did not show (a passage), where a reader goes on; -1 when
    /// none is new or the rows answer a new query.
    Q_PROPERTY(int firstNew READ firstNew NOTIFY resultsChanged)
    /// What of the query was left out to bound its cost ("" when nothing was).
    Q_PROPERTY(QString notice READ notice NOTIFY resultsChanged)
    /// A search is running on the library's reading thread.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

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
    bool canLoadMore() const { return m_more; }
    int firstNew() const { return m_firstNew; }
    QString notice() const { return m_notice; }
    bool loading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Starts the search now (typing waits a moment first) on the library's
    /// reading thread; a newer query replaces it, and the results arrive with
    /// resultsChanged().
    Q_INVOKABLE void run();
    /// Searches again with room for the next page of hits: another
    /// kHitsPerSearch, and no cap a document once the first page is shown.
    Q_INVOKABLE void loadMore();

Q_SIGNALS:
    void libraryChanged();
    void queryChanged();
    void resultsChanged();
    void loadingChanged();

private:
    /// What one search found, in the rows' order.
    struct Results {
        QList<search::SearchHit> hits;
        QList<QList<QPair<int, int>>> emphasis;
        QHash<QString, QString> titles;
        int hitCount = 0;
        int documents = 0;
        bool more = false;
        QString notice;
    };
    static Results find(documents::DocumentStore &store, const QString &query, bool exact,
                        const tokenizer::Lemmatizer &lemmatizer, int pages);
    void show(Results results);
    void setLoading(bool loading);
    void attach();
    library::Library *m_library = nullptr;
    quint64 m_ticket = 0;  ///< the newest request; older answers are dropped
    /// The newest ticket, as the reading thread sees it: a queued older request skips its work.
    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    QString m_query;
    bool m_exact = false;
    int m_documents = 0;
    QList<search::SearchHit> m_hits;            // one a passage (block): its first hit
    QList<QList<QPair<int, int>>> m_emphasis;  // every hit of the passage, in snippet offsets
    int m_hitCount = 0;
    QString m_notice;
    bool m_more = false;
    int m_pages = 1; ///< pages of hits asked for; a new query starts at one
    bool m_moreAsked = false; ///< the search running is loadMore()'s
    int m_firstNew = -1;
    QHash<QString, QString> m_titles;
    QTimer m_debounce;
};

/// The snippet as rich text with the hits (start, length pairs in the
/// snippet) in bold; everything else escaped. Pure.
QString emphasise(const QString &snippet, const QList<QPair<int, int>> &hits);

/// A snippet of a passage that shows every hit in it (start, length pairs in
/// `text`, in order): the words around each, windows that meet merged, the
/// gaps and cut ends marked "…". `emphasis` gets the hits' places in the
/// snippet. Line breaks become spaces, one for one. Pure.
QString passageSnippet(const QString &text, const QList<QPair<int, int>> &hits, int context,
                       QList<QPair<int, int>> *emphasis);

} // namespace okur::app
