#include "glossary/dictd.h"
#include "glossary/dictionary.h"
#include "glossary/freedict.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using namespace okur::glossary;

namespace {
QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}
} // namespace

class TestDictd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbers()
    {
        QCOMPARE(dictdNumber(QStringLiteral("A")), 0);
        QCOMPARE(dictdNumber(QStringLiteral("BRt")), 1 * 64 * 64 + 17 * 64 + 45);
        bool ok = true;
        dictdNumber(QStringLiteral("a*b"), &ok);
        QVERIFY(!ok);
    }

    void readsIndexAndCompressedBody()
    {
        QTemporaryDir dir;
        const QByteArray body = "culture /k/\n1. kültür, ekin\n2. (biyol.) kültür.\nstrengthen /s/\n1. güçlendirmek, kuvvetlendirmek.\n";
        const int split = int(body.indexOf("strengthen"));
        QFile idx(dir.filePath(QStringLiteral("t.index"))), dz(dir.filePath(QStringLiteral("t.dict.dz")));
        QVERIFY(idx.open(QIODevice::WriteOnly) && dz.open(QIODevice::WriteOnly));
        const QString b64 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        auto enc = [&](int n) { QString s; do { s.prepend(b64.at(n % 64)); n /= 64; } while (n); return s; };
        idx.write(QStringLiteral("00databaseinfo\tA\tB\nculture\tA\t%1\nstrengthen\t%2\t%3\nbroken\tZZZZZZ\tB\n")
                      .arg(enc(split), enc(split), enc(int(body.size()) - split)).toUtf8());
        dz.write(gzip(body));
        idx.close();
        dz.close();
        QString error;
        const QList<DictdEntry> e = readDictd(idx.fileName(), dz.fileName(), &error);
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].headword, QStringLiteral("culture"));
        const QList<QStringList> senses = parseFreedictSenses(e[0].body, e[0].headword);
        QCOMPARE(senses.size(), 2);
        QCOMPARE(senses[0], (QStringList{QStringLiteral("kültür"), QStringLiteral("ekin")}));
        QCOMPARE(senses[1], QStringList{QStringLiteral("kültür")});
        QCOMPARE(parseFreedictSenses(e[1].body, e[1].headword).first().first(), QStringLiteral("güçlendirmek"));
    }

    void refusesCorruptData()
    {
        QTemporaryDir dir;
        QFile idx(dir.filePath(QStringLiteral("x.index"))), dz(dir.filePath(QStringLiteral("x.dict.dz")));
        QVERIFY(idx.open(QIODevice::WriteOnly) && dz.open(QIODevice::WriteOnly));
        idx.write("word\tA\tZ\n");
        dz.write("\x1f\x8bnot really gzip");
        idx.close();
        dz.close();
        QString error;
        QVERIFY(readDictd(idx.fileName(), dz.fileName(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(readDictd(dir.filePath(QStringLiteral("missing.index")), dz.fileName(), &error).isEmpty());
        QVERIFY(gunzip(QByteArray("garbage")).isEmpty());
    }

    void noiseIsFiltered_data()
    {
        QTest::addColumn<QString>("equivalent");
        QTest::addColumn<bool>("clean");
        QTest::newRow("word") << "kültür" << true;
        QTest::newRow("phrase") << "terk etmek" << true;
        QTest::newRow("run together") << "UnitedStatesofAmerica" << false;
        QTest::newRow("markup") << "sütun başlığmdan )geçen" << false;
        QTest::newRow("too long") << "bir veya birtakım kelimeleri gösteren harf veya harfler" << false;
        QTest::newRow("number") << "1. kültür" << false;
    }
    void noiseIsFiltered()
    {
        QFETCH(QString, equivalent);
        QFETCH(bool, clean);
        QCOMPARE(isCleanEquivalent(equivalent), clean);
    }

    void glossaryInverts()
    {
        Dictionary d;
        QCOMPARE(d.loadGlossary("# comment\nülke\tnoun\tcountry; land\nyumuşak güç\tnoun\tsoft power\nbroken line\n", "G"), 2);
        QCOMPARE(d.lookup(QStringLiteral("ÜLKE"), QStringLiteral("tr")).first().senses,
                 (QStringList{QStringLiteral("country"), QStringLiteral("land")}));
        QCOMPARE(d.lookup(QStringLiteral("Country"), QStringLiteral("en")).first().senses, QStringList{QStringLiteral("ülke")});
        QCOMPARE(d.multiwordHeadwords(QStringLiteral("tr")), QStringList{QStringLiteral("yumuşak güç")});
    }

    void storeIsReadInPlace()
    {
        // Lines in any order; one headword's lines from one source merge; the
        // glossary ranks first; capitals fall back to dotted i.
        const QByteArray store = "# header\n"
                                 "tr\tülke\t\tcountry|nation\tF\t10\n"
                                 "en\tcountry\t\tülke\tF\t20\n"
                                 "tr\tcovid\t\tcovid\tF\t10\n"
                                 "tr\tbroken\n"
                                 "tr\tÜlke\t\tland|country\tF\t10\n"
                                 "tr\tülke\t\tstate\tH\t30";
        Dictionary d;
        d.loadGlossary("ülke\tnoun\tcountry\n", "G");
        QCOMPARE(d.loadStore(store), 5);
        const QList<Entry> e = d.lookup(QStringLiteral("ÜLKE"), QStringLiteral("tr"));
        // ülke and Ülke are spelt apart, so they stay two entries (homographs).
        QCOMPARE(e.size(), 4);
        QCOMPARE(e[0].source, QStringLiteral("G"));
        QCOMPARE(e[1].senses, (QStringList{QStringLiteral("country"), QStringLiteral("nation")}));
        QCOMPARE(e[2].senses, (QStringList{QStringLiteral("land"), QStringLiteral("country")}));
        QCOMPARE(e[3].source, QStringLiteral("H"));
        QCOMPARE(d.lookup(QStringLiteral("COVID"), QStringLiteral("tr")).size(), 1);
        QVERIFY(d.lookup(QStringLiteral("yok"), QStringLiteral("tr")).isEmpty());
        QCOMPARE(d.size(), 2 + 5);
    }

    void homographsStayApart_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // headword:first sense, in order
        QTest::newRow("lower case: the common noun only") << "mısır" << QStringList{"mısır:corn"};
        QTest::newRow("capitalised: the name, then the noun") << "Mısır" << QStringList{"Mısır:Egypt", "mısır:corn"};
        QTest::newRow("sentence-initial Çek") << "Çek" << QStringList{"Çek:Czech", "çek:cheque"};
        QTest::newRow("lower case, only a name") << "ankara" << QStringList{"Ankara:Ankara"};
        QTest::newRow("capitals") << "ÇEK" << QStringList{"Çek:Czech", "çek:cheque"};
    }
    void homographsStayApart()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        Dictionary d;
        QCOMPARE(d.loadStore("tr\tMısır\t\tEgypt\tF\t10\t1\n"
                             "tr\tmısır\t\tcorn|maize\tF\t10\t1,1\n"
                             "tr\tÇek\t\tCzech\tF\t10\n"
                             "tr\tçek\t\tcheque|check\tF\t10\n"
                             "tr\tAnkara\t\tAnkara|Angora\tF\t10\t1,1\n"),
                 5);
        QStringList got;
        for (const Entry &e : d.lookup(query, QStringLiteral("tr")))
            got << e.headword + u':' + e.senses.value(0);
        QCOMPARE(got, expected);
    }

    void senseGroupsAreRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<int>>("groups");
        QTest::newRow("numbered") << QByteArray("tr\tiş\t\tjob|work|affair\tF\t10\t3,3,1") << QList<int>{3, 3, 1};
        QTest::newRow("unnumbered (old six fields)") << QByteArray("tr\tiş\t\tjob|work\tF\t10") << QList<int>{};
        QTest::newRow("count does not match: no grouping") << QByteArray("tr\tiş\t\tjob|work\tF\t10\t1") << QList<int>{};
    }
    void senseGroupsAreRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<int>, groups);
        Dictionary d;
        QCOMPARE(d.loadStore(line), 1);
        const QList<Entry> e = d.lookup(QStringLiteral("iş"), QStringLiteral("tr"));
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].senseGroups, groups);
    }

    void sensesAreParsed_data()
    {
        QTest::addColumn<QString>("headword");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected"); // groups by '|', equivalents by ','
        QTest::newRow("equal to the headword") << "atom" << "atom /a/\natom\n" << "atom";
        QTest::newRow("the article a") << "bir" << "bir /b/\n1. one\n2. a, an\n" << "one|a,an";
        QTest::newRow("double space inside a sense")
            << "autochthon" << "autochthon /a/\n1. esas yerli, bir  yerin kadim insanı\n" << "esas yerli,bir yerin kadim insanı";
        QTest::newRow("run into a sub-entry")
            << "capacious" << "capacious /c/\n1. geniş, büyük. capaciously  geniş bir şekilde.\n" << "geniş,büyük";
        QTest::newRow("sub-entry list")
            << "monitor" << "monitor /m/\n6. izlemek, gözlemek. monitorial, monitory  nasihat veren\n" << "izlemek,gözlemek";
        QTest::newRow("sub-entry sentence")
            << "turkey" << "turkey /t/\n1. Türkiye. Turkey red kırmızı kökboyası. Turkey stone firuze\n2. bileğitaşı.\n"
            << "Türkiye|bileğitaşı";
        // The source lost the space after the stop (FreeDict eng-tur: adequate, come, ease).
        QTest::newRow("sub-entry glued to the stop")
            << "adequate" << "adequate /a/\n1. elverişli, yeterli.adequately  layıkıyle  adequateness  yeterlik\n"
            << "elverişli,yeterli";
        QTest::newRow("glued after a label and two stops")
            << "come" << "come /k/\n3. (k.dili.) orgazma varmak.come about olmak, vaki olmak\n14. elde etmek, almak..come into konmak\n"
            << "orgazma varmak|elde etmek,almak";
        QTest::newRow("glued phrase with the headword, homograph numbered")
            << "ease 1" << "ease (1) /i/\n1. rahatlık, tabiilik.at ease rahat, serbest\n" << "rahatlık,tabiilik";
        QTest::newRow("run on after a single space")
            << "light" << "light /l/\n1. konmak, üzerine düşmek, inmek light into azarlamak\n" << "konmak,üzerine düşmek,inmek";
        QTest::newRow("run on from the sentence before")
            << "prosecutor" << "prosecutor /p/\n1. davacı, savcı. public prosecutor savcı\n" << "davacı,savcı";
        QTest::newRow("an equivalent equal to the headword stays")
            << "pelvis" << "pelvis /p/\n1. leğen, pelvis\n" << "leğen,pelvis";
        // What a review found cut wrongly (FreeDict eng-tur's own lines).
        QTest::newRow("a double space yields to the sentence")
            << "anatomical" << "anatomical /a/\n1. anatomik, anatomi  ile ilgili. anatomically  anatomik olarak\n"
            << "anatomik,anatomi ile ilgili";
        QTest::newRow("a variant spelling opens the sense")
            << "appall" << "appall /a/\n1. (ing) appal  dehşete düşürmek, korkutmak\n" << "appal dehşete düşürmek,korkutmak";
        QTest::newRow("the headword as an equivalent after a label")
            << "ganglion" << "ganglion /g/\n1. t/b ganglion, sinir düğümü, lenfa bezi\n" << "sinir düğümü,lenfa bezi"; // t/b: no clean equivalent
        QTest::newRow("a genus's species") << "caracal" << "caracal /k/\n1. karakulak, Felis caracal.\n"
                                           << "karakulak,Felis caracal";
        QTest::newRow("a name opening a sentence") << "horde" << "horde /h/\n1. sürü, güruh. Golden Horde Altınordu\n"
                                                   << "sürü,güruh";
        QTest::newRow("a name inside") << "zemzem" << "zemzem /z/\n1. Mekke'de Zemzem kuyusu\n" << "Mekke'de Zemzem kuyusu";
        QTest::newRow("a stop before a comma is no glued phrase")
            << "cat"
            << "cat /k/\n7. ABD., (argo) adam, delikanlı. cat-and-dog fight kedi köpek kavgası\n"
            << "adam,delikanlı"; // ABD (US usage): a label without brackets, no equivalent
        QTest::newRow("the American label alone, before the senses it marks")
            << "alibi"
            << "alibi /a/\n1. ABD, özür, mazeret\n2. ABD, (argo) yatmak\n"
            << "özür,mazeret|yatmak";
        QTest::newRow("the American label split by commas")
            << "hack"
            << "hack /h/\n3. kiralık atlı araba\n4. AB, D, (k, dili.) taksi\n5. A, B, D, (argo) becermek\n"
            << "kiralık atlı araba|taksi|becermek";
        QTest::newRow("the American label glued") << "buy"
                                                  << "buy /b/\n4. ABDsatın alınan şey\n"
                                                  << "satın alınan şey";
        QTest::newRow("the headword's abbreviation after (kıs.)") << "art"
                                                                  << "art /a/\n1. hüner, sanat\n3. (kıs.) AB, BA\n"
                                                                  << "hüner,sanat";
        QTest::newRow("capitals that are Turkish stay")
            << "anno domini"
            << "anno domini /a/\n1. (Lat.) Milâdi sene, Milâttan sonra, MS.\n"
            << "Milâdi sene,Milâttan sonra,MS";
        QTest::newRow("a label without its parentheses")
            << "love" << "love /l/\n1. aşk, sevgi\n2. b.h. aşk tanrısı\n3. A.B.D, k.ili sevgili\n" << "aşk,sevgi|aşk tanrısı|sevgili";
        QTest::newRow("a label alone, before the senses it marks")
            << "balmy"
            << "balmy /b/\n1. sakin\n4. ing., (argo) deli, çatlak.\n"
            << "sakin|deli,çatlak";
        QTest::newRow("labels without their stops")
            << "auto"
            << "auto /a/\n1. ABD otomobil\n2. kdili araba, k dili teneke\n3. ABD Millet Meclisi üyesi\n"
            << "otomobil|araba,teneke|ABD Millet Meclisi üyesi";
        QTest::newRow("the one-letter pronoun") << "the"
                                                << "the /t/\n1. (eski ye)   bir, o (tarif edatı, harfi tarif)\n"
                                                << "bir,o";
        QTest::newRow("an abbreviation's stops are no sentence's")
            << "vb" << "vb /v/\n1. tramvay v.b. hattı\n" << "tramvay v.b. hattı";
        // "(çoğ. feet)", the plural, its bracket split by the label: the forms are no equivalents.
        QTest::newRow("a plural's forms") << "foot" << "foot /f/\n1. (çoğ.) feet)  ayak, kadem\n2. ayak kısmı\n"
                                          << "ayak,kadem|ayak kısmı";
        QTest::newRow("two plurals") << "cactus" << "cactus /k/\n1. (çoğ.) cactuses, cacti) kaktüs, atlas çiçeği\n"
                                     << "kaktüs,atlas çiçeği";
        QTest::newRow("stops before an equivalent") << "role" << "role /r/\n1. .rol.\n2. . görev, ...vazife\n"
                                                    << "rol|görev,vazife";
        QTest::newRow("a plural's ending") << "bandsman" << "bandsman /b/\n1. (çoğ.) -men) mızıkacı, bando çalgıcısı\n"
                                           << "mızıkacı,bando çalgıcısı";
    }
    void sensesAreParsed()
    {
        QFETCH(QString, headword);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QStringList groups;
        for (const QStringList &g : parseFreedictSenses(body, headword))
            groups << g.join(u',');
        QCOMPARE(groups.join(u'|'), expected);
    }

    // The phrases a sense runs into are entries of their own: the English words up to the first Turkish one, and
    // the translation after them, with more after a wide space ("adequately  layıkıyle").
    void subEntriesArePhrases_data()
    {
        QTest::addColumn<QString>("headword");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected"); // phrase: equivalents, by '|'
        QTest::newRow("glued, two phrases")
            << "come" << "come /k/\n3. orgazma varmak.come about olmak, vaki olmak. come across with teslim etmek\n"
            << "come about:olmak,vaki olmak|come across with:teslim etmek";
        QTest::newRow("a phrase before the headword")
            << "evidence" << "evidence /e/\n5. ispat etmek. be in evidence göz önünde olmak, belirmek. in evidence aşikâr\n"
            << "be in evidence:göz önünde olmak,belirmek|in evidence:aşikâr";
        QTest::newRow("translation after a wide space")
            << "adequate" << "adequate /a/\n1. yeterli.adequately  layıkıyle  adequateness  yeterlik\n"
            << "adequately:layıkıyle|adequateness:yeterlik";
        QTest::newRow("a label inside") << "light" << "light /l/\n1. inmek light into (argo) azarlamak\n"
                                        << "light into:azarlamak";
        QTest::newRow("English words before the headword")
            << "accordance" << "accordance /a/\n1. uyum, uzlaşma in accordance with göre, uygun olarak\n"
            << "in accordance with:göre,uygun olarak";
        QTest::newRow("a stop after a number")
            << "foot" << "foot /f/\n1. ayak. square foot kadem kare, 0, 0929 m2. stand on one's own feet bağımsız olmak\n"
            << "square foot:kadem kare";
        QTest::newRow("a wide space inside a phrase")
            << "away" << "away /a/\n1. uzakta. do away  with yok etmek, kaldırmak\n" << "do away with:yok etmek,kaldırmak";
        QTest::newRow("a word both languages have, after the headword")
            << "blast" << "blast /b/\n1. patlama. at full blast tam süratle\n" << "at full blast:tam süratle";
        QTest::newRow("an everyday English word Turkish has too, after the headword")
            << "number" << "number /n/\n1. sayı. a number of birtakım, birkaç\n" << "a number of:birtakım,birkaç";
        QTest::newRow("two of them") << "just" << "just /j/\n1. tam. not just yet daha vakti gelmedi\n"
                                     << "not just yet:daha vakti gelmedi";
        QTest::newRow("no phrase ends in an article")
            << "place" << "place /p/\n1. yer. place in the sun iyi durum\n" << "place in the sun:iyi durum";
        QTest::newRow("nor in a conjunction") << "world" << "world /w/\n1. dünya. the world and his wife herkes\n"
                                              << "the world and his wife:herkes";
        QTest::newRow("a British label before the translation")
            << "world"
            << "world /w/\n1. dünya. the world and his wife ing, herkes, ing. cümle alem\n"
            << "the world and his wife:herkes,cümle alem";
        QTest::newRow("the American label before the translation")
            << "bail"
            << "bail /b/\n1. kefalet. go bail ABD, kefalet etmek\n"
            << "go bail:kefalet etmek";
        // A short headword runs on from a Turkish word into English Turkish has not, and opens the phrase itself;
        // not inside an English example ("him the better"), nor before a Turkish word (bir an önce).
        QTest::newRow("short headword, run on") << "at"
                                                << "at /a/\n1. tarafında, ile meşgul, hususunda at all hiç\n"
                                                << "at all:hiç";
        QTest::newRow("short headword, inside an example")
            << "the"
            << "the /t/\n2. o kadar The more I see him the better I like him. Onu seviyorum\n"
            << "";
        QTest::newRow("short headword, Turkish after") << "an"
                                                       << "an /a/\n1. bir, tekrar. bir an önce\n"
                                                       << "";
        // An equivalent that opens with the headword and more English is a phrase with its translation, and what
        // follows in the sense is that translation's; not the headword as an equivalent before another head.
        QTest::newRow("headed equivalent") << "of"
                                           << "of /o/\n1. nin, li, of course tabii, beklenildiği gibi\n"
                                           << "of course:tabii,beklenildiği gibi";
        QTest::newRow("headed equivalent, long headword")
            << "cash"
            << "cash /c/\n1. para, nakit para, cash register otomatik kasa\n"
            << "cash register:otomatik kasa";
        QTest::newRow("headword as an equivalent, a phrase after") << "idea"
                                                                   << "idea /i/\n6. idea fixed idea saplantı\n"
                                                                   << "fixed idea:saplantı";
        QTest::newRow("headed equivalent opening the sense") << "nanny"
                                                             << "nanny /n/\n1. dadı\n2. nanny goat dişi keçi\n"
                                                             << "nanny goat:dişi keçi";
        QTest::newRow("headed equivalent, English to its end") << "all"
                                                               << "all /a/\n1. bütün, all the rest\n"
                                                               << "";
        QTest::newRow("headword as an equivalent, a derived head after")
            << "emir"
            << "emir /e/\n1. reis, emir emirate bir emrin memleketi, emirlik\n"
            << "";
        QTest::newRow("no phrase") << "love" << "love /l/\n1. aşk, sevgi\n" << "";
    }
    void subEntriesArePhrases()
    {
        QFETCH(QString, headword);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        // Stands for the English word list: a Turkish word is none (olmak, vaki, göz, teslim, aşikâr, ...).
        static const QSet<QString> english{
            "come",  "about",  "across",     "with",     "be",    "in",    "evidence", "adequately", "adequateness",
            "light", "into",   "accordance", "square",   "foot",  "stand", "on",       "one's",      "own",
            "feet",  "do",     "away",       "at",       "full",  "blast", "tam",      "a",          "number",
            "of",    "not",    "just",       "yet",      "place", "the",   "sun",      "world",      "and",
            "his",   "wife",   "all",        "more",     "I",     "see",   "him",      "better",     "like",
            "an",    "course", "cash",       "register", "idea",  "fixed", "emir",     "emirate",    "nanny",
            "goat",  "rest",   "go",         "bail"};
        QList<SubEntry> phrases;
        // Turkish has these too (tam "full", at "horse", of "ugh", yet "suffice!"); of and yet are everyday English.
        static const QSet<QString> turkish{"tam", "at", "of", "yet", "sun", "his", "an", "bir", "idea", "emir", "rest"};
        static const QSet<QString> everyday{"at", "of", "yet"};
        parseFreedictSenses(body, headword, {}, nullptr, &phrases,
                            {[](const QString &w) { return english.contains(w); },
                             [](const QString &w) { return turkish.contains(w); },
                             [](const QString &w) { return everyday.contains(w); }});
        QStringList got;
        for (const SubEntry &p : phrases)
            got << p.phrase + u':' + p.equivalents.join(u',');
        QCOMPARE(got.join(u'|'), expected);
    }

    // What a phrase takes away, the headword's senses lose; what comes before it stays the headword's.
    void phrasesLeaveTheHeadwordsSenses()
    {
        static const QSet<QString> english{"at",   "all",    "of",      "course", "idea",  "fixed", "the",
                                           "rest", "arnica", "montana", "mould",  "black", "art",   "article"};
        static const QSet<QString> turkish{"at", "of", "idea"};
        const WordLists words{[](const QString &w) { return english.contains(w); },
                              [](const QString &w) { return turkish.contains(w); },
                              {}};
        const auto senses = [&](const char *body, const char *headword) {
            QList<SubEntry> phrases;
            return parseFreedictSenses(QString::fromUtf8(body), QString::fromUtf8(headword), {}, nullptr, &phrases,
                                       words)
                .value(0);
        };
        QCOMPARE(senses("at /a/\n1. tarafında, hususunda at all hiç\n", "at"), (QStringList{"tarafında", "hususunda"}));
        QCOMPARE(senses("of /o/\n1. nin, li, of course tabii, beklenildiği gibi\n", "of"), (QStringList{"nin", "li"}));
        QCOMPARE(senses("idea /i/\n1. idea fixed idea saplantı\n", "idea"), QStringList{"idea"});
        // A phrase of the headword left untranslated is no equivalent; a species' name is one.
        QCOMPARE(senses("all /a/\n1. bütün, all the rest\n", "all"), QStringList{"bütün"});
        QCOMPARE(senses("arnica /a/\n1. öküzgözü, Arnica montana\n", "arnica"), (QStringList{"öküzgözü", "Arnica montana"}));
        // "ing." (in Britain) is a label, bare or with its stop, and so is the British spelling after it.
        QCOMPARE(senses("barrister /b/\n1. ing. dava vekili, avukat\n", "barrister"),
                 (QStringList{"dava vekili", "avukat"}));
        QCOMPARE(senses("mold /m/\n1. ing mould kalıp, biçim\n", "mold"), (QStringList{"kalıp", "biçim"}));
        // "(kıs.)" marks the headword's abbreviation or what it expands, in English: no equivalent, whole or
        // before Turkish ("hg: (kıs.) mercury cıva").
        QCOMPARE(senses("art /a/\n1. (kıs.) article.\n2. (kıs.) AB, BA\n3. sanat\n", "art"), QStringList{"sanat"});
        QCOMPARE(senses("art /a/\n1. (kıs.) AB, BA black art sihir\n", "art"), QStringList{"sihir"});
        QStringList seeAlso;
        parseFreedictSenses(QStringLiteral("dr /d/\n1. (kıs.) Doctor, Drive.\n"), QStringLiteral("dr"), {}, &seeAlso,
                            nullptr,
                            WordLists{[](const QString &w) { return w == u"doctor" || w == u"drive"; }, {}, {}});
        QCOMPARE(seeAlso, (QStringList{"Doctor", "Drive"})); // followed as a cross-reference is
    }

    void verbArticles_data()
    {
        QTest::addColumn<QString>("senses"); // groups by '|', equivalents by ','
        QTest::addColumn<bool>("verb");
        QTest::newRow("back, the verb") << "bir şeye destek olmak,arka olmak,yardım etmek|desteklemek" << true;
        QTest::newRow("back, the noun") << "arka,sırt,geri|belkemigi|vazgeçmek|ihmal etmek" << false;
        QTest::newRow("a noun first, then its verb") << "pay,hisse,parça|taksim etmek,bölüşmek,paylaşmak" << false;
        QTest::newRow("half and half") << "artış,artmak" << false;
        QTest::newRow("ekmek is bread, one of three") << "ekmek,somun,nan" << false;
        QTest::newRow("tokmak is a mallet") << "tokmak,çomak" << false;
    }
    void verbArticles()
    {
        QFETCH(QString, senses);
        QFETCH(bool, verb);
        QList<QStringList> groups;
        for (const QString &g : senses.split(u'|'))
            groups << g.split(u',');
        // As tr_TR.dic says: these take a plural and no -mAktAdIr (StemWeights::nounInMak).
        static const QSet<QString> nouns{"tokmak", "çomak", "ekmek"};
        QCOMPARE(translatesVerb(groups, [](const QString &w) { return nouns.contains(w); }), verb);
    }

    // One headword's rows of one source merge, unless their parts of speech differ (back the verb, the noun).
    void homographsApartByPartOfSpeech()
    {
        Dictionary d;
        QCOMPARE(d.loadStore("en\tback\t\tarka|sırt\tFreeDict eng-tur\t20\n"
                             "en\tback\tverb\tdesteklemek\tFreeDict eng-tur\t21\n"
                             "en\tback\t\tgeri\tFreeDict eng-tur\t20\n"),
                 3);
        const QList<Entry> e = d.lookup(QStringLiteral("back"), QStringLiteral("en"));
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].senses, (QStringList{QStringLiteral("arka"), QStringLiteral("sırt"), QStringLiteral("geri")}));
        QCOMPARE(e[1].pos, QStringLiteral("verb"));
    }

    // One English word's articles: the part of speech it is used as most first, then the article the reverse
    // dictionary translates back to the word (bank: banka is "bank", yığın is "heap"), then the longer one.
    void articlesInOrderOfUse()
    {
        const QList<QList<QStringList>> bank{{{"yığın", "küme"}, {"bayır"}, {"kıyı", "kenar"}},
                                             {{"banka", "banko"}},
                                             {{"bankaya para yatırmak"}}};
        const auto banka = [](const QString &t) { return t == QLatin1String("banka"); };
        const auto none = [](const QString &) { return false; };
        QCOMPARE(okur::glossary::articleOrder(bank, {20, 20, 21}, banka), (QList<qsizetype>{1, 0, 2}));
        QCOMPARE(okur::glossary::articleOrder(bank, {20, 20, 21}, none), (QList<qsizetype>{0, 1, 2})); // the longer
        QCOMPARE(okur::glossary::articleOrder(bank, {21, 21, 20}, banka), (QList<qsizetype>{2, 1, 0})); // the verb's use
        QCOMPARE(okur::glossary::articleOrder(bank, {20, 21, 20}, banka), (QList<qsizetype>{0, 2, 1}));
        // Only the first sense's leading equivalents say what an article is about: not a fourth, nor a later sense.
        const QList<QStringList> heap{{"yığın", "küme", "öbek"}, {"bayır"}, {"kıyı"}};
        QCOMPARE(okur::glossary::articleOrder({heap, {{"sıra", "dizi", "set", "banka"}}}, {20, 20}, banka), (QList<qsizetype>{0, 1}));
        QCOMPARE(okur::glossary::articleOrder({heap, {{"sıra"}, {"banka"}}}, {20, 20}, banka), (QList<qsizetype>{0, 1}));
        // An abbreviation spelt out in English goes after the word's Turkish articles, however long.
        const QList<QList<QStringList>> my{{{"million years"}, {"milyon yıl"}}, {{"benim"}}};
        const auto english = [](const QString &e) { return e == QLatin1String("million years"); };
        QCOMPARE(okur::glossary::articleOrder(my, {20, 20}, none), (QList<qsizetype>{0, 1}));
        QCOMPARE(okur::glossary::articleOrder(my, {20, 20}, none, english), (QList<qsizetype>{1, 0}));
    }

    // "(bak.) burn" is FreeDict's "see burn": a headword to follow, never a Turkish equivalent
    // (inverted, it had made "burn" a Turkish word meaning "burnt").
    void crossReferencesAreNoEquivalents_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("senses");
        QTest::addColumn<QString>("seeAlso");
        QTest::newRow("a sense of its own")
            << "burnt /b/\n1. (bak.) burn\n2. yanık, yanmış. burnt offering tanrılara kurban\n" << "yanık,yanmış" << "burn";
        QTest::newRow("after a label") << "apsis /a/\n1. (astr.) apsis\n2. (mim.), (bak.) apse.\n" << "apsis" << "apse";
        QTest::newRow("two, then a sub-entry")
            << "aesthetic /a/\n1. estetik\n2. (bak.) esthetic, esthetical     aestival (bak.) estival\n" << "estetik"
            << "esthetic,esthetical";
        QTest::newRow("after equivalents, not followed") << "aeon /a/\n1. çağ, devir (bak.) eon.\n" << "çağ,devir" << "";
        QTest::newRow("a sub-entry's, after a sentence")
            << "mutual /m/\n1. karşılıklı, müşterek. mutual fund (bak.) fund\n" << "karşılıklı,müşterek" << "";
        QTest::newRow("a run-on sub-entry's")
            << "abominable /a/\n1. çok kötü, iğrenç, nefret uyandıran abominable snowman (bak.) yeti abominably  çok fena\n"
            << "çok kötü,iğrenç,nefret uyandıran" << "";
        QTest::newRow("its own after a colon") << "drunk /d/\n1. (bak.) drink:   sarhoş içkili, mest\n"
                                               << "sarhoş içkili,mest" << "drink";
        QTest::newRow("nothing but a reference") << "elves /e/\n1. (çoğ.), (bak.) elf.\n" << "" << "elf";
    }
    void crossReferencesAreNoEquivalents()
    {
        QFETCH(QString, body);
        QFETCH(QString, senses);
        QFETCH(QString, seeAlso);
        QStringList groups, targets;
        for (const QStringList &g : parseFreedictSenses(body, body.section(u' ', 0, 0), {}, &targets))
            groups << g.join(u',');
        QCOMPARE(groups.join(u'|'), senses);
        QCOMPARE(targets.join(u','), seeAlso);
    }

    // FreeDict eng-tur's source wrote field labels into words wherever their letters began or stood inside one
    // (lines as the package has them): "(sig.)orta" made insurance "orta" and "orta" mean insurance.
    void gluedLabelsAreUndone_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before a Turkish word") << "cigarette /s/\n1. (sig.)ara.\n" << "cigarette /s/\n1. sigara.\n";
        QTest::newRow("each of several") << "insurance /i/\n1. (sig.)orta, (sig.)orta etme.\n"
                                         << "insurance /i/\n1. sigorta, sigorta etme.\n";
        QTest::newRow("inside a headword") << "di(sin.)cline /d/\n1. soğutmak\n" << "disincline /d/\n1. soğutmak\n";
        QTest::newRow("ending a word") << "1. kıymeti üzerin(den.)\n" << "1. kıymeti üzerinden\n";
        QTest::newRow("a label without its space") << "1. (ask.)top ateşi ile\n" << "1. (ask.) top ateşi ile\n";
        QTest::newRow("a reference without its space") << "1. (bak.)burgeon.\n" << "1. (bak.) burgeon.\n";
        QTest::newRow("before a Latin name") << "1. (zool.)Acanthophis.\n" << "1. (zool.) Acanthophis.\n";
        QTest::newRow("a label in its place") << "1. (huk.) hukuk\n" << "1. (huk.) hukuk\n";
    }
    void gluedLabelsAreUndone()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        // What a spell checker knows, for these rows.
        const QStringList known{QStringLiteral("sigara"), QStringLiteral("sigorta"), QStringLiteral("ara"),
                                QStringLiteral("top"), QStringLiteral("burgeon")};
        const QString mended = undoGluedLabels(body, [&](const QString &w) { return known.contains(w); });
        QCOMPARE(mended, expected);
        // The senses then read as the source meant: a label dropped, a reference followed.
        QStringList seeAlso;
        parseFreedictSenses(mended, QStringLiteral("burgeon"), {}, &seeAlso);
        QCOMPARE(seeAlso.isEmpty(), !expected.contains(QLatin1String("(bak.)")));
    }

    void repairRunsBeforeTheCheck()
    {
        // The converter's repair sees each equivalent before the run-together check.
        const auto repair = [](const QString &s) {
            return s == QLatin1String("UnitedStatesofAmerica") ? QStringLiteral("United States of America") : s;
        };
        const QList<QStringList> g = parseFreedictSenses(QStringLiteral("Amerika /a/\nUnitedStatesofAmerica, USA\n"),
                                                         QStringLiteral("Amerika"), repair);
        QCOMPARE(g.value(0), (QStringList{QStringLiteral("United States of America"), QStringLiteral("USA")}));
        QCOMPARE(parseFreedictSenses(QStringLiteral("Amerika /a/\nUnitedStatesofAmerica, USA\n"), QStringLiteral("Amerika")).value(0),
                 QStringList{QStringLiteral("USA")});
    }
};

QTEST_GUILESS_MAIN(TestDictd)
#include "tst_dictd.moc"
