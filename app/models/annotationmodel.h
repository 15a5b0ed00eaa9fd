#pragma once
#include "library/library.h"
#include "annotations/annotation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The open document's highlights, notes and bookmarks: for the reader's
/// marks and for its annotations panel (sorted by position, filterable by
/// colour). Every change is committed before the call returns; the last
/// change can be undone. UI thread only.
class AnnotationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(QString colorFilter READ colorFilter WRITE setColorFilter NOTIFY colorFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QStringList colors READ colors CONSTANT)
    /// Why the last add, change, removal or undo failed; "" after one that was saved.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        BlockRole,
        StartRole,
        EndRole,
        QuoteRole,
        NoteRole,
        ColorRole,
        CreatedRole,
        OrphanedRole,
        ContinuesRole
    };
    /// ContinuesRole: the quote stops inside its block (its text goes on after it: a bookmark's line shows "…").
    Q_ENUM(Role)

    explicit AnnotationModel(QObject *parent = nullptr);
    AnnotationModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QString colorFilter() const { return m_colorFilter; }
    void setColorFilter(const QString &color);
    int revision() const { return m_revision; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    QStringList colors() const;
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each write returns whether it was committed; on failure `error` says why
    // and the rows stay as the database has them (nothing is shown as saved).
    /// Highlights [start, end) of a block; returns the new id ("" on failure).
    Q_INVOKABLE QString addHighlight(int block, int start, int end, const QString &color, const QString &note = QString());
    /// Bookmarks the line at `share` of a block's text (the reader's `here`: the line at the top), quoting its
    /// first words; the block's start for 0. Returns the new id ("" on failure).
    Q_INVOKABLE QString addBookmark(int block, double share = 0);
    Q_INVOKABLE bool setColor(const QString &id, const QString &color);
    Q_INVOKABLE bool setNote(const QString &id, const QString &note);
    Q_INVOKABLE bool remove(const QString &id);
    /// Reverts the last add, change or removal; a failed undo stays undoable.
    Q_INVOKABLE bool undo();
    /// {id, start, end, color} of the block's highlights, for drawing.
    Q_INVOKABLE QVariantList highlightsForBlock(int block) const;
    /// Every block's highlights at once (block → as highlightsForBlock gives them), in one pass.
    QHash<int, QVariantList> highlightsByBlock() const;
    /// The highlight covering a character ("" when none).
    Q_INVOKABLE QString highlightAt(int block, int position) const;
    /// One annotation as a map (id, note, color, quote...), {} when unknown.
    Q_INVOKABLE QVariantMap get(const QString &id) const;

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void colorFilterChanged();
    void changed();
    void errorChanged();

private:
    struct Action {
        enum Kind { Added, Removed, Updated } kind;
        annotations::Annotation before;
    };
    void attach();
    void reload();
    /// Records a committed change for undo (the store's signal has reloaded the rows).
    bool recorded(bool ok, const Action &action);
    /// Sets `error` from the outcome of a write (the store's reason when it failed).
    bool settle(bool ok);
    bool fail(const QString &reason);
    /// False (with `error` set) when there is no library to write to.
    bool writable();
    const annotations::Annotation *find(const QString &id) const;
    library::Library *m_library = nullptr;
    QString m_documentId;
    QString m_colorFilter;
    /// The document's block texts, read on first use (blockTexts()).
    const QStringList &blockTexts();
    QStringList m_blockTexts;
    QList<annotations::Annotation> m_all;   // every live annotation of the document
    QList<annotations::Annotation> m_rows;  // filtered, for the panel
    QList<Action> m_undo;
    QString m_error;
    int m_revision = 0;
};

} // namespace okur::app
