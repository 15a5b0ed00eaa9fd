#pragma once
#include "library/library.h"
#include "glossary/glossary.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


namespace okur::app {

/// The glossary popup: the entries for the word (or term) the reader
/// tapped, best first, with its analysis; and "Save" to the vocabulary.
/// Lookups wait for the glossary to load, then answer. UI thread only.
class LookupModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The library it shows; set in QML (`library: App.library`) or by a test.
    Q_PROPERTY(okur::library::Library *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString query READ query NOTIFY resultChanged)
    Q_PROPERTY(QString language READ language NOTIFY resultChanged)
    Q_PROPERTY(QString term READ term NOTIFY resultChanged)
    Q_PROPERTY(QString lemma READ lemma NOTIFY resultChanged)
    Q_PROPERTY(QString wordLemma READ wordLemma NOTIFY resultChanged)
    Q_PROPERTY(QVariantList segments READ segments NOTIFY resultChanged)
    Q_PROPERTY(int start READ start NOTIFY resultChanged)
    Q_PROPERTY(int length READ length NOTIFY resultChanged)
    Q_PROPERTY(QString context READ context NOTIFY resultChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    /// The learner's status of the lemma (glossary/wordstatus.h: 0 new, 1-4 learning, 5 known, 6 ignored).
    Q_PROPERTY(int status READ status NOTIFY statusChanged)
    /// Why the last save failed ("" when it was saved or not tried).
    Q_PROPERTY(QString saveError READ saveError NOTIFY savedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultChanged)

public:
    /// SensesByGroupRole: the senses a line for each of the source's sense groups (what More shows).
    enum Role {
        HeadwordRole = Qt::UserRole + 1,
        SensesRole,
        SourceRole,
        EntryLanguageRole,
        PosRole,
        SensesByGroupRole
    };
    Q_ENUM(Role)

    explicit LookupModel(QObject *parent = nullptr);
    LookupModel(library::Library *library, QObject *parent = nullptr);
    library::Library *library() const { return m_library; }
    void setLibrary(library::Library *library);

    bool ready() const;
    bool hasResult() const { return !m_result.query.isEmpty(); }
    QString query() const { return m_result.query; }
    QString language() const { return m_result.language; }
    QString term() const { return m_result.term; }
    QString lemma() const;
    /// The tapped word's own lemma, also inside a term ("diplomasi" in "kamu diplomasisinin"): what its status is of.
    QString wordLemma() const;
    /// The lemma the word's status is kept by (LookupResult::statusLemma), else wordLemma().
    QString statusLemma() const;
    QVariantList segments() const;
    int start() const { return m_result.start; }
    int length() const { return m_result.length; }
    QString context() const { return m_context; }
    bool saved() const { return m_saved; }
    QString saveError() const { return m_saveError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Looks up the word at `position` in a block of a document.
    Q_INVOKABLE void lookupAt(const QString &blockText, int position, const QString &language,
                              const QString &documentId, int block);
    /// Looks up free text (a word or a phrase).
    Q_INVOKABLE void lookup(const QString &text, const QString &language = QString());
    Q_INVOKABLE void clear();
    /// Saves the lemma (or term) with its sentence to the vocabulary; true
    /// once it is committed, else false with `saveError` saying why.
    Q_INVOKABLE bool save();
    int status() const;
    /// Sets the lemma's status (from the card's buttons or keys 1-4, K, I); false when nothing is looked up.
    Q_INVOKABLE bool setStatus(int status);
    /// referenceLinks() for the card's senses label, the `focused` link (by place; -1: none) shown in bold.
    Q_INVOKABLE QString linkedSenses(const QString &senses, int focused = -1) const;
    /// referencedWords(): where the senses label's links lead, for keys and a screen reader.
    Q_INVOKABLE QStringList referencedWords(const QString &senses) const;

Q_SIGNALS:
    void libraryChanged();
    void readyChanged();
    void resultChanged();
    void savedChanged();
    void statusChanged();

private:
    void attach();
    void setResult(const glossary::LookupResult &r, const QString &context);
    library::Library *m_library = nullptr;
    glossary::LookupResult m_result;
    QString m_context;
    QString m_documentId;
    int m_block = -1;
    bool m_saved = false;
    QString m_saveError;
    std::function<void()> m_pending; // a lookup asked for before the glossary loaded
};

/// The sentence of `text` around `position`: the context a saved word keeps. Pure.
QString sentenceAround(const QString &text, int position);

/// A segment's label in the interface's language ("from (ablative)": "-den hâli (ayrılma)"). The glossary
/// writes its labels in English, marked for lupdate where it writes them; they are translated only here,
/// where they are shown, since the glossary also reads some of them ("verb stem").
QString segmentLabel(const glossary::Segment &segment);
/// An entry's part of speech ("verb") in the interface's language; empty for none.
QString partOfSpeechLabel(const QString &pos);
/// An entry's senses, a line for each of its source's sense groups (in the order their best sense is ranked),
/// the senses of one group joined by "; ": what the card's More shows. One line when the source has no groups. Pure.
QString sensesByGroup(const glossary::Entry &e);
/// Senses as the card shows them (groups on lines of their own) in styled-text markup, each reference the dictionary
/// makes ("→ can") a link to its word, percent-encoded; the rest escaped. Empty when none refers: plain text does.
/// The `focused` link (by place among them; -1: none), which the keys would follow, is bold. Pure.
QString referenceLinks(const QString &senses, int focused = -1);
/// The words the references in `senses` lead to, in order ("→ meet; → meta": meet, meta). Pure.
QStringList referencedWords(const QString &senses);

} // namespace okur::app
