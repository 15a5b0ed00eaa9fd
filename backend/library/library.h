#pragma once
#include <atomic>
#include "documents/documentstore.h"
#include "annotations/annotationstore.h"
#include "glossary/vocabulary.h"
#include "glossary/wordstatus.h"
#include "storage/changejournal.h"
#include "tokenizer/fts.h"
#include "glossary/glossary.h"
#include "themes/summarycache.h"
#include "text/lexicon.h"
#include "tasks.h"

#include <QFuture>
#include <QThreadPool>
#include <functional>
#include <QObject>
#include <QTimer>

#include <memory>

namespace okur::library {

/// Where the library lives: `--library DIR`, else $OKUR_LIBRARY, else the
/// platform's app data folder.
QString resolveLibraryDir(const QString &explicitDir = QString());

/// The library as the app sees it: a store for the UI thread, plus the
/// slow work (loading dictionaries, importing the bundled documents,
/// re-processing after a better repair) on a worker thread. Lives on the
/// UI thread; signals arrive there.
class Library : public QObject {
    Q_OBJECT
public:
    explicit Library(const QString &dir, QObject *parent = nullptr);
    ~Library() override;

    /// Opens the database (fast). On failure `error()` says why.
    bool open();
    /// Starts dictionary loading and seeding in the background.
    void startBackgroundWork();
    /// Waits for the background work (tests, the CLI).
    void waitForBackgroundWork();
    /// Asks the background work to stop at its next unit boundary (a
    /// document, an index batch); it still ends in busyChanged(), and the next
    /// start completes what was left. The destructor does this too, so
    /// quitting during a first start does not wait for it to finish.
    void cancelBackgroundWork();
    /// The step the background work is on (Task::Idle when none).
    WorkProgress progress() const { return m_progress; }

    /// The library's long-lived stores on the UI thread's connection. Views
    /// listen to their signals: every write, this process's or another's
    /// (okur-cli, a worker thread, a sync), reaches them that way.
    documents::DocumentStore &store() { return m_store; }
    annotations::AnnotationStore &annotations() { return *m_annotations; }
    glossary::VocabularyStore &vocabulary() { return *m_vocabulary; }
    glossary::WordStatusStore &wordStatus() { return *m_wordStatus; }
    /// Reads the change journal now (the timer does every kWatchMs) and
    /// announces what other connections wrote through the stores' signals.
    void checkForChanges();
    static constexpr int kWatchMs = 400;
    /// Other devices' reading positions live in the sync records alone, which
    /// no store adapts: whoever merges them (a sync) says so here.
    void announcePositionsElsewhere() { Q_EMIT positionsElsewhereChanged(); }
    QString directory() const { return m_dir; }
    QString error() const { return m_error; }
    /// A one-time notice for the user (a damaged library set aside and healed), or "".
    QString notice() const { return m_notice; }
    bool busy() const { return m_busy; }
    /// The repair's spell checkers, once the background work has set them up; empty
    /// before. Read only while text is repaired (start-up, imports) and freed after.
    text::Lexicons lexicons() const;
    /// The bilingual glossary, once loaded (null before glossaryReady()).
    std::shared_ptr<const glossary::Glossary> glossary() const { return m_glossary; }
    /// Lemmas for search queries and hit spans (null before the glossary loads).
    std::function<QString(const QString &, const QString &)> lemmatizer() const { return m_lemmatizer; }
    /// The thematic summaries: from the cache (read on the first call) when the
    /// library has not changed, else once the background work has computed them
    /// (summariesReady()); null before that.
    std::shared_ptr<const themes::LibrarySummaries> summaries();

    /// Runs `job` on the library's reading thread, with a connection of its
    /// own, so a query never blocks the UI thread. Jobs run one after another,
    /// and every job runs (on a closed store if the connection cannot be
    /// opened), so every request is answered; a requester that has moved on
    /// checks its own ticket and skips the work.
    QFuture<void> read(std::function<void(documents::DocumentStore &)> job);

    /// Imports files on a worker thread; ends in importFinished().
    void importFiles(const QStringList &paths);

Q_SIGNALS:
    void documentsChanged();
    /// New ids, ids of files whose bytes were already in the library (nothing
    /// added), and one message a refused file.
    void importFinished(const QStringList &ids, const QStringList &existing, const QStringList &errors);
    void busyChanged();
    void errorChanged();
    /// The glossary is usable: right after the dictionary loads, before the
    /// index and the summaries.
    void glossaryReady();
    void progressChanged();
    void summariesReady();
    /// A sync merged records: another device's reading position may be new.
    void positionsElsewhereChanged();

private:
    void setProgress(const WorkProgress &progress);
    void finishGlossary(const text::Lexicons &lexicons, const std::shared_ptr<const glossary::Glossary> &glossary);
    void finishBackgroundWork(int changed, const QString &error,
                              const std::shared_ptr<const themes::LibrarySummaries> &summaries);

    QString m_dir;
    QString m_error;
    QString m_notice;
    bool m_busy = false;
    WorkProgress m_progress;
    documents::DocumentStore m_store;
    std::unique_ptr<annotations::AnnotationStore> m_annotations;
    std::unique_ptr<glossary::VocabularyStore> m_vocabulary;
    std::unique_ptr<glossary::WordStatusStore> m_wordStatus;
    storage::ChangeJournal m_journal;
    QTimer m_watch;
    text::Lexicons m_lexicons;
    std::shared_ptr<const glossary::Glossary> m_glossary;
    std::function<QString(const QString &, const QString &)> m_lemmatizer;
    /// The lemmas every connection of this library indexes with, set when the glossary loads.
    std::shared_ptr<tokenizer::LemmaSource> m_lemmas;
    std::shared_ptr<const themes::LibrarySummaries> m_summaries;
    bool m_triedSummaryCache = false;
    QThreadPool m_readers;                 ///< one thread: the reading connection's
    std::unique_ptr<documents::DocumentStore> m_reader; ///< opened on first read(), used on m_readers only
    QFuture<void> m_work;
    QFuture<void> m_import;
    // Set on destruction so summary work in flight stops instead of holding up exit.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace okur::library
