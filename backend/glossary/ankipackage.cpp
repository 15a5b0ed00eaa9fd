// The .apkg writer. Written from Anki's sources (github.com/ankitects/anki):
// rslib/src/storage/schema11.sql (tables), rslib/src/notetype/schema11.rs,
// rslib/src/decks/schema11.rs, rslib/src/deckconfig/schema11.rs (the JSON in
// col.models, col.decks, col.dconf: every key they require without a default),
// rslib/src/import_export/package/meta.rs and media.rs (a zip with no `meta`
// is a legacy package read from `collection.anki2`, `media` a JSON map), and
// rslib/src/notes/mod.rs (sfld, csum, the base-91 guid alphabet).
#include "glossary/ankipackage.h"
#include "storage/zip.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace okur::glossary {

namespace {

// Fixed, so a second export's note type is the one Anki already has and its
// notes update in place (Anki matches notes by guid within the same note type).
constexpr qint64 kModelId = 1733318400001;
constexpr qint64 kDefaultConfId = 1;

const char *kSchema = R"(
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
  left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
)";

const char *kCss = ".card { font-family: sans-serif; font-size: 22px; text-align: center; color: black; "
                   "background-color: white; }\n"
                   ".context { font-size: 18px; font-style: italic; margin-top: 1em; }\n"
                   ".link { font-size: 14px; margin-top: 1em; }\n";

QJsonObject field(const QString &name, int ord)
{
    return QJsonObject{{QStringLiteral("name"), name},  {QStringLiteral("ord"), ord},
                       {QStringLiteral("sticky"), false}, {QStringLiteral("rtl"), false},
                       {QStringLiteral("font"), QStringLiteral("Arial")}, {QStringLiteral("size"), 20},
                       {QStringLiteral("media"), QJsonArray()}};
}

QJsonObject model(qint64 deckId, qint64 mod)
{
    QJsonArray flds;
    for (int i = 0; i < kAnkiFields.size(); ++i) {
        flds.append(field(kAnkiFields[i], i));
    }
    const QJsonObject tmpl{
        {QStringLiteral("name"), QStringLiteral("Front → Back")},
        {QStringLiteral("ord"), 0},
        {QStringLiteral("qfmt"), QStringLiteral("{{Front}}")},
        {QStringLiteral("afmt"), QStringLiteral("{{FrontSide}}\n<hr id=answer>\n{{Back}}\n"
                                                "{{#Context}}<div class=context>{{Context}}</div>{{/Context}}\n"
                                                "{{#Link}}<div class=link><a href=\"{{Link}}\">Okur</a></div>{{/Link}}")},
        {QStringLiteral("bqfmt"), QString()},
        {QStringLiteral("bafmt"), QString()},
        {QStringLiteral("did"), QJsonValue::Null},
        {QStringLiteral("bfont"), QString()},
        {QStringLiteral("bsize"), 0}};
    return QJsonObject{{QStringLiteral("id"), kModelId},
                       {QStringLiteral("name"), QStringLiteral("Okur word")},
                       {QStringLiteral("type"), 0},
                       {QStringLiteral("mod"), mod},
                       {QStringLiteral("usn"), -1},
                       {QStringLiteral("sortf"), 0},
                       {QStringLiteral("did"), deckId},
                       {QStringLiteral("tmpls"), QJsonArray{tmpl}},
                       {QStringLiteral("flds"), flds},
                       {QStringLiteral("css"), QString::fromUtf8(kCss)},
                       {QStringLiteral("latexPre"), QStringLiteral("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                                                                   "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
                                                                   "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                                                                   "\\begin{document}\n")},
                       {QStringLiteral("latexPost"), QStringLiteral("\\end{document}")},
                       {QStringLiteral("latexsvg"), false},
                       // card 0 is made when the Front field is not empty
                       {QStringLiteral("req"), QJsonArray{QJsonArray{0, QStringLiteral("any"), QJsonArray{0}}}},
                       {QStringLiteral("tags"), QJsonArray()},
                       {QStringLiteral("vers"), QJsonArray()}};
}

QJsonObject deckJson(qint64 id, const QString &name, qint64 mod)
{
    const QJsonArray today{0, 0};
    return QJsonObject{{QStringLiteral("id"), id},           {QStringLiteral("mod"), mod},
                       {QStringLiteral("name"), name},       {QStringLiteral("usn"), -1},
                       {QStringLiteral("lrnToday"), today},  {QStringLiteral("revToday"), today},
                       {QStringLiteral("newToday"), today},  {QStringLiteral("timeToday"), today},
                       {QStringLiteral("collapsed"), false}, {QStringLiteral("browserCollapsed"), false},
                       {QStringLiteral("desc"), QString()},  {QStringLiteral("dyn"), 0},
                       {QStringLiteral("conf"), kDefaultConfId}, {QStringLiteral("extendNew"), 0},
                       {QStringLiteral("extendRev"), 0}};
}

// Anki's own defaults for a deck options group (deckconfig/schema11.rs).
QJsonObject deckConf(qint64 mod)
{
    return QJsonObject{
        {QStringLiteral("id"), kDefaultConfId}, {QStringLiteral("mod"), mod},
        {QStringLiteral("name"), QStringLiteral("Default")}, {QStringLiteral("usn"), 0},
        {QStringLiteral("maxTaken"), 60}, {QStringLiteral("autoplay"), true},
        {QStringLiteral("timer"), 0}, {QStringLiteral("replayq"), true}, {QStringLiteral("dyn"), false},
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("bury"), false}, {QStringLiteral("delays"), QJsonArray{1.0, 10.0}},
                                           {QStringLiteral("initialFactor"), 2500}, {QStringLiteral("ints"), QJsonArray{1, 4, 0}},
                                           {QStringLiteral("order"), 1}, {QStringLiteral("perDay"), 20}}},
        {QStringLiteral("rev"), QJsonObject{{QStringLiteral("bury"), false}, {QStringLiteral("ease4"), 1.3},
                                           {QStringLiteral("ivlFct"), 1.0}, {QStringLiteral("maxIvl"), 36500},
                                           {QStringLiteral("perDay"), 200}, {QStringLiteral("hardFactor"), 1.2}}},
        {QStringLiteral("lapse"), QJsonObject{{QStringLiteral("delays"), QJsonArray{10.0}}, {QStringLiteral("leechAction"), 1},
                                             {QStringLiteral("leechFails"), 8}, {QStringLiteral("minInt"), 1},
                                             {QStringLiteral("mult"), 0.0}}}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A deck id from its name, so two exports to one deck agree.
qint64 deckIdFor(const QString &name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    qint64 v = 0;
    for (int i = 0; i < 5; ++i) {
        v = (v << 8) | quint8(h[i]);
    }
    return 1000000000000 + v % 1000000000000; // like Anki's millisecond ids, never 1 (Default)
}

// What Anki stores in sfld and hashes for csum: the field without HTML, its
// entities decoded (notes/mod.rs, text.rs strip_html_preserving_media_filenames).
// Our fields hold only escaped text and <br>, so undoing that is exact.
QString strippedField(const QString &html)
{
    QString s = html;
    s.replace(QStringLiteral("<br>"), QString());
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

qint64 fieldChecksum(const QString &stripped)
{
    const QByteArray h = QCryptographicHash::hash(stripped.toUtf8(), QCryptographicHash::Sha1);
    return qint64((quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) | (quint32(quint8(h[2])) << 8)
                  | quint32(quint8(h[3])));
}

class Db {
public:
    ~Db() { sqlite3_close(m_db); }
    bool open(const QString &path) { return sqlite3_open(path.toUtf8().constData(), &m_db) == SQLITE_OK; }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    // Binds each value (qint64 or QString) in order, then steps once.
    bool run(const char *sql, const QVariantList &values)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].typeId() == QMetaType::QString) {
                const QByteArray u = values[i].toString().toUtf8();
                sqlite3_bind_text(st, i + 1, u.constData(), int(u.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(st, i + 1, values[i].toLongLong());
            }
        }
        const bool ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
        return ok;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
};

bool writeCollection(const QString &path, const QList<VocabularyItem> &items, const QString &deck, QString *error)
{
    Db db;
    if (!db.open(path) || !db.exec(kSchema) || !db.exec("BEGIN")) {
        *error = QObject::tr("cannot create the Anki collection: %1").arg(db.error());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 ms = now.toMSecsSinceEpoch();
    const qint64 secs = ms / 1000;
    const qint64 deckId = deckIdFor(deck);
    QJsonObject decks{{QStringLiteral("1"), deckJson(1, QStringLiteral("Default"), secs)},
                      {QString::number(deckId), deckJson(deckId, deck, secs)}};
    const QJsonObject conf{{QStringLiteral("activeDecks"), QJsonArray{deckId}}, {QStringLiteral("curDeck"), deckId},
                           {QStringLiteral("newSpread"), 0}, {QStringLiteral("collapseTime"), 1200},
                           {QStringLiteral("timeLim"), 0}, {QStringLiteral("estTimes"), true},
                           {QStringLiteral("dueCounts"), true}, {QStringLiteral("curModel"), kModelId},
                           {QStringLiteral("nextPos"), items.size() + 1}, {QStringLiteral("sortType"), QStringLiteral("noteFld")},
                           {QStringLiteral("sortBackwards"), false}, {QStringLiteral("addToCur"), true}};
    const QDateTime dayStart(now.date(), QTime(0, 0), Qt::UTC);
    bool ok = db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                     {dayStart.toSecsSinceEpoch(), ms, ms, compact(conf),
                      compact(QJsonObject{{QString::number(kModelId), model(deckId, secs)}}), compact(decks),
                      compact(QJsonObject{{QStringLiteral("1"), deckConf(secs)}})});
    int position = 0;
    for (const auto &v : items) {
        if (!ok) {
            break;
        }
        ++position;
        const QStringList fields{ankiFieldHtml(v.lemma), ankiFieldHtml(v.translation), ankiFieldHtml(v.context),
                                 v.documentId.isEmpty() ? QString() : ankiFieldHtml(passageLink(v.documentId, v.block, v.start))};
        const QString sort = strippedField(fields.first());
        QString tags = QStringLiteral(" okur ") + v.language.simplified().replace(u' ', u'_') + u' ';
        // Ids are Anki's millisecond stamps; the importer renumbers any that collide.
        const qint64 noteId = ms + position;
        ok = db.run("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
                    {noteId, ankiGuid(v.language, v.lemma), kModelId, secs, tags, fields.join(QChar(0x1f)), sort,
                     fieldChecksum(sort)})
            && db.run("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                      {noteId, noteId, deckId, secs, position});
    }
    if (!ok || !db.exec("COMMIT")) {
        *error = QObject::tr("cannot write the Anki collection: %1").arg(db.error());
        return false;
    }
    return true;
}

// A legacy package: the collection and an empty media map.
QByteArray packageOf(const QString &collectionPath, QString *error)
{
    QFile f(collectionPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot write the package: %1").arg(f.errorString());
        return {};
    }
    QByteArray zip = storage::zipArchive({{"collection.anki2", f.readAll()}, {"media", "{}"}});
    if (zip.isEmpty()) {
        *error = QObject::tr("cannot write the package: %1").arg(QStringLiteral("too large for a zip archive"));
    }
    return zip;
}

} // namespace

QString ankiFieldHtml(const QString &text)
{
    // NFC as Anki normalises fields; then escape so "<b>" is shown, not applied.
    QString s = text.normalized(QString::NormalizationForm_C).toHtmlEscaped();
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\n', QStringLiteral("<br>"));
    return s;
}

QString ankiGuid(const QString &language, const QString &lemma)
{
    static const char kTable[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    const QByteArray h = QCryptographicHash::hash(
        (QStringLiteral("okur-vocabulary\x1f") + language + u'\x1f' + lemma.normalized(QString::NormalizationForm_C)).toUtf8(),
        QCryptographicHash::Sha1);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i) {
        n = (n << 8) | quint8(h[i]);
    }
    // Anki's base 91, least significant digit first (notes/mod.rs to_base_n).
    QString out;
    const quint64 base = sizeof(kTable) - 1;
    do {
        out += QLatin1Char(kTable[n % base]);
        n /= base;
    } while (n > 0);
    return out;
}

QByteArray toAnkiPackage(const QList<VocabularyItem> &items, const QString &deck, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    const QString deckName = deck.trimmed().isEmpty() ? QStringLiteral("Okur") : deck.trimmed();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err = QObject::tr("cannot make a temporary directory: %1").arg(dir.errorString());
        return {};
    }
    const QString colPath = dir.filePath(QStringLiteral("collection.anki2"));
    if (!writeCollection(colPath, items, deckName, &err)) {
        return {};
    }
    return packageOf(colPath, &err);
}

} // namespace okur::glossary
