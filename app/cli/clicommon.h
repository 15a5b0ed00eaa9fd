#pragma once
// What the okur-cli commands share: parsed options, exit codes, opening the library.
#include "documents/documentstore.h"
#include "text/lexicon.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace okur::glossary {
class Glossary;
}

namespace okur::cli {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

extern const char *kUsageText;

/// A usage mistake: "okur-cli COMMAND: PROBLEM", then that command's own lines of the usage (the whole usage for a
/// command it does not list); returns kUsage.
int usageError(QTextStream &err, const QString &command, const QString &problem);
/// The usage mistake of the commands that take one document id.
inline QString kNeedsDocumentId() { return QStringLiteral("give one document id (okur-cli list shows them)"); }

struct Options {
    QString libraryDir;
    QStringList positional;
    bool json = false;
    QString from;
    QHash<QString, QString> values; ///< --name value, without the dashes
    QString badOption;
};

Options parse(const QStringList &args);
QString cacheDir(const QString &libraryDir);
/// Opens the library and brings the bundled documents in, synchronously.
bool openLibrary(const Options &o, documents::DocumentStore &store, text::Lexicons &lex, QTextStream &err);

/// True when the library holds document `id`; else says so on `err`.
bool requireDocument(documents::DocumentStore &store, const QString &id, QTextStream &err);

/// Brings the search index up to date after a write. An index of lemma tokens
/// is written only with the glossary's lemmas, so the glossary is loaded when
/// documents wait to be indexed there; it is never rebuilt without them.
void refreshIndex(documents::DocumentStore &store, QTextStream &err);

/// The bundled dictionaries and morphology over `lex`; null (with a message on `err`) when missing.
std::shared_ptr<const okur::glossary::Glossary> loadGlossary(QTextStream &err);

/// okur-cli search QUERY [--doc DOC] [--exact] [--json]
int runSearch(const Options &o, QTextStream &out, QTextStream &err);

/// okur-cli themes [--json] and okur-cli summary --theme ID | --doc DOC [--json]
int runThemes(const Options &o, QTextStream &out, QTextStream &err);
int runSummary(const Options &o, QTextStream &out, QTextStream &err);
/// okur-cli timeline [--theme ID] [--doc DOC] [--json]
int runTimeline(const Options &o, QTextStream &out, QTextStream &err);

/// okur-cli vocabulary add|list|export|review|remove
int runVocabulary(const Options &o, QTextStream &out, QTextStream &err);

/// okur-cli status WORD [--lang tr|en] [--set new|learning|known|ignored] [--json]
int runStatus(const Options &o, QTextStream &out, QTextStream &err);
/// okur-cli stats [--doc ID] [--json]
int runStats(const Options &o, QTextStream &out, QTextStream &err);

/// okur-cli sync --remote URL --user NAME [--password-file F] [--allow-http]
int runSync(const Options &o, QTextStream &out, QTextStream &err);

/// The annotation commands; returns -1 when `command` is not one of them.
int runAnnotationCommand(const QString &command, const Options &o, QTextStream &out, QTextStream &err);

} // namespace okur::cli
