#pragma once
#include <atomic>
#include <QHash>
#include <QMutex>
#include <QString>
#include <memory>

class Hunspell;

namespace okur::text {

class Usage;

/// Answers whether a word is spelled right in one language.
class WordChecker {
public:
    virtual ~WordChecker() = default;
    virtual bool accepts(const QString &word) const = 0;
    /// Does now whatever the first question would (reading a dictionary), so
    /// that the first answer is quick on the thread that needs it.
    virtual void prepare() const {}
    /// Frees what answering loaded (a dictionary, its cache); the next question
    /// loads it again. For a repair that is over: the app keeps no spell checker
    /// in memory while it only reads.
    virtual void release() const {}
};

/// A hunspell dictionary. Thread-safe: calls are serialised and answers cached.
/// The dictionary is read on the first question (about half a second for
/// tr_TR), so a command that checks no word never pays for it.
class Lexicon final : public WordChecker {
public:
    ~Lexicon() override;
    /// Opens an .aff/.dic pair; returns null and sets `error` when it cannot.
    static std::unique_ptr<Lexicon> open(const QString &affPath, const QString &dicPath, QString *error);
    bool accepts(const QString &word) const override;
    void prepare() const override;
    void release() const override;
    /// True while the dictionary is in memory.
    bool isLoaded() const;
    /// Stems hunspell gives for a word (used by morphology later).
    QStringList stems(const QString &word) const;

private:
    Lexicon() = default;
    Hunspell &hunspell() const; ///< with m_mutex held
    QString m_aff, m_dic;
    mutable std::unique_ptr<Hunspell> m_hunspell;
    mutable QMutex m_mutex;
    mutable QHash<QString, bool> m_cache;
};

/// The two dictionaries the repair needs. Either may be null when missing.
struct Lexicons {
    std::shared_ptr<const WordChecker> tr;
    std::shared_ptr<const WordChecker> en;
    std::shared_ptr<const Usage> usage; ///< Turkish spellings in shipped text; may be null
    const WordChecker *forLanguage(const QString &language) const
    {
        return language == QLatin1String("tr") ? tr.get() : en.get();
    }
    bool complete() const { return tr && en; }
    /// Reads both dictionaries now: the app does it on its worker, so no tap
    /// pays for it. Stops between the two when `cancelled` turns true (each
    /// takes about half a second; a quit waits for one at most).
    void prepare(const std::atomic_bool *cancelled = nullptr) const
    {
        for (const auto &l : {tr, en}) {
            if (cancelled && cancelled->load()) {
                return;
            }
            if (l) {
                l->prepare();
            }
        }
    }
    /// Frees both dictionaries until the next question (see WordChecker::release()).
    void release() const
    {
        for (const auto &l : {tr, en}) {
            if (l) {
                l->release();
            }
        }
    }
    /// True while either dictionary is in memory (read, not yet released).
    bool loaded() const;
};

/// Loads tr_TR and en_US from the app's resources (":/okur/hunspell"),
/// extracting them once into `cacheDir` because hunspell reads files.
/// Slow (a second or so): never call on the UI thread.
Lexicons loadBundledLexicons(const QString &cacheDir, QString *error);

} // namespace okur::text
