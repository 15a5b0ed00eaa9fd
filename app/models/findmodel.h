#pragma once
#include "library/library.h"
#include "search/query.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The reader's find bar: every match of the query in the open document's
/// blocks (no index needed), the current one, next and previous. Matching
/// runs on the library's reading thread; a new query drops the one in flight.
/// When the matches arrive, the current one is the first at or after `from`
/// and found() says where it is. Lives on the UI thread.
class FindModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY resultsChanged)
    Q_PROPERTY(bool exact READ exact WRITE setExact NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(int current READ current NOTIFY currentChanged)
    Q_PROPERTY(int revision READ revision NOTIFY resultsChanged)
    /// The block the reader is at: the first match at or after it becomes current.
    Q_PROPERTY(int from READ from WRITE setFrom NOTIFY fromChanged)
    /// True while a query is being matched.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    explicit FindModel(QObject *parent = nullptr);
    FindModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QString query() const { return m_query; }
    void setQuery(const QString &q);
    bool exact() const { return m_exact; }
    void setExact(bool exact);
    int count() const { return int(m_hits.size()); }
    int current() const { return m_current; }
    int revision() const { return m_revision; }
    int from() const { return m_from; }
    void setFrom(int block);
    bool loading() const { return m_loading; }

    /// Moves to the next (or previous) match, wrapping; returns {block, start, length} or {}.
    Q_INVOKABLE QVariantMap next();
    Q_INVOKABLE QVariantMap previous();
    /// Moves to the first match at or after a block (where the reader is).
    Q_INVOKABLE QVariantMap firstFrom(int block);
    /// {start, length, current} of a block's matches, for drawing.
    Q_INVOKABLE QVariantList hitsForBlock(int block) const;

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void resultsChanged();
    void currentChanged();
    void fromChanged();
    void loadingChanged();
    /// The matches of a new query arrived and `hit` ({block, start, length},
    /// or empty when none) is current: the reader goes there.
    void found(const QVariantMap &hit);

private:
    void attach();
    struct Hit {
        int block;
        int start;
        int length;
    };
    void recompute();
    void show(QList<Hit> hits);
    void setLoading(bool loading);
    QVariantMap select(int i);
    library::Library *m_library = nullptr;
    QString m_documentId;
    QString m_query;
    bool m_exact = false;
    QList<Hit> m_hits;
    int m_current = -1;
    int m_revision = 0;
    int m_from = 0;
    bool m_loading = false;
    quint64 m_ticket = 0; ///< the newest request; older answers are dropped
    std::shared_ptr<std::atomic<quint64>> m_newest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace okur::app
