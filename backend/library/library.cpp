#include "library.h"

#include "healing.h"
#include "importer.h"
#include "search/lemmatizer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent>

namespace okur::library {

Q_LOGGING_CATEGORY(lcWork, "okur.work", QtWarningMsg)

QString resolveLibraryDir(const QString &explicitDir)
{
    if (!explicitDir.isEmpty()) {
        return explicitDir;
    }
    QString env = qEnvironmentVariable("OKUR_LIBRARY");
    if (!env.isEmpty()) {
        return env;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Library::Library(const QString &dir, QObject *parent)
    : QObject(parent),
      m_dir(dir),
      m_annotations(std::make_unique<annotations::AnnotationStore>(m_store.database())),
      m_vocabulary(std::make_unique<glossary::VocabularyStore>(m_store.database())),
      m_wordStatus(std::make_unique<glossary::WordStatusStore>(m_store.database())),
      m_journal(m_store.database()),
      m_lemmas(std::make_shared<tokenizer::LemmaSource>())
{
    m_store.setLemmaSource(m_lemmas);
    m_readers.setMaxThreadCount(1);
    m_readers.setExpiryTimeout(-1);
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &Library::checkForChanges);
    // Views that show the whole library follow any document's change.
    connect(&m_store, &documents::DocumentStore::documentChanged, this, &Library::documentsChanged);
    // Saving or reviewing a word moves its status in the same write.
    connect(m_vocabulary.get(), &glossary::VocabularyStore::changed, m_wordStatus.get(),
            [this]() { m_wordStatus->announce(QString(), QString()); });
}

void Library::checkForChanges()
{
    if (!m_store.isOpen()) {
        return;
    }
    QList<storage::Change> changes;
    bool everything = false;
    if (!m_journal.poll(&changes, &everything)) {
        return;
    }
    if (everything) {
        m_store.announceDocument(QString());
        m_store.announcePosition(QString());
        m_annotations->announce(QString(), QString());
        m_vocabulary->announce(0);
        m_wordStatus->announce(QString(), QString());
        return;
    }
    // One signal per document, however many of its rows changed meanwhile (a
    // merge of 900 notes is one reload of each view, not 900); the item's id
    // when it is the only one.
    QSet<QString> documents, positions, words, statuses;
    QHash<QString, QSet<QString>> annotations; // document -> annotation ids
    for (const storage::Change &c : std::as_const(changes)) {
        if (c.source == QLatin1String("documents")) {
            documents.insert(c.item);
        } else if (c.source == QLatin1String("positions")) {
            positions.insert(c.item);
        } else if (c.source == QLatin1String("annotations")) {
            annotations[c.item].insert(c.detail);
        } else if (c.source == QLatin1String("vocabulary")) {
            words.insert(c.item);
        } else if (c.source == QLatin1String("status")) {
            statuses.insert(c.item + u'\x1f' + c.detail);
        }
    }
    for (const QString &id : std::as_const(documents)) {
        m_store.announceDocument(id);
    }
    for (const QString &id : std::as_const(positions)) {
        m_store.announcePosition(id);
    }
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        m_annotations->announce(it.key(), it.value().size() == 1 ? *it.value().cbegin() : QString());
    }
    if (words.size() == 1) {
        m_vocabulary->announce(words.cbegin()->toLongLong());
    } else if (!words.isEmpty()) {
        m_vocabulary->announce(0);
    }
    if (statuses.size() == 1) {
        const QString one = *statuses.cbegin();
        m_wordStatus->announce(one.section(u'\x1f', 0, 0), one.section(u'\x1f', 1));
    } else if (!statuses.isEmpty()) {
        m_wordStatus->announce(QString(), QString());
    }
}

Library::~Library()
{
    m_cancel->store(true);
    m_readers.waitForDone();
    waitForBackgroundWork();
}

QFuture<void> Library::read(std::function<void(documents::DocumentStore &)> job)
{
    const QString dir = m_dir;
    const auto lemmas = m_lemmas;
    return QtConcurrent::run(&m_readers, [this, dir, lemmas, job = std::move(job)]() {
        if (!m_reader) {
            auto reader = std::make_unique<documents::DocumentStore>();
            reader->setLemmaSource(lemmas);
            QString error;
            if (!reader->open(dir, &error)) {
                documents::DocumentStore closed; // the UI's own store reports why
                job(closed);
                return;
            }
            m_reader = std::move(reader);
        }
        job(*m_reader);
    });
}

bool Library::open()
{
    const OpenReport report = openOrHeal(m_store, m_dir);
    if (!report.opened) {
        m_error = report.error;
        Q_EMIT errorChanged();
        return false;
    }
    m_notice = report.message();
    m_journal.start();
    m_watch.start();
    return true;
}

std::shared_ptr<const themes::LibrarySummaries> Library::summaries()
{
    // Yesterday's summaries, if nothing changed since, read when first asked
    // for (the Themes page, a document's side panel) rather than at start-up.
    if (!m_summaries && !m_triedSummaryCache && m_store.isOpen()) {
        m_triedSummaryCache = true;
        QString error;
        auto cached = std::make_shared<themes::LibrarySummaries>();
        if (themes::loadCachedSummaries(m_store, themes::bundledCatalogue(&error), cached.get())) {
            m_summaries = cached;
        }
    }
    return m_summaries;
}

text::Lexicons Library::lexicons() const { return m_lexicons; }

void Library::startBackgroundWork()
{
    if (m_busy || !m_store.isOpen()) {
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    const QString dir = m_dir;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QPointer<Library> self(this);
    const auto lemmas = m_lemmas;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_work = QtConcurrent::run([self, dir, cache, lemmas, cancel]() {
        // Each step's result reaches the UI thread as soon as the step ends;
        // a cancelled run skips what is left, and the next start does it.
        const auto post = [self](std::function<void(Library &)> fn) {
            if (!self) {
                return;
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, fn = std::move(fn)]() {
                    if (self) {
                        fn(*self);
                    }
                },
                Qt::QueuedConnection);
        };
        const auto step = [&post](Task task, int done = 0, int total = 0) {
            post([p = WorkProgress{task, done, total}](Library &l) { l.setProgress(p); });
        };
        TaskControl control{cancel.get(), [&step](int done, int total) { step(Task::Documents, done, total); }};
        QElapsedTimer clock;
        clock.start();
        const auto lap = [&clock](const char *what) { qCDebug(lcWork) << what << "took" << clock.restart() << "ms"; };

        QString error;
        int changed = 0;
        // Nothing is read yet: the spell checkers serve the text repair alone (the
        // glossary answers from its prebuilt tables), so they are read only when
        // there is text to repair and freed when it is done; hunspell's tr_TR and
        // en_US are ~30 MB of heap, which a reader need not hold.
        text::Lexicons lex =
            text::loadBundledLexicons(cache.isEmpty() ? dir + QStringLiteral("/cache") : cache, &error);
        documents::DocumentStore store; // the worker's own connection
        store.setLemmaSource(lemmas);
        if (!control.isCancelled() && store.open(dir, &error) && repairPending(store)) {
            step(Task::Lexicons);
            lex.prepare(cancel.get());
            lap("lexicons");
            changed += syncBundledDocuments(store, lex, &error, control);
            changed += reprocessOutdated(store, lex, &error, control);
            lap("documents");
        }
        lex.release(); // an import reads them again, on its own worker
        std::shared_ptr<const glossary::Glossary> loaded;
        if (!control.isCancelled()) {
            step(Task::Dictionary);
            auto dictionary = std::make_shared<glossary::Dictionary>();
            if (dictionary->loadBundled(&error)) {
                loaded = std::make_shared<const glossary::Glossary>(dictionary);
                // With the glossary, the index gains lemma tokens ("diplomasi" finds "diplomasisinin").
                lemmas->set(search::glossaryLemmatizer(loaded));
            }
            lap("dictionary");
        }
        post([lex, loaded](Library &l) { l.finishGlossary(lex, loaded); });
        if (store.isOpen() && !control.isCancelled()) {
            step(Task::Index);
            refreshSearchIndex(store, cancel.get()); // a rebuild cut short goes on at the next start
            lap("index");
        }
        std::shared_ptr<const themes::LibrarySummaries> summaries;
        if (loaded && store.isOpen() && !control.isCancelled()) {
            step(Task::Summaries);
            const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);
            auto fresh = std::make_shared<themes::LibrarySummaries>();
            if (!themes::loadCachedSummaries(store, catalogue, fresh.get())) {
                *fresh = themes::computeSummaries(store, catalogue, search::glossaryLemmatizer(loaded), cancel.get());
                themes::storeCachedSummaries(store, *fresh); // keeps nothing when cut short
            }
            if (!control.isCancelled()) {
                summaries = fresh;
            }
            lap("summaries");
        }
        post([changed, error, summaries](Library &l) { l.finishBackgroundWork(changed, error, summaries); });
    });
}

void Library::cancelBackgroundWork() { m_cancel->store(true); }

void Library::setProgress(const WorkProgress &progress)
{
    if (progress != m_progress) {
        m_progress = progress;
        Q_EMIT progressChanged();
    }
}

void Library::waitForBackgroundWork()
{
    m_work.waitForFinished();
    m_import.waitForFinished();
}

void Library::importFiles(const QStringList &paths)
{
    const QString dir = m_dir;
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const text::Lexicons known = m_lexicons;
    QPointer<Library> self(this);
    const auto lemmas = m_lemmas;
    // Imports wait for the seeding so two writers never race on a fresh library.
    QFuture<void> before = m_work;
    m_import = QtConcurrent::run([self, dir, cache, known, paths, before, lemmas]() mutable {
        before.waitForFinished();
        QStringList ids, existing, errors;
        QString error;
        text::Lexicons lex = known.complete() ? known
                                              : text::loadBundledLexicons(cache.isEmpty() ? dir + QStringLiteral("/cache") : cache, &error);
        documents::DocumentStore store;
        store.setLemmaSource(lemmas);
        if (!store.open(dir, &error)) {
            errors << error;
        } else {
            for (const QString &path : paths) {
                const ImportOutcome r = importFile(store, path, lex);
                errors += r.notes; // a skipped EPUB chapter is said, not hidden
                if (!r.ok()) {
                    errors << r.error;
                } else if (r.existing) {
                    existing << r.id;
                } else {
                    ids << r.id;
                }
            }
        }
        lex.release(); // read for this import only: the reader keeps no spell checker
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, ids, existing, errors]() {
                    if (!self) {
                        return;
                    }
                    if (!ids.isEmpty()) {
                        Q_EMIT self->documentsChanged();
                    }
                    Q_EMIT self->importFinished(ids, existing, errors);
                },
                Qt::QueuedConnection);
        }
    });
}

void Library::finishGlossary(const text::Lexicons &lexicons, const std::shared_ptr<const glossary::Glossary> &loaded)
{
    m_lexicons = lexicons;
    m_glossary = loaded;
    if (m_glossary) {
        m_lemmatizer = search::glossaryLemmatizer(m_glossary);
        Q_EMIT glossaryReady();
    }
}

void Library::finishBackgroundWork(int changed, const QString &error,
                                   const std::shared_ptr<const themes::LibrarySummaries> &summaries)
{
    if (summaries) {
        const bool changedSummaries = !m_summaries || m_summaries->stamp != summaries->stamp;
        m_summaries = summaries;
        if (changedSummaries) {
            Q_EMIT summariesReady();
        }
    }
    m_busy = false;
    setProgress({});
    if (!error.isEmpty() && error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    if (changed > 0) {
        Q_EMIT documentsChanged();
    }
    Q_EMIT busyChanged();
}

} // namespace okur::library
