#pragma once
#include "annotationmodel.h"
#include "documents/document.h"
#include "library/library.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace okur::app {

/// The blocks of the open document, for the reader's continuous flow, and
/// the reading position to restore and save. UI thread only.
class BlockModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY documentIdChanged)
    /// The first block is a heading that says the title again (an imported file's "# Title"): the reader's
    /// title page then leaves the title to it, so it is not shown twice.
    Q_PROPERTY(bool titleInText READ titleInText NOTIFY documentIdChanged)
    Q_PROPERTY(QString author READ author NOTIFY documentIdChanged)
    Q_PROPERTY(QString date READ date NOTIFY documentIdChanged)
    Q_PROPERTY(QString source READ source NOTIFY documentIdChanged)
    Q_PROPERTY(QString language READ language NOTIFY documentIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int savedBlock READ savedBlock NOTIFY documentIdChanged)
    Q_PROPERTY(double savedOffset READ savedOffset NOTIFY documentIdChanged)
    Q_PROPERTY(QString error READ error NOTIFY documentIdChanged)
    /// Where another device last read this document (synced), when that is a
    /// screenful or more from here: {device, name, block, offset, progress};
    /// {} otherwise. For "Continue from <device> at <place>".
    Q_PROPERTY(QVariantMap elsewhere READ elsewhere NOTIFY elsewhereChanged)
    /// The document's annotations: each block's highlights become its `highlights` role, kept current as they
    /// change, so a delegate binds to one role instead of joining two models itself.
    Q_PROPERTY(okur::app::AnnotationModel *annotations READ annotations WRITE setAnnotations NOTIFY annotationsChanged)
    /// Tint new and learning words (the statusSpans role); set from the reading setting.
    Q_PROPERTY(bool markWords READ markWords WRITE setMarkWords NOTIFY markWordsChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        KindRole,
        LanguageRole,
        RawRole,
        BlockRole,
        HeadingLevelRole,
        HighlightsRole,
        StatusSpansRole
    };
    Q_ENUM(Role)

    explicit BlockModel(QObject *parent = nullptr);
    BlockModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QString title() const; ///< with typographic quotes, as the text
    bool titleInText() const;
    QString author() const { return m_info.author; }
    QString date() const; ///< as the library's cards say it
    QString source() const { return m_info.source; }
    QString language() const { return m_info.language; }
    int savedBlock() const { return m_saved.block; }
    double savedOffset() const { return m_saved.offset; }
    QString error() const { return m_error; }
    QVariantMap elsewhere() const { return m_elsewhere; }
    AnnotationModel *annotations() const { return m_annotations; }
    void setAnnotations(AnnotationModel *annotations);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Remembers where the reader is: `block` and how far into it (0..1).
    Q_INVOKABLE void savePosition(int block, double offset);
    /// The first block (from `fromBlock`) containing `text`: {block, start, text, language}, or {}.
    Q_INVOKABLE QVariantMap find(const QString &text, int fromBlock = 0) const;
    /// Grows a keyboard selection in `block` by a word or a sentence (text/selection.h):
    /// {anchorStart, anchorEnd, focus, start, end}. With anchorStart < 0 it starts one
    /// on the block's first word (or sentence). {} for a block with no words.
    /// Sets every new lemma of blocks first..last (the page in view) to known,
    /// as LingQ's "page done"; returns how many, -1 on failure.
    Q_INVOKABLE int markNewAsKnown(int first, int last);
    bool markWords() const { return m_markWords; }
    void setMarkWords(bool mark);
    Q_INVOKABLE QVariantMap stepSelection(int block, int anchorStart, int anchorEnd, int focus, bool bySentence,
                                          bool forward) const;
    /// The word of a block's shown text after `position` (its first at or after it), or with `forward` false the
    /// one before it (its last ending at or before it): {start, end}; with `position` < 0 the block's first word
    /// (or last). {} when there is none: the keys' word cursor goes on to the next block.
    Q_INVOKABLE QVariantMap wordBeside(int block, int position, bool forward) const;

Q_SIGNALS:
    void libraryChanged();
    void documentIdChanged();
    void countChanged();
    void annotationsChanged();
    void markWordsChanged();
    void elsewhereChanged();

private:
    void attach();
    void load();
    void refreshElsewhere();
    void refreshHighlights(); ///< re-reads the annotations; signals the blocks whose highlights changed
    /// The words of a row with their statuses (cached until a status changes).
    const QList<glossary::StatusToken> &statusTokens(int row) const;
    void statusesChanged();
    library::Library *m_library = nullptr;
    QString m_documentId;
    QString m_error;
    documents::DocumentInfo m_info;
    documents::ReadingPosition m_saved;
    QVariantMap m_elsewhere;
    bool m_saving = false; ///< our own savePosition: not another device's news
    QList<documents::StoredBlock> m_blocks;
    QPointer<AnnotationModel> m_annotations;
    QHash<int, QVariantList> m_highlights; ///< row → its highlights, as AnnotationModel::highlightsForBlock gives them
    bool m_markWords = false;
    mutable QHash<int, QList<glossary::StatusToken>> m_tokens;
    mutable QHash<QString, QHash<QString, int>> m_statuses; ///< by language, read once per change
};

} // namespace okur::app
