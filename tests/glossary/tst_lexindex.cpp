// The tables a cold lookup reads in place (issue 25): the dictionary's prebuilt
// index answers as the index built at load time does, a damaged one is refused,
// the word tables survive their bytes, and the en_US form table accepts what
// hunspell itself accepts.
#include "glossary/dictionary.h"
#include "glossary/englishforms.h"
#include "glossary/stemweights.h"
#include "glossary/udlemmas.h"
#include "text/lexicon.h"

#include <QResource>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur;
using namespace okur::glossary;

class TestLexIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dictionaryIndex_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("headwords");
        QTest::newRow("two sources merge by headword") << "kalem" << "tr" << QStringList{"kalem", "kalem"};
        QTest::newRow("capital homograph kept apart") << "Mısır" << "tr" << QStringList{"Mısır", "mısır"};
        QTest::newRow("lower case asks for its own") << "mısır" << "tr" << QStringList{"mısır"};
        QTest::newRow("Turkish dotted capital folds") << "İSTANBUL" << "tr" << QStringList{"İstanbul"};
        QTest::newRow("English") << "pen" << "en" << QStringList{"pen"};
        QTest::newRow("absent") << "kalemlik" << "tr" << QStringList{};
    }
    void dictionaryIndex()
    {
        QFETCH(QString, word);
        QFETCH(QString, language);
        QFETCH(QStringList, headwords);
        const QByteArray tsv = "# comment\n"
                               "tr\tkalem\t\tpen|pencil\tA\t10\t1,2\n"
                               "tr\tmısır\t\tcorn\tA\t10\t1\n"
                               "en\tpen\t\tkalem\tA\t10\t1\n"
                               "tr\tMısır\t\tEgypt\tA\t10\t1\n"
                               "tr\tkalem\t\tdepartment\tB\t20\t1\n"
                               "tr\tİstanbul\t\tIstanbul\tA\t10\t1\n";
        Dictionary built;
        QCOMPARE(built.loadStore(tsv), 6);
        const QByteArray index = built.indexBytes();
        Dictionary indexed;
        QCOMPARE(indexed.loadStore(tsv, index), 6);
        QStringList got, fromBuilt;
        for (const Entry &e : indexed.lookup(word, language)) {
            got << e.headword;
        }
        for (const Entry &e : built.lookup(word, language)) {
            fromBuilt << e.headword;
        }
        QCOMPARE(got, headwords);
        QCOMPARE(fromBuilt, headwords);
        // contains() answers as lookup() finds, from the keys alone; nothing of the store is in memory.
        QCOMPARE(indexed.contains(word, language), !headwords.isEmpty());
        QCOMPARE(built.contains(word, language), !headwords.isEmpty());
        QVERIFY(indexed.lookupInMemory(word, language).isEmpty());
        if (!headwords.isEmpty()) {
            QCOMPARE(indexed.lookup(word, language).first().senses, built.lookup(word, language).first().senses);
        }

        // An index made for other bytes, or cut short, or with a row past the store's end, is refused.
        Dictionary refused;
        QCOMPARE(refused.loadStore(tsv + "tr\tx\t\ty\tA\t10\n", index), -1);
        QCOMPARE(refused.loadStore(tsv, index.chopped(1)), -1);
        QByteArray damaged = index;
        const quint32 far = 1u << 30;
        std::memcpy(damaged.data() + 16 + 8, &far, 4); // the first row's line offset
        QCOMPARE(refused.loadStore(tsv, damaged), -1);
        QCOMPARE(refused.size(), 0);
    }

    void bundledIndex()
    {
        // The index the build made for the bundled store is the one loading would build.
        const QResource store(QStringLiteral(":/okur/dict/freedict.tsv"));
        const QResource index(QStringLiteral(":/okur/dict/freedict.idx"));
        QVERIFY(store.isValid() && index.isValid());
        const QByteArray tsv = QByteArray::fromRawData(reinterpret_cast<const char *>(store.data()), qsizetype(store.size()));
        Dictionary built;
        built.loadStore(tsv);
        QCOMPARE(built.indexBytes(), QByteArray(reinterpret_cast<const char *>(index.data()), qsizetype(index.size())));
    }

    void stemWeightsBytes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("value");
        QTest::newRow("listed") << "kitap" << 7;
        QTest::newRow("listed twice keeps the larger") << "yüz" << 9;
        QTest::newRow("zero") << "ve" << 0;
        QTest::newRow("absent") << "kitaplık" << -1;
    }
    void stemWeightsBytes()
    {
        QFETCH(QString, word);
        QFETCH(int, value);
        const StemWeights w = StemWeights::fromValues({{"kitap", 7}, {"yüz", 3}, {"yüz", 9}, {"ve", 0}});
        QCOMPARE(w.size(), 3);
        const StemWeights read = StemWeights::fromBytes(w.toBytes());
        QCOMPARE(read.flags(word), value);
        QCOMPARE(w.flags(word), value);
        QVERIFY(StemWeights::fromBytes(w.toBytes().chopped(1)).isEmpty());
        QVERIFY(StemWeights::fromBytes("not a table at all").isEmpty());
        // A .dic line's figure is its count of affix classes.
        const StemWeights dic = StemWeights::fromDic("3\nkitap/1,2,3\nve\nyüz/4\n");
        QCOMPARE(dic.flags(QStringLiteral("kitap")), 3);
        QCOMPARE(dic.flags(QStringLiteral("ve")), 0);
        QCOMPARE(dic.flags(QStringLiteral("yüz")), 1);
        QVERIFY(!dic.bound(QStringLiteral("kitap"))); // without the .aff nothing is marked
        // With the .aff: a stem of five classes or more, none a plural or a case of place, is bound;
        // one with such a class, or with fewer classes, is not. Its count stays as it was.
        const QByteArray aff = "SFX 1 N 1\nSFX 1 0 i .\nSFX 2 N 1\nSFX 2 0 in .\nSFX 3 N 1\nSFX 3 0 ine .\n"
                               "SFX 4 N 1\nSFX 4 0 ini .\nSFX 5 N 1\nSFX 5 0 inde .\nSFX 6 N 1\nSFX 6 0 ler .\n";
        const StemWeights marked = StemWeights::fromDic("3\nmilletvekil/1,2,3,4,5\nev/1,2,3,4,5,6\nel/1,2\n", aff);
        QVERIFY(marked.bound(QStringLiteral("milletvekil")));
        QCOMPARE(marked.flags(QStringLiteral("milletvekil")), 5);
        QVERIFY(!marked.bound(QStringLiteral("ev")));
        QVERIFY(!marked.bound(QStringLiteral("el")));
        QVERIFY(!marked.bound(QStringLiteral("yok")));
        QCOMPARE(StemWeights::fromBytes(marked.toBytes()).bound(QStringLiteral("milletvekil")), true);
        // A stem with a class whose suffix follows an apostrophe is a proper name (Bursa'da); its count stays.
        const QByteArray names = "SFX 7 N 1\nSFX 7 0 'da .\nSFX 8 N 1\nSFX 8 0 ler .\n";
        const StemWeights named = StemWeights::fromDic("3\nBursa/7\nTürk/7,8\nAnkaralı/8\n", names);
        QVERIFY(named.name(QStringLiteral("Bursa")));
        QVERIFY(named.name(QStringLiteral("Türk")));
        QCOMPARE(named.flags(QStringLiteral("Türk")), 2);
        QVERIFY(!named.name(QStringLiteral("Ankaralı")));
        QVERIFY(!named.name(QStringLiteral("bursa")));
        QVERIFY(StemWeights::fromBytes(named.toBytes()).name(QStringLiteral("Bursa")));
        QVERIFY(!StemWeights::fromDic("1\nBursa/7\n").name(QStringLiteral("Bursa"))); // without the .aff
        // A stem with a class that makes a plural takes one (yaşmak "veil", a noun); a verb's infinitive does not.
        const StemWeights plurals = StemWeights::fromDic("2\nyaşmak/1,6\nyaşamak/1,5\n", aff);
        QVERIFY(plurals.takesPlural(QStringLiteral("yaşmak")));
        QVERIFY(!plurals.takesPlural(QStringLiteral("yaşamak")));
        QCOMPARE(plurals.flags(QStringLiteral("yaşmak")), 2);
        QVERIFY(StemWeights::fromBytes(plurals.toBytes()).takesPlural(QStringLiteral("yaşmak")));
        // A stem with the progressive and no plural, case of place or possessed case is a verb's root only.
        const QByteArray verbs = aff + "SFX 7 N 1\nSFX 7 0 ıyor .\nSFX 8 N 1\nSFX 8 0 ına .\n";
        const StemWeights roots = StemWeights::fromDic("3\nbakın/7\nbasın/7,8\nkalın/6,7\n", verbs);
        QVERIFY(roots.verbOnly(QStringLiteral("bakın")));
        QVERIFY(!roots.verbOnly(QStringLiteral("basın")));
        QVERIFY(!roots.verbOnly(QStringLiteral("kalın")));
        QVERIFY(StemWeights::fromBytes(roots.toBytes()).verbOnly(QStringLiteral("bakın")));
        // A word in -mAk with a plural and no -mAktAdIr is a noun only; a verb's infinitive takes -mAktAdIr.
        const QByteArray infinitives = aff + "SFX 9 N 1\nSFX 9 0 tadır .\n";
        const StemWeights mak = StemWeights::fromDic("3\nsumak/6\nsunmak/9\nçakmak/6,9\n", infinitives);
        QVERIFY(mak.nounInMak(QStringLiteral("sumak")));
        QVERIFY(!mak.nounInMak(QStringLiteral("sunmak")));
        QVERIFY(!mak.nounInMak(QStringLiteral("çakmak")));
        QVERIFY(StemWeights::fromBytes(mak.toBytes()).nounInMak(QStringLiteral("sumak")));
    }

    void englishForms_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("flags"); // a listed base's flags; "-" for no listed base
        QTest::newRow("base") << "try" << true << "DS";
        QTest::newRow("y to ied") << "tried" << true << "-";
        QTest::newRow("y to ies") << "tries" << true << "-";
        QTest::newRow("no y + ed after a consonant") << "tryed" << false << "-";
        QTest::newRow("vowel y keeps y") << "played" << true << "-";
        QTest::newRow("e + d") << "hoped" << true << "-";
        QTest::newRow("condition [^e] refuses e + ed") << "hopeed" << false << "-";
        QTest::newRow("prefix") << "replay" << true << "-";
        QTest::newRow("prefix with a suffix (cross product)") << "replayed" << true << "-";
        QTest::newRow("prefix not in the base's flags") << "rehope" << false << "-";
        QTest::newRow("no flags") << "the" << true << "";
        QTest::newRow("capital kept") << "James" << true << "M";
        QTest::newRow("case matters") << "james" << false << "-";
        QTest::newRow("apostrophe converted") << "James's" << true << "-";
        QTest::newRow("unknown") << "qwerty" << false << "-";
    }
    void englishForms()
    {
        QFETCH(QString, word);
        QFETCH(bool, accepted);
        QFETCH(QString, flags);
        const QByteArray aff = "SET UTF-8\nICONV 1\nICONV ’ '\n"
                               "PFX A Y 1\nPFX A 0 re .\n"
                               "SFX D Y 4\nSFX D 0 d e\nSFX D y ied [^aeiou]y\nSFX D 0 ed [^ey]\nSFX D 0 ed [aeiou]y\n"
                               "SFX S Y 2\nSFX S y ies [^aeiou]y\nSFX S 0 s [aeiou]y\n"
                               "SFX M Y 1\nSFX M 0 ’s .\n";
        const QByteArray dic = "4\ntry/DS\nplay/ADS\nhope/D\nthe\nJames/M\n";
        const StemWeights t = english::formTable(aff, dic);
        const int v = t.value(word.toUtf8());
        QCOMPARE(v >= 0 && (v & english::kAccepted), accepted);
        const QByteArray letters = english::flagLetters(v);
        QCOMPARE(letters.isNull() ? QStringLiteral("-") : QString::fromLatin1(letters), flags);
    }

    void bundledFormsAgreeWithHunspell()
    {
        // The outside judge: hunspell with the same en_US files, on the words of
        // the EWT development sample (letters only, as a lookup asks).
        QTemporaryDir cache;
        QString error;
        const text::Lexicons lex = text::loadBundledLexicons(cache.path(), &error);
        QVERIFY2(lex.en, qPrintable(error));
        const QResource r(QStringLiteral(":/okur/lexindex/en-forms.bin"));
        QVERIFY(r.isValid());
        const StemWeights table = StemWeights::fromBytes(QByteArray(reinterpret_cast<const char *>(r.data()), qsizetype(r.size())));
        QVERIFY(table.size() > 100000);
        const QList<udlemmas::Token> tokens = udlemmas::readTokens(QStringLiteral(OKUR_TEST_DATA "/ud/en_ewt-ud-dev-sample.conllu"));
        QVERIFY(tokens.size() > 100);
        int words = 0, agree = 0;
        QStringList disagree;
        for (const udlemmas::Token &t : tokens) {
            for (const QString &w : {t.form.toLower(), t.lemma.toLower()}) {
                if (w.isEmpty() || !std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; })) {
                    continue;
                }
                ++words;
                const int v = table.value(w.toUtf8());
                const bool ours = v >= 0 && (v & english::kAccepted);
                if (ours == lex.en->accepts(w)) {
                    ++agree;
                } else {
                    disagree << w;
                }
            }
        }
        qInfo("%d of %d words agree; differ: %s", agree, words, qPrintable(disagree.mid(0, 20).join(u' ')));
        QVERIFY(words > 200);
        QVERIFY2(agree >= words * 99 / 100, qPrintable(disagree.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestLexIndex)
#include "tst_lexindex.moc"
