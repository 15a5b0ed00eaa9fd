// The .apkg export checked against Anki's rules as its sources state them
// (github.com/ankitects/anki): the tables of rslib/src/storage/schema11.sql
// (copied to tests/data/anki with its licence), the JSON keys that
// notetype/decks/deckconfig schema11.rs require, sfld and csum as
// notes/mod.rs computes them from text.rs strip_html, and guid matching.
#include "apkgreader.h"
#include "glossary/ankipackage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using okur::glossary::VocabularyItem;

namespace {

// text.rs: the HTML regex strip_html removes, then decode_entities.
QString ankiStripHtml(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("(<!--.*?-->)|(<style.*?>.*?</style>)|(<script.*?>.*?</script>)|(<.*?>)"),
                                       QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString s = html;
    s.remove(re);
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named{{QStringLiteral("lt"), QStringLiteral("<")},   {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral(" ")}};
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name.startsWith(QLatin1String("#x")))
            { const char32_t c = name.mid(2).toUInt(nullptr, 16); out += QString::fromUcs4(&c, 1); }
        else if (name.startsWith(u'#'))
            { const char32_t c = name.mid(1).toUInt(); out += QString::fromUcs4(&c, 1); }
        else
            out += named.value(name, m.captured(0));
        last = m.capturedEnd();
    }
    return out + s.mid(last);
}

// What a browser shows for a field: <br> as a line break, entities decoded.
// Only valid when the field holds no other tag, which the test checks first.
QString shownText(const QString &field)
{
    QString s = field;
    s.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    return ankiStripHtml(s);
}

qint64 ankiChecksum(const QString &stripped)
{
    return QCryptographicHash::hash(stripped.toUtf8(), QCryptographicHash::Sha1).toHex().left(8).toLongLong(nullptr, 16);
}

VocabularyItem word(const QString &lemma, const QString &translation, const QString &context, const QString &doc = QString(),
                    int block = -1, int start = -1, const QString &language = QStringLiteral("tr"))
{
    VocabularyItem v;
    v.lemma = lemma;
    v.translation = translation;
    v.context = context;
    v.documentId = doc;
    v.block = block;
    v.start = start;
    v.language = language;
    return v;
}

} // namespace

class TestAnkiPackage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    // Exports, unzips and returns the path of the extracted collection.
    QString exportCollection(const QList<VocabularyItem> &items, const QString &deck = QStringLiteral("Okur"))
    {
        QString error;
        const QByteArray bytes = okur::glossary::toAnkiPackage(items, deck, &error);
        if (bytes.isEmpty()) {
            qWarning() << error;
            return {};
        }
        const auto entries = apkgtest::unzip(bytes);
        // A legacy package: no `meta`, the collection and a JSON media map (meta.rs, media.rs).
        if (entries.size() != 2 || entries.value(QStringLiteral("media")) != "{}" || !entries.contains(QStringLiteral("collection.anki2")))
            return {};
        const QString path = m_dir.filePath(QStringLiteral("c%1.anki2").arg(++m_count));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(entries.value(QStringLiteral("collection.anki2"))) < 0)
            return {};
        return path;
    }

    static QJsonObject colJson(apkgtest::Sqlite &db, const char *column)
    {
        const auto rows = db.rows(QByteArray("SELECT ") + column + " FROM col");
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(rows.value(0).value(0).toString().toUtf8(), &e).object();
        return e.error == QJsonParseError::NoError ? o : QJsonObject();
    }

    static void requireKeys(const QJsonObject &o, const QStringList &keys)
    {
        for (const auto &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
    }

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("link");
        QTest::newRow("quotes") << QStringLiteral("\"alıntı\"") << QStringLiteral("he said \"hi\" and 'bye'")
                                << QStringLiteral("\"Gel\" dedi.") << QString() << QString();
        QTest::newRow("tab") << QStringLiteral("sekme\tiçinde") << QStringLiteral("a\tb") << QStringLiteral("x\ty") << QString() << QString();
        QTest::newRow("newlines") << QStringLiteral("satır") << QStringLiteral("line\none") << QStringLiteral("bir\nüç\n\nbeş")
                                  << QStringLiteral("d1") << QStringLiteral("okur://document/d1#block=2&start=5");
        QTest::newRow("hash") << QStringLiteral("#etiket") << QStringLiteral("#tag") << QStringLiteral("# başlık") << QString() << QString();
        QTest::newRow("html-like") << QStringLiteral("<b>kalın</b>") << QStringLiteral("a &lt; b & c > d")
                                   << QStringLiteral("<script>alert(1)</script><!-- x -->") << QStringLiteral("a&b <c>")
                                   << QStringLiteral("okur://document/a%26b%20%3Cc%3E#block=2&start=5");
        QTest::newRow("turkish") << QStringLiteral("ığüşöçİĞÜŞÖÇ") << QStringLiteral("Turkish letters")
                                 << QStringLiteral("Işık İstanbul'da yandı.") << QString() << QString();
        QTest::newRow("number") << QStringLiteral("123") << QStringLiteral("one two three") << QString() << QString() << QString();
        QTest::newRow("entity-text") << QStringLiteral("&amp;") << QStringLiteral("&#39;") << QStringLiteral("&nbsp;") << QString() << QString();
    }

    void fields()
    {
        QFETCH(QString, lemma);
        QFETCH(QString, translation);
        QFETCH(QString, context);
        QFETCH(QString, doc);
        QFETCH(QString, link);
        const QString path = exportCollection({word(lemma, translation, context, doc, 2, 5)});
        QVERIFY(!path.isEmpty());
        apkgtest::Sqlite db(path);
        const auto notes = db.rows("SELECT flds, sfld, csum, mid FROM notes");
        QCOMPARE(notes.size(), 1);
        const QStringList flds = notes[0][0].toString().split(QChar(0x1f));
        const QStringList typed{lemma, translation, context, link};
        QCOMPARE(flds.size(), typed.size());
        for (int i = 0; i < flds.size(); ++i) {
            // Shown as text: no markup but line breaks, and the browser shows what was typed.
            QVERIFY2(!QString(flds[i]).remove(QStringLiteral("<br>")).contains(u'<'), qPrintable(flds[i]));
            QCOMPARE(shownText(flds[i]), typed[i]);
        }
        // notes/mod.rs: sfld and csum from the first field without HTML.
        const QString stripped = ankiStripHtml(flds[0]);
        QCOMPARE(notes[0][1].toString(), stripped);
        QCOMPARE(notes[0][2].toLongLong(), ankiChecksum(stripped));
        QCOMPARE(notes[0][3].toString(), colJson(db, "models").keys().value(0));
    }

    void schema()
    {
        const QString path = exportCollection({word(QStringLiteral("kitap"), QStringLiteral("book"), QString())});
        QVERIFY(!path.isEmpty());
        QFile f(QStringLiteral(OKUR_TEST_DATA "/anki/schema11.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        apkgtest::Sqlite ref;
        QVERIFY(ref.exec(f.readAll()));
        apkgtest::Sqlite db(path);
        const QByteArray objects = "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name";
        const auto refObjects = ref.rows(objects);
        QCOMPARE(refObjects.size(), 12); // five tables, seven indexes
        QCOMPARE(db.rows(objects), refObjects);
        for (const auto &o : refObjects) {
            const QByteArray info = "SELECT name, type, \"notnull\", pk FROM pragma_table_info('" + o[1].toString().toLatin1() + "')";
            if (o[0].toString() == QLatin1String("table"))
                QCOMPARE(db.rows(info), ref.rows(info));
            else
                QCOMPARE(db.rows("SELECT name FROM pragma_index_info('" + o[1].toString().toLatin1() + "')"),
                         ref.rows("SELECT name FROM pragma_index_info('" + o[1].toString().toLatin1() + "')"));
        }
    }

    void collection()
    {
        const QList<VocabularyItem> items{word(QStringLiteral("kitap"), QStringLiteral("book"), QStringLiteral("Kitap masada.")),
                                          word(QStringLiteral("göz"), QStringLiteral("eye"), QString(), QStringLiteral("d"), 1),
                                          word(QStringLiteral("go"), QStringLiteral("gitmek"), QString(), QString(), -1, -1, QStringLiteral("en"))};
        const QString path = exportCollection(items, QStringLiteral("Türkçe::Kelimeler"));
        QVERIFY(!path.isEmpty());
        apkgtest::Sqlite db(path);
        const auto col = db.rows("SELECT id, ver FROM col");
        QCOMPARE(col.size(), 1);
        QCOMPARE(col[0][1].toLongLong(), 11); // schema 11: what a legacy package holds (meta.rs)

        const QJsonObject models = colJson(db, "models");
        QCOMPARE(models.size(), 1);
        const QJsonObject m = models.begin()->toObject();
        QCOMPARE(QString::number(m.value(QStringLiteral("id")).toInteger()), models.begin().key());
        requireKeys(m, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("mod"), QStringLiteral("usn"),
                        QStringLiteral("sortf"), QStringLiteral("did"), QStringLiteral("tmpls"), QStringLiteral("flds"), QStringLiteral("css")});
        QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("Okur word"));
        QCOMPARE(m.value(QStringLiteral("type")).toInt(), 0); // standard, not cloze
        const QJsonArray flds = m.value(QStringLiteral("flds")).toArray();
        const QStringList names{QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Context"), QStringLiteral("Link")};
        QCOMPARE(flds.size(), names.size());
        for (int i = 0; i < flds.size(); ++i) {
            const QJsonObject f = flds[i].toObject();
            requireKeys(f, {QStringLiteral("name"), QStringLiteral("ord"), QStringLiteral("sticky"), QStringLiteral("rtl"),
                            QStringLiteral("font"), QStringLiteral("size")});
            QCOMPARE(f.value(QStringLiteral("name")).toString(), names[i]);
            QCOMPARE(f.value(QStringLiteral("ord")).toInt(), i);
        }
        const QJsonArray tmpls = m.value(QStringLiteral("tmpls")).toArray();
        QCOMPARE(tmpls.size(), 1);
        const QJsonObject t = tmpls[0].toObject();
        requireKeys(t, {QStringLiteral("name"), QStringLiteral("ord"), QStringLiteral("qfmt"), QStringLiteral("afmt")});
        QCOMPARE(t.value(QStringLiteral("ord")).toInt(), 0);
        QVERIFY(t.value(QStringLiteral("qfmt")).toString().contains(QStringLiteral("{{Front}}")));
        for (const auto &f : {QStringLiteral("{{Back}}"), QStringLiteral("{{Context}}"), QStringLiteral("{{Link}}")})
            QVERIFY2(t.value(QStringLiteral("afmt")).toString().contains(f), qPrintable(f));

        const QJsonObject decks = colJson(db, "decks");
        const QJsonObject dconf = colJson(db, "dconf");
        QVERIFY(!dconf.isEmpty());
        QStringList deckNames;
        for (auto it = decks.begin(); it != decks.end(); ++it) {
            const QJsonObject d = it->toObject();
            requireKeys(d, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("usn"), QStringLiteral("lrnToday"),
                            QStringLiteral("revToday"), QStringLiteral("newToday"), QStringLiteral("timeToday"),
                            QStringLiteral("collapsed"), QStringLiteral("dyn"), QStringLiteral("conf")});
            QCOMPARE(QString::number(d.value(QStringLiteral("id")).toInteger()), it.key());
            QCOMPARE(d.value(QStringLiteral("newToday")).toArray().size(), 2); // [day, amount]
            QVERIFY(dconf.contains(QString::number(d.value(QStringLiteral("conf")).toInteger())));
            deckNames.append(d.value(QStringLiteral("name")).toString());
        }
        QVERIFY(deckNames.contains(QStringLiteral("Türkçe::Kelimeler")));
        for (auto it = dconf.begin(); it != dconf.end(); ++it) {
            const QJsonObject c = it->toObject();
            requireKeys(c, {QStringLiteral("id"), QStringLiteral("mod"), QStringLiteral("name"), QStringLiteral("usn"),
                            QStringLiteral("maxTaken"), QStringLiteral("autoplay"), QStringLiteral("timer"),
                            QStringLiteral("new"), QStringLiteral("rev"), QStringLiteral("lapse")});
            requireKeys(c.value(QStringLiteral("new")).toObject(), {QStringLiteral("delays"), QStringLiteral("initialFactor"),
                                                                    QStringLiteral("ints"), QStringLiteral("order"), QStringLiteral("perDay")});
            requireKeys(c.value(QStringLiteral("rev")).toObject(), {QStringLiteral("ease4"), QStringLiteral("ivlFct"),
                                                                    QStringLiteral("maxIvl"), QStringLiteral("perDay")});
            requireKeys(c.value(QStringLiteral("lapse")).toObject(), {QStringLiteral("delays"), QStringLiteral("leechAction"),
                                                                      QStringLiteral("leechFails"), QStringLiteral("minInt"),
                                                                      QStringLiteral("mult")});
        }

        // One new card per note, in an existing deck, from the one template.
        const auto notes = db.rows("SELECT id, mid FROM notes");
        QCOMPARE(notes.size(), items.size());
        for (const auto &n : notes)
            QCOMPARE(QString::number(n[1].toLongLong()), models.begin().key());
        const auto cards = db.rows("SELECT nid, did, ord, type, queue FROM cards");
        QCOMPARE(cards.size(), items.size());
        QSet<qint64> carded;
        for (const auto &c : cards) {
            QCOMPARE(db.rows("SELECT count(*) FROM notes WHERE id = " + QByteArray::number(c[0].toLongLong())).value(0).value(0).toInt(), 1);
            QVERIFY(decks.contains(QString::number(c[1].toLongLong())));
            QCOMPARE(decks.value(QString::number(c[1].toLongLong())).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("Türkçe::Kelimeler"));
            QCOMPARE(c[2].toInt(), 0);
            QCOMPARE(c[3].toInt(), 0); // new
            QCOMPARE(c[4].toInt(), 0); // in the new queue
            carded.insert(c[0].toLongLong());
        }
        QCOMPARE(carded.size(), items.size());
        QCOMPARE(db.rows("SELECT count(*) FROM revlog").value(0).value(0).toInt(), 0);
    }

    void guids()
    {
        const QList<VocabularyItem> first{word(QStringLiteral("kitap"), QStringLiteral("book"), QString()),
                                          word(QStringLiteral("Kitap"), QStringLiteral("Book"), QString()),
                                          word(QStringLiteral("gel"), QStringLiteral("come"), QString()),
                                          word(QStringLiteral("gel"), QStringLiteral("gel"), QString(), QString(), -1, -1, QStringLiteral("en"))};
        // Later: a meaning edited, one word added, the order changed.
        QList<VocabularyItem> second{word(QStringLiteral("yeni"), QStringLiteral("new"), QString()), first[2], first[3], first[1], first[0]};
        second[4].translation = QStringLiteral("a book");
        const QString a = exportCollection(first), b = exportCollection(second);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        apkgtest::Sqlite da(a), db(b);
        QHash<QString, QString> byLemma; // first field -> guid in the first export
        for (const auto &r : da.rows("SELECT flds, guid FROM notes"))
            byLemma.insert(r[0].toString().section(QChar(0x1f), 0, 0) + u'|' + r[0].toString().section(QChar(0x1f), 1, 1), r[1].toString());
        QSet<QString> unique;
        for (const auto &g : byLemma)
            unique.insert(g);
        QCOMPARE(unique.size(), first.size()); // case and language tell words apart
        const auto rows = db.rows("SELECT flds, guid FROM notes");
        QCOMPARE(rows.size(), second.size());
        int matched = 0;
        for (const auto &r : rows) {
            const QString lemma = r[0].toString().section(QChar(0x1f), 0, 0);
            for (auto it = byLemma.begin(); it != byLemma.end(); ++it) {
                if (it.value() == r[1].toString()) {
                    QCOMPARE(it.key().section(u'|', 0, 0), lemma);
                    ++matched;
                }
            }
        }
        QCOMPARE(matched, first.size()); // every word kept its guid; the new one has a new guid
        // Anki's guids are base 91 of a 64-bit number: at most 10 characters of its alphabet.
        static const QRegularExpression base91(QStringLiteral("^[a-zA-Z0-9!#$%&()*+,\\-./:;<=>?@\\[\\]^_`{|}~]{1,10}$"));
        for (const auto &g : unique)
            QVERIFY2(base91.match(g).hasMatch(), qPrintable(g));
    }

    void defaultDeckName()
    {
        const QString path = exportCollection({word(QStringLiteral("su"), QStringLiteral("water"), QString())}, QStringLiteral("  "));
        QVERIFY(!path.isEmpty());
        apkgtest::Sqlite db(path);
        const auto did = db.rows("SELECT did FROM cards").value(0).value(0).toLongLong();
        QCOMPARE(colJson(db, "decks").value(QString::number(did)).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Okur"));
    }

    void empty()
    {
        const QString path = exportCollection({});
        QVERIFY(!path.isEmpty());
        apkgtest::Sqlite db(path);
        QCOMPARE(db.rows("SELECT count(*) FROM notes").value(0).value(0).toInt(), 0);
        QCOMPARE(db.rows("SELECT count(*) FROM col").value(0).value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnkiPackage)
#include "tst_ankipackage.moc"
