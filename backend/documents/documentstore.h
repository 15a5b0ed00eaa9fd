#pragma once
#include "document.h"
#include "storage/database.h"

#include <QObject>

#include <memory>
#include <optional>

namespace okur::tokenizer {
class LemmaSource;
}

namespace okur::documents {

/// The library's documents, blocks, reading positions and settings in
/// SQLite. Returns plain structs. One instance per thread (each has its own
/// connection); every write is committed before the call returns, and
/// signalled: documentChanged(), positionChanged(). The library announces
/// the writes of other connections through the same signals.
class DocumentStore : public QObject {
    Q_OBJECT
public:
    explicit DocumentStore(QObject *parent = nullptr) : QObject(parent) {}

    /// Opens or creates `<dir>/library.sqlite` and migrates it.
    bool open(const QString &dir, QString *error);
    /// Where the search index's tokenizer on this connection takes its lemmas
    /// from; set before open() (the library shares one among its connections).
    void setLemmaSource(std::shared_ptr<tokenizer::LemmaSource> lemmas) { m_lemmas = std::move(lemmas); }
    std::shared_ptr<tokenizer::LemmaSource> lemmaSource() const { return m_lemmas; }
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    storage::Database &database() { return m_db; }

    QList<DocumentInfo> documents();
    /// `limit` documents from `offset` in library order: for views that load lazily.
    QList<DocumentInfo> documents(int offset, int limit);
    int documentCount();
    /// Ids of documents whose text was repaired by an older repair version.
    QStringList repairedBefore(int repairVersion);
    std::optional<DocumentInfo> document(const QString &id);
    QList<StoredBlock> blocks(const QString &id);
    /// Every block's kind, with the headings' text: a document's shape without its text (the contents).
    QList<OutlineBlock> outline(const QString &id);
    /// Every block's length in characters (code points), in order.
    QList<int> blockLengths(const QString &id);
    bool contains(const QString &id);
    /// Ids and repair versions of every document with its origin, for re-processing.
    QList<DocumentInfo> documentsByOrigin(const QString &originPrefix);
    QString rawText(const QString &id);

    /// Inserts a document and its blocks in one transaction; returns its id.
    /// When a document with the same content hash is already stored, inserts
    /// nothing and returns that document's id with `*existing` set.
    QString insert(const NewDocument &doc, QString *error, bool *existing = nullptr);
    /// The document imported from bytes with this hash, or "".
    QString documentWithHash(const QString &contentHash);
    /// Replaces a document's blocks after a better repair.
    bool replaceBlocks(const QString &id, const QList<text::TextBlock> &blocks, int repairVersion, QString *error);
    bool remove(const QString &id);

    ReadingPosition position(const QString &id);
    bool setPosition(const QString &id, const ReadingPosition &pos);

    QString setting(const QString &key, const QString &fallback = QString());
    bool setSetting(const QString &key, const QString &value);

    /// Signal changes another connection made (see storage::ChangeJournal).
    void announceDocument(const QString &id) { Q_EMIT documentChanged(id); }
    void announcePosition(const QString &id) { Q_EMIT positionChanged(id); }

    /// A slug from a title: "Azerbaycan'ın Dış Politikası" → "azerbaycanin-dis-politikasi".
    static QString slugify(const QString &title);

Q_SIGNALS:
    /// A document was added, re-processed or removed ("" when any may have).
    void documentChanged(const QString &id);
    /// A document's reading position moved ("" when any may have).
    void positionChanged(const QString &documentId);

private:
    QString uniqueId(const QString &preferred);
    std::shared_ptr<tokenizer::LemmaSource> m_lemmas;
    storage::Database m_db;
    QString m_path;
};

} // namespace okur::documents
