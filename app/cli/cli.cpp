#include "cli.h"
#include "clicommon.h"

#include "documents/documentstore.h"
#include "formats/markdown.h"
#include "formats/structured.h"
#include "glossary/glossary.h"
#include "library/healing.h"
#include "library/importer.h"
#include "library/library.h"
#include "search/lemmatizer.h"
#include "search/searchindex.h"
#include "sync/syncengine.h"
#include "text/decode.h"
#include "text/pipeline.h"
#include "tokenizer/fts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

namespace okur::cli {

Options parse(const QStringList &args)
{
    static const QStringList valued = {QStringLiteral("--library"),       QStringLiteral("--from"),
                                       QStringLiteral("--quote"),         QStringLiteral("--occurrence"),
                                       QStringLiteral("--color"),         QStringLiteral("--note"),
                                       QStringLiteral("--block"),         QStringLiteral("--doc"),
                                       QStringLiteral("--format"),        QStringLiteral("--count"),
                                       QStringLiteral("--theme"),         QStringLiteral("--translation"),
                                       QStringLiteral("--context"),       QStringLiteral("--language"),
                                       QStringLiteral("--grade"),         QStringLiteral("--deck"),
                                       QStringLiteral("--limit"),         QStringLiteral("--per-doc"),
                                       QStringLiteral("--output"),        QStringLiteral("--offset"),
                                       QStringLiteral("--remote"),        QStringLiteral("--user"),
                                       QStringLiteral("--password-file"), QStringLiteral("--pin"),
                                       QStringLiteral("--lang"),          QStringLiteral("--set")};
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--")) {
            // The end of options: what follows is taken as it is (a file named "--json").
            o.positional.append(args.mid(i + 1));
            break;
        }
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--exact") || a == QLatin1String("--bom") || a == QLatin1String("--due") ||
                   a == QLatin1String("--stdin") || a == QLatin1String("--allow-http") ||
                   a == QLatin1String("--save-password")) {
            o.values.insert(a.mid(2), QStringLiteral("1"));
        } else if (a.startsWith(QLatin1String("--"))) {
            QString name = a, value;
            const qsizetype eq = a.indexOf(u'=');
            if (eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
            } else if (valued.contains(a) && i + 1 < args.size()) {
                value = args[++i];
            } else {
                o.badOption = a;
                break;
            }
            if (!valued.contains(name)) {
                o.badOption = name;
                break;
            }
            o.values.insert(name.mid(2), value);
        } else {
            o.positional.append(a);
        }
    }
    o.libraryDir = o.values.value(QStringLiteral("library"));
    o.from = o.values.value(QStringLiteral("from"));
    if (!o.from.isEmpty() && o.from != QLatin1String("tr") && o.from != QLatin1String("en")) {
        o.badOption = QStringLiteral("--from");
    }
    return o;
}

const char *kUsageText =
    "usage: okur-cli [--library DIR] COMMAND\n"
    "  list [--json]          the documents in the library\n"
    "  text ID                a document's blocks, one a line\n"
    "  import FILE...         import text, Markdown, EPUB, PDF or saved HTML; prints each new id\n"
    "  repair FILE            print the repaired text of FILE, one block a line (no library)\n"
    "  lookup TEXT [--from tr|en] [--json]   a word or phrase in the bilingual glossary\n"
    "  lookup --stdin --json [--from tr|en]  one word or phrase a line in, one JSON object a line out\n"
    "  annotate DOC --quote TEXT [--occurrence N] [--color C] [--note TEXT]   highlight; prints its id\n"
    "  bookmark DOC --block N                 bookmark a block; prints its id\n"
    "  annotations [--doc DOC] [--json]       highlights, notes and bookmarks\n"
    "  export-annotations --format markdown|w3c [--doc DOC]\n"
    "  import-annotations FILE                merge W3C Web Annotation JSON by id\n"
    "  remove-annotation ID                   remove a highlight, note or bookmark\n"
    "  position DOC [--block N [--offset F]]  the reading position (F: share of the block read, 0-1), or set it\n"
    "  vocabulary add LEMMA [--translation T] [--context S] [--doc DOC --block N] [--language tr|en]   prints its id\n"
    "  vocabulary list [--due] [--json] | review ID --grade 0-5 | remove ID\n"
    "  vocabulary export --format anki|csv [--deck NAME] [--bom] [--due]\n"
    "  vocabulary export --format apkg --output FILE [--deck NAME] [--due]   an Anki package\n"
    "  status WORD [--lang tr|en] [--set new|learning|learning2-4|known|ignored] [--json]   a word's status,\n"
    "                         kept by lemma: every form of the word shares it\n"
    "  stats [--doc DOC] [--json]   known lemmas, words read, reading time, streak; with DOC its known share\n"
    "                         and the words to learn next\n"
    "  search QUERY [--doc DOC] [--exact] [--json] [--limit N] [--per-doc N]   words, \"phrases\", prefix*;\n"
    "                         Turkish-aware; as the app: 50 hits, 10 a document (0: no cap)\n"
    "  themes [--json]                        the themes and how much each document says of them\n"
    "  summary --theme ID | --doc DOC [--json]   a cited extractive summary (with a theme's key facts)\n"
    "  timeline [--theme ID] [--doc DOC] [--json]   dated sentences across the library, by date\n"
    "  sync --remote URL --user NAME [--password-file F] [--allow-http] [--pin sha256//KEY] [--save-password]\n"
    "                         sync with a WebDAV folder (password from F, OKUR_SYNC_PASSWORD or the keychain,\n"
    "                         where --save-password keeps it once it worked; --pin trusts the server's key);\n"
    "                         prints sent, received, merged, conflicts as JSON\n";

QString cacheDir(const QString &libraryDir)
{
    const QString c = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return c.isEmpty() ? libraryDir + QStringLiteral("/cache") : c;
}

std::shared_ptr<const glossary::Glossary> loadGlossary(QTextStream &err)
{
    // One a process: the bundled dictionaries are the same for every library,
    // the glossary is immutable (its caches are pure), and it checks no spelling
    // (it reads its tables in place), so scripts and tests that run many
    // commands in one process (okur::cli::run) load it once.
    static QMutex mutex;
    static std::shared_ptr<const glossary::Glossary> loaded;
    const QMutexLocker lock(&mutex);
    if (loaded) {
        return loaded;
    }
    QString error;
    auto dictionary = std::make_shared<glossary::Dictionary>();
    if (!dictionary->loadBundled(&error)) {
        err << "okur-cli: " << error << Qt::endl;
        return nullptr;
    }
    loaded = std::make_shared<const glossary::Glossary>(dictionary);
    return loaded;
}

bool requireDocument(documents::DocumentStore &store, const QString &id, QTextStream &err)
{
    if (store.contains(id)) {
        return true;
    }
    err << "okur-cli: no document with id " << id << Qt::endl;
    return false;
}

void refreshIndex(documents::DocumentStore &store, QTextStream &err)
{
    search::SearchIndex index(store);
    if (!store.lemmaSource()->has() && search::SearchIndex::holdsLemmas(index.tableTokens()) &&
        (!index.staleDocuments().isEmpty() || index.tableTokens() != tokenizer::tokenizerArguments(true))) {
        if (const auto glossary = loadGlossary(err)) {
            store.lemmaSource()->set(search::glossaryLemmatizer(glossary));
        }
    }
    index.refresh();
}

// Opens the library and brings the bundled documents in, synchronously.
bool openLibrary(const Options &o, documents::DocumentStore &store, text::Lexicons &lex, QTextStream &err)
{
    const QString dir = library::resolveLibraryDir(o.libraryDir);
    QString error;
    const library::OpenReport report = library::openOrHeal(store, dir);
    if (!report.opened) {
        err << "okur-cli: cannot open the library: " << report.error << Qt::endl;
        return false;
    }
    if (!report.setAside.isEmpty()) {
        err << "okur-cli: " << report.message() << Qt::endl;
    }
    lex = text::loadBundledLexicons(cacheDir(dir), &error);
    QString incomplete;
    library::syncBundledDocuments(store, lex, &incomplete);
    library::reprocessOutdated(store, lex, &incomplete);
    if (!incomplete.isEmpty()) {
        err << "okur-cli: the library is not complete: " << incomplete << Qt::endl;
    }
    return true;
}

namespace {

int listDocuments(const Options &o, QTextStream &out, QTextStream &err)
{
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const auto docs = store.documents();
    if (o.json) {
        QJsonArray arr;
        for (const auto &d : docs) {
            arr.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("title"), d.title},
                                   {QStringLiteral("language"), d.language},
                                   {QStringLiteral("date"), d.date.isEmpty() ? QJsonValue() : QJsonValue(d.date)},
                                   {QStringLiteral("blocks"), d.blockCount}});
        }
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &d : docs) {
            out << d.id << '\t' << d.language << '\t' << d.date << '\t' << d.title << '\n';
        }
    }
    return kOk;
}

int text(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("text"), kNeedsDocumentId());
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    const QString id = o.positional[1];
    if (!requireDocument(store, id, err)) {
        return kFailure;
    }
    for (const auto &b : store.blocks(id)) {
        out << b.text << '\n';
    }
    return kOk;
}

// Shows or sets where a document is being read, as the app saves it.
int position(const Options &o, QTextStream &out, QTextStream &err)
{
    bool blockOk = true, offsetOk = true;
    const bool set = o.values.contains(QStringLiteral("block"));
    const int block = o.values.value(QStringLiteral("block")).toInt(&blockOk);
    const double offset = o.values.value(QStringLiteral("offset"), QStringLiteral("0")).toDouble(&offsetOk);
    const QString command = QStringLiteral("position");
    if (o.positional.size() != 2) {
        return usageError(err, command, kNeedsDocumentId());
    }
    if (set && !blockOk) {
        return usageError(err, command, QStringLiteral("--block takes a block number"));
    }
    if (set && (!offsetOk || offset < 0 || offset > 1)) {
        return usageError(err, command, QStringLiteral("--offset takes the share of the block read, from 0 to 1"));
    }
    if (!set && o.values.contains(QStringLiteral("offset"))) {
        return usageError(err, command, QStringLiteral("--offset goes with --block"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    const QString id = o.positional[1];
    if (!openLibrary(o, store, lex, err) || !requireDocument(store, id, err)) {
        return kFailure;
    }
    if (set) {
        const int count = store.document(id)->blockCount;
        if (block < 0 || block >= count) {
            err << "okur-cli: " << id << " has blocks 0 to " << count - 1 << Qt::endl;
            return kFailure;
        }
        if (!store.setPosition(id, documents::readingPosition(block, offset, count))) {
            err << "okur-cli: cannot save the position: " << store.database().error() << Qt::endl;
            return kFailure;
        }
    }
    const documents::ReadingPosition p = store.position(id);
    if (o.json) {
        // Where other devices read it (synced): for "continue from <device>".
        QJsonArray elsewhere;
        for (const sync::DevicePosition &d : sync::positionsElsewhere(store, id)) {
            elsewhere.append(QJsonObject{{QStringLiteral("device"), d.device},
                                         {QStringLiteral("name"), d.name},
                                         {QStringLiteral("block"), d.block},
                                         {QStringLiteral("offset"), d.offset},
                                         {QStringLiteral("progress"), d.progress}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("block"), p.block},
                                         {QStringLiteral("offset"), p.offset},
                                         {QStringLiteral("progress"), p.progress},
                                         {QStringLiteral("elsewhere"), elsewhere}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << p.block << '\t' << p.offset << '\t' << qRound(p.progress * 100) << "%\n";
    }
    return kOk;
}

int import(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() < 2) {
        return usageError(err, QStringLiteral("import"), QStringLiteral("give the files to import"));
    }
    documents::DocumentStore store;
    text::Lexicons lex;
    if (!openLibrary(o, store, lex, err)) {
        return kFailure;
    }
    int code = kOk;
    for (const QString &path : o.positional.mid(1)) {
        const library::ImportOutcome r = library::importFile(store, path, lex);
        for (const QString &note : r.notes) {
            err << "okur-cli: " << note << Qt::endl;
        }
        if (r.ok()) {
            out << r.id << '\n';
            if (r.existing) {
                err << "okur-cli: " << path << " is already in the library as " << r.id << "; nothing was added"
                    << Qt::endl;
            }
        } else {
            err << "okur-cli: " << r.error << Qt::endl;
            code = kFailure;
        }
    }
    refreshIndex(store, err);
    return code;
}

int repair(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 2) {
        return usageError(err, QStringLiteral("repair"), QStringLiteral("give one file"));
    }
    const QString path = o.positional[1];
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly)) {
        err << "okur-cli: " << path << ": cannot read" << Qt::endl;
        return kFailure;
    }
    QString error;
    const text::Lexicons lex = text::loadBundledLexicons(cacheDir(QDir::tempPath() + QStringLiteral("/okur")), &error);
    const QByteArray bytes = f.read(text::kMaxImportBytes + 1);
    // As the importer reads them: a .md file as Markdown, anything else as plain text.
    const text::PipelineResult r =
        formats::isMarkdownName(path) ? formats::processMarkdownBytes(bytes, lex) : text::processBytes(bytes, lex);
    if (!r.ok()) {
        err << "okur-cli: " << path << ": " << r.error << Qt::endl;
        return kFailure;
    }
    for (const auto &b : r.blocks) {
        out << b.text << '\n';
    }
    return kOk;
}

QJsonObject lookupJson(const glossary::LookupResult &r)
{
    QJsonArray analyses;
    for (const auto &a : r.analyses) {
        QJsonArray segments;
        for (const auto &s : a.segments) {
            QJsonObject seg{{QStringLiteral("form"), s.form}, {QStringLiteral("label"), s.label}};
            if (!s.tag.isEmpty()) {
                seg.insert(QStringLiteral("tag"), s.tag);
            }
            segments.append(seg);
        }
        QJsonObject analysis{{QStringLiteral("lemma"), a.lemma}, {QStringLiteral("segments"), segments}};
        if (!a.root.isEmpty() && a.root != a.lemma) {
            analysis.insert(QStringLiteral("root"), a.root); // the bare root UD writes: belir for belirtmek's CAUS reading
        }
        analyses.append(analysis);
    }
    QJsonArray entries;
    for (const auto &e : r.entries) {
        entries.append(QJsonObject{{QStringLiteral("headword"), e.headword},
                                   {QStringLiteral("language"), e.language},
                                   {QStringLiteral("pos"), e.pos},
                                   {QStringLiteral("senses"), QJsonArray::fromStringList(e.senses)},
                                   {QStringLiteral("source"), e.source}});
    }
    QJsonObject o{{QStringLiteral("query"), r.query},
                  {QStringLiteral("language"), r.language},
                  {QStringLiteral("analyses"), analyses},
                  {QStringLiteral("entries"), entries}};
    if (!r.term.isEmpty()) {
        o.insert(QStringLiteral("term"), r.term);
    }
    return o;
}

int lookup(const Options &o, QTextStream &out, QTextStream &err)
{
    const bool batch = o.values.contains(QStringLiteral("stdin"));
    const QString command = QStringLiteral("lookup");
    if (batch && o.positional.size() != 1) {
        return usageError(err, command, QStringLiteral("--stdin reads the words from standard input: give none here"));
    }
    if (batch && !o.json) {
        return usageError(err, command, QStringLiteral("--stdin answers one JSON object a line: add --json"));
    }
    if (!batch && o.positional.mid(1).join(u' ').trimmed().isEmpty()) {
        return usageError(err, command, QStringLiteral("give a word or phrase to look up"));
    }
    // The glossary reads its prebuilt tables in place and needs no spell checker:
    // nothing to extract or load before the first answer.
    const auto g = loadGlossary(err);
    if (!g) {
        return kFailure;
    }
    if (batch) {
        // Loaded once, then a line in, a line out, flushed: a script can drive it word by word.
        QTextStream in(stdin);
        in.setEncoding(QStringConverter::Utf8);
        QString line;
        while (in.readLineInto(&line)) {
            const QString query = line.trimmed();
            const glossary::LookupResult r = query.isEmpty() ? glossary::LookupResult{} : g->lookup(query, o.from);
            QJsonObject json = lookupJson(r);
            json.insert(QStringLiteral("query"), query);
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
            out.flush();
        }
        return kOk;
    }
    const glossary::LookupResult r = g->lookup(o.positional.mid(1).join(u' '), o.from);
    if (o.json) {
        out << QJsonDocument(lookupJson(r)).toJson(QJsonDocument::Indented);
    } else {
        out << r.query << " (" << r.language << ")\n";
        for (const auto &a : r.analyses) {
            QStringList parts;
            for (const auto &s : a.segments) {
                parts << (s.tag.isEmpty() ? s.form : s.form + QStringLiteral(" ") + s.tag);
            }
            out << "  " << a.lemma << ": " << parts.join(QStringLiteral(" + ")) << '\n';
        }
        if (!r.term.isEmpty()) {
            out << "  term: " << r.term << '\n';
        }
        for (const auto &e : r.entries) {
            out << "  " << e.headword << " — " << e.senses.join(QStringLiteral(", ")) << "  [" << e.source << "]\n";
        }
    }
    if (!r.found()) {
        err << "okur-cli: no entry for " << r.query << Qt::endl;
        return kFailure;
    }
    return kOk;
}

} // namespace

int usageError(QTextStream &err, const QString &command, const QString &problem)
{
    err << "okur-cli " << command << ": " << problem << '\n';
    // The command's lines: those naming it, with the indented lines that carry them on.
    QStringList own;
    bool inCommand = false;
    for (const QString &line : QString::fromUtf8(kUsageText).split(u'\n')) {
        if (line.startsWith(QLatin1String("   "))) {
            if (inCommand) {
                own << line;
            }
            continue;
        }
        const QString name = line.trimmed().section(u' ', 0, 0);
        inCommand = line.startsWith(QLatin1String("  ")) && name == command;
        if (inCommand) {
            own << line;
        }
    }
    if (own.isEmpty()) {
        err << kUsageText;
    } else {
        err << "usage: okur-cli [--library DIR]\n" << own.join(u'\n') << '\n';
    }
    return kUsage;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options o = parse(args);
    // Asked for, the usage is the answer: on standard output, and no error.
    const bool helpOption = o.badOption == QLatin1String("--help") && o.positional.isEmpty();
    if (helpOption || o.positional == QStringList{QStringLiteral("help")} ||
        o.positional == QStringList{QStringLiteral("-h")}) {
        out << kUsageText;
        return kOk;
    }
    if (!o.badOption.isEmpty() || o.positional.isEmpty()) {
        if (!o.badOption.isEmpty()) {
            err << "okur-cli: unknown or incomplete option " << o.badOption << '\n';
        }
        err << kUsageText;
        return kUsage;
    }
    const QString cmd = o.positional.first();
    int code = kUsage;
    if (cmd == QLatin1String("list")) {
        code = listDocuments(o, out, err);
    } else if (cmd == QLatin1String("text")) {
        code = text(o, out, err);
    } else if (cmd == QLatin1String("position")) {
        code = position(o, out, err);
    } else if (cmd == QLatin1String("import")) {
        code = import(o, out, err);
    } else if (cmd == QLatin1String("repair")) {
        code = repair(o, out, err);
    } else if (cmd == QLatin1String("lookup")) {
        code = lookup(o, out, err);
    } else if (cmd == QLatin1String("search")) {
        code = runSearch(o, out, err);
    } else if (cmd == QLatin1String("vocabulary")) {
        code = runVocabulary(o, out, err);
    } else if (cmd == QLatin1String("status")) {
        code = runStatus(o, out, err);
    } else if (cmd == QLatin1String("stats")) {
        code = runStats(o, out, err);
    } else if (cmd == QLatin1String("themes")) {
        code = runThemes(o, out, err);
    } else if (cmd == QLatin1String("summary")) {
        code = runSummary(o, out, err);
    } else if (cmd == QLatin1String("timeline")) {
        code = runTimeline(o, out, err);
    } else if (cmd == QLatin1String("sync")) {
        code = runSync(o, out, err);
    } else if (int c = runAnnotationCommand(cmd, o, out, err); c >= 0) {
        code = c;
    } else {
        err << "okur-cli: unknown command " << cmd << " (okur-cli help lists them)\n";
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace okur::cli
