#pragma once
#include "glossary/parallel.h"
#include "library/library.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// A document's two languages side by side: one row a bead of the alignment
/// (the left language's sentences and their translation on the right).
/// `available` says whether the document has a passage and its translation
/// (cheap: from the blocks' languages); the alignment itself runs on a worker
/// thread when `align` is set, and again when the document changes. UI thread only.
class ParallelModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    /// True: align (the view). False, the default: only `available` is worked out (a menu deciding whether to offer the
    /// view).
    Q_PROPERTY(bool align READ align WRITE setAlign NOTIFY alignChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString leftLanguage READ leftLanguage NOTIFY countChanged)
    Q_PROPERTY(QString rightLanguage READ rightLanguage NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { LeftRole = Qt::UserRole + 1, RightRole, HeadingRole, PassageRole, LeftBlockRole, RightBlockRole };
    Q_ENUM(Role)

    explicit ParallelModel(QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);
    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    bool align() const { return m_align; }
    void setAlign(bool align);
    bool available() const { return m_available; }
    bool loading() const { return m_loading; }
    QString leftLanguage() const { return m_text.leftLanguage; }
    QString rightLanguage() const { return m_text.rightLanguage; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row holding a sentence of the left (side 0) or right (1) language
    /// that starts at `start` of `block`, or -1: where the reader's sentence is.
    Q_INVOKABLE int rowOf(int side, int block, int start) const;
    /// Blocks until the alignment is done (tests).
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void alignChanged();
    void availableChanged();
    void loadingChanged();
    void countChanged();

private:
    void attach();
    void start();
    library::Library *m_library = nullptr;
    QString m_documentId;
    bool m_align = false;
    bool m_available = false;
    bool m_loading = false;
    glossary::ParallelText m_text;
    QFutureWatcher<glossary::ParallelText> m_watcher;
};

} // namespace okur::app
