#include "glossary/glossary.h"
#include "text/pipeline.h"
#include "text/words.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace okur::glossary;

class TestGlossary : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;
    okur::text::PipelineResult m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto dictionary = std::make_shared<Dictionary>();
        QVERIFY2(dictionary->loadBundled(&error), qPrintable(error));
        QVERIFY(dictionary->size() > 50000);
        const okur::text::Lexicons lex =
            okur::text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        QVERIFY(lex.complete());
        m_glossary = std::make_unique<Glossary>(dictionary);
        const QStringList files = QDir(QStringLiteral(OKUR_SEEDS_DIR)).entryList({QStringLiteral("003_*.txt")});
        QFile f(QStringLiteral(OKUR_SEEDS_DIR "/") + files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_article = okur::text::processBytes(f.readAll(), lex);
    }

    void names_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("Zeynep") << "Zeynep"
                                << "tr"
                                << "Zeynep";
        QTest::newRow("Orhan'ın") << "Orhan'ın"
                                  << "tr"
                                  << "Orhan";
        QTest::newRow("Ali'nin") << "Ali'nin"
                                 << "tr"
                                 << "Ali";
        // A compound name's head with its compound marker is the common noun (Gülhane Parkı, Meclis Başkanı).
        QTest::newRow("Parkı'ndan") << "Parkı'ndan"
                                    << "tr"
                                    << "park";
        QTest::newRow("Başkanı'nın") << "Başkanı'nın"
                                     << "tr"
                                     << "başkan";
        QTest::newRow("Dağları'na") << "Dağları'na"
                                    << "tr"
                                    << "dağ";
        QTest::newRow("Steffen") << "Steffen"
                                 << "en"
                                 << "Steffen";
        // Fixed words come first as themselves, not birlik + -te or iç + -in.
        QTest::newRow("birlikte") << "birlikte"
                                  << "tr"
                                  << "birlikte";
        QTest::newRow("için") << "için"
                              << "tr"
                              << "için";
        QTest::newRow("olarak") << "olarak"
                                << "tr"
                                << "olarak";
        QTest::newRow("kadar") << "kadar"
                               << "tr"
                               << "kadar";
        // The article's hatta "even" is no hat "line" + -ta, its dolayı "because of" no dolay + -ı.
        QTest::newRow("hatta") << "hatta"
                               << "tr"
                               << "hatta";
        QTest::newRow("dolayı") << "dolayı"
                                << "tr"
                                << "dolayı";
    }
    void names()
    {
        QFETCH(QString, word);
        QFETCH(QString, language);
        QFETCH(QString, lemma);
        const QList<Analysis> a = m_glossary->analyze(word, language);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
    }

    // A capitalised word with a good common reading still offers itself as a name, after it:
    // "Kayalar" is kaya + -lar first, and the name Kayalar too; a lower-case word does not.
    void nameOffered_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("first");
        QTest::addColumn<bool>("offered");
        QTest::newRow("Kayalar") << "Kayalar"
                                 << "kaya" << true;
        QTest::newRow("kayalar") << "kayalar"
                                 << "kaya" << false;
    }
    void nameOffered()
    {
        QFETCH(QString, word);
        QFETCH(QString, first);
        QFETCH(bool, offered);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("tr"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, first);
        const bool named = std::any_of(a.cbegin(), a.cend(), [&](const Analysis &r) {
            return r.lemma == word && r.segments.first().label == QLatin1String(okur::glossary::labels::kProperNoun);
        });
        QCOMPARE(named, offered);
    }

    // A name that tr_TR.dic spells with its capital, and as no common word, is read as that name first: a proper
    // name bare (its suffixes follow an apostrophe), a name made from one (Ankara-lı) with suffixes too. Not a
    // word that is a common word's form as well (Babası, Kilise), nor a proper name with suffixes run on (Oraya).
    void listedNames_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QString>("segments");
        QTest::newRow("Bursa") << "Bursa"
                               << "Bursa"
                               << "Bursa";
        QTest::newRow("Kayseri") << "Kayseri"
                                 << "Kayseri"
                                 << "Kayseri";
        QTest::newRow("Ankaralı") << "Ankaralı"
                                  << "Ankaralı"
                                  << "Ankara -lı";
        QTest::newRow("Ispartalılarda") << "Ispartalılarda"
                                        << "Ispartalı"
                                        << "Isparta -lı -lar -da";
        QTest::newRow("Türkçe") << "Türkçe"
                                << "Türkçe"
                                << "Türk -çe";
        QTest::newRow("Babası") << "Babası"
                                << "baba"
                                << "baba -sı";
        QTest::newRow("Kilise") << "Kilise"
                                << "kilise"
                                << "kilise";
        QTest::newRow("Oraya") << "Oraya"
                               << "ora"
                               << "ora -ya";
        QTest::newRow("Türkü") << "Türkü"
                               << "türkü"
                               << "türkü";
    }
    void listedNames()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        QFETCH(QString, segments);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("tr"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
        QStringList forms;
        for (const Segment &s : a.first().segments) {
            forms << s.form;
        }
        QCOMPARE(forms.join(u' '), segments);
    }

    // A causative that shares a sense with its base is read as the base with its causative, as UD reads it,
    // under the causative's own entry (the one a reader looks up); one whose senses differ is a verb of its own.
    void causatives_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QString>("root");
        QTest::newRow("bekletilen") << "bekletilen"
                                    << "bekletmek"
                                    << "bekle";
        QTest::newRow("kapattı") << "kapattı"
                                 << "kapatmak"
                                 << "kapa";
        QTest::newRow("anlattı") << "anlattı"
                                 << "anlatmak"
                                 << "anlat";
        QTest::newRow("yarattı") << "yarattı"
                                 << "yaratmak"
                                 << "yarat";
        // belirmek "be in evidence" (a phrase inside FreeDict's "evidence"), belirtmek "evidence": its state, made.
        QTest::newRow("belirtildi") << "belirtildi"
                                    << "belirtmek"
                                    << "belir";
    }
    void causatives()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        QFETCH(QString, root);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("tr"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().lemma, lemma);
        QCOMPARE(a.first().root, root);
    }

    // Only et- (and the verbs made with it), git-, güt-, tat- soften their t before a vowel: ödeme has no reading
    // as öt-, yaşadın is yaşa-dı-n first; ediyor, gidiyor, hissediyor, tadıyor read as their verbs.
    void verbSoftening_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("never");
        QTest::newRow("ödeme") << "ödeme" << "öde" << "öt";
        QTest::newRow("yaşadın") << "yaşadın" << "yaşa" << "-"; // yaşat- is no reading; a noun yaşat stays one
        QTest::newRow("gidiyor") << "gidiyor" << "git" << "gid";
        QTest::newRow("ediyor") << "ediyor" << "et" << "ed";
        QTest::newRow("hissediyor") << "hissediyor" << "hisset" << "hissed";
        QTest::newRow("tadıyor") << "tadıyor" << "tat" << "tad";
    }
    void verbSoftening()
    {
        QFETCH(QString, word);
        QFETCH(QString, root);
        QFETCH(QString, never);
        const QList<Analysis> a = m_glossary->analyze(word, QStringLiteral("tr"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.first().root, root);
        for (const Analysis &r : a)
            QVERIFY2(r.root != never, qPrintable(r.lemma));
    }

    // Readings with one lemma but different roots stay apart: ekmek the noun and ek- + -mek.
    // The same in Turkish, where no word opens with an apostrophe: 'Oğlum is oğlum, ''Soslar soslar.
    void turkishQuotes()
    {
        const auto first = [this](const QString &w) {
            const QList<Analysis> a = m_glossary->analyze(w, QStringLiteral("tr"));
            return a.isEmpty() ? QString() : a.first().lemma;
        };
        QCOMPARE(first(QStringLiteral("''Soslar")), first(QStringLiteral("Soslar")));
        QCOMPARE(first(QStringLiteral("''soslar")), QStringLiteral("sos"));
        QCOMPARE(first(QStringLiteral("«ülkelerde»")), QStringLiteral("ülke"));
        QCOMPARE(first(QStringLiteral("\"Azerbaycan'ın\"")), QStringLiteral("Azerbaycan"));
        QCOMPARE(first(QStringLiteral("’diplomasisinin")), QStringLiteral("diplomasi"));
    }

    void homographReadings()
    {
        QStringList roots;
        for (const Analysis &a : m_glossary->analyze(QStringLiteral("ekmek"), QStringLiteral("tr")))
            roots << a.root;
        QVERIFY2(roots.contains(QStringLiteral("ekmek")) && roots.contains(QStringLiteral("ek")),
                 qPrintable(roots.join(u',')));
    }

    // A huge "word" without spaces (issue 15, #8) is not analysed: it returns at once.
    void longTokenIsBounded()
    {
        const QString huge = QString(2 * 1024 * 1024, u'a') + QStringLiteral("lar");
        QElapsedTimer t;
        t.start();
        QVERIFY(m_glossary->analyze(huge, QStringLiteral("tr")).isEmpty());
        QVERIFY(m_glossary->analyze(huge, QStringLiteral("en")).isEmpty());
        QCOMPARE(m_glossary->lemmaOf(huge, QStringLiteral("tr")).size(), huge.size());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }

    void turkishToEnglish()
    {
        const LookupResult r = m_glossary->lookup(QStringLiteral("diplomasisinin"), QStringLiteral("tr"));
        QCOMPARE(r.entries.first().headword, QStringLiteral("diplomasi"));
        QCOMPARE(r.entries.first().senses.first(), QStringLiteral("diplomacy"));
        QCOMPARE(r.entries.first().source, QStringLiteral("Okur glossary"));
        // The curated glossary ranks first: "ülke" is a country, not "bourne, soil".
        QCOMPARE(m_glossary->lookup(QStringLiteral("ülkenin")).entries.first().senses.first(),
                 QStringLiteral("country"));
        for (const QString &w : {QStringLiteral("kamu"), QStringLiteral("teknoloji"), QStringLiteral("iletişim"),
                                 QStringLiteral("medya"), QStringLiteral("veri")})
            QVERIFY2(m_glossary->lookup(w, QStringLiteral("tr")).found(), qPrintable(w));
    }

    // The card shows a word the curated glossary lists whole as that word first: yer is "place", not the
    // imperative of yermek "malign" nor ye-r "eats"; karar is "decision", not kararmak "darken" nor kar-ar.
    void curatedWordFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("sense");
        QTest::newRow("yer") << "yer" << "place";
        QTest::newRow("karar") << "karar" << "decision";
        QTest::newRow("var") << "var" << "existent";
        QTest::newRow("gelecek") << "gelecek" << "future";
        QTest::newRow("ağ") << "ağ" << "network";
    }
    void curatedWordFirst()
    {
        QFETCH(QString, word);
        QFETCH(QString, sense);
        const LookupResult r = m_glossary->lookup(word, QStringLiteral("tr"));
        QCOMPARE(r.analyses.first().lemma, word);
        QCOMPARE(r.analyses.first().segments.size(), 1);
        QCOMPARE(r.entries.first().source, QStringLiteral("Okur glossary"));
        QCOMPARE(r.entries.first().senses.first(), sense);
        // The analyser's other readings stay, after it.
        QVERIFY(r.analyses.size() > 1);
        // Inflected, the word is read as the analyser reads it.
        QCOMPARE(m_glossary->lookup(word + QStringLiteral("de"), QStringLiteral("tr")).analyses.first().root,
                 m_glossary->analyze(word + QStringLiteral("de"), QStringLiteral("tr")).first().root);
    }

    // ...and as a predicate, with nothing after it but a copula and a person, before a verb's reading: vardır is
    // "there is" (var + -dır), not varmak "arrive" + causative; vardı "there was", not "arrived".
    void curatedPredicateFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("tags");
        QTest::newRow("vardır") << "vardır" << "COP";
        QTest::newRow("vardı") << "vardı" << "PAST.COP";
        QTest::newRow("varmış") << "varmış" << "EVID.COP";
        QTest::newRow("varsa") << "varsa" << "COND.COP";
        QTest::newRow("vardılar") << "vardılar" << "PAST.COP 3PL";
    }
    void curatedPredicateFirst()
    {
        QFETCH(QString, word);
        QFETCH(QString, tags);
        const LookupResult r = m_glossary->lookup(word, QStringLiteral("tr"));
        QVERIFY(!r.analyses.isEmpty());
        QCOMPARE(r.analyses.first().lemma, QStringLiteral("var"));
        QStringList got;
        for (qsizetype i = 1; i < r.analyses.first().segments.size(); ++i)
            got << r.analyses.first().segments.at(i).tag;
        QCOMPARE(got.join(u' '), tags);
        QCOMPARE(r.entries.first().senses.first(), QStringLiteral("existent"));
        // The verb's reading stays, after it.
        QVERIFY(std::any_of(r.analyses.cbegin(), r.analyses.cend(),
                            [](const Analysis &a) { return a.lemma == QLatin1String("varmak"); }));
    }
    void curatedPredicateOnlyBeforeAVerb()
    {
        // A verb's form with no reading as a predicate stays the verb's: varacak is "will arrive".
        QCOMPARE(m_glossary->lookup(QStringLiteral("varacak"), QStringLiteral("tr")).analyses.first().lemma,
                 QStringLiteral("varmak"));
        // A noun's case is no predicate: ağda is ağ + -da as the analyser reads it.
        QCOMPARE(m_glossary->lookup(QStringLiteral("ağda"), QStringLiteral("tr")).analyses.first().root,
                 m_glossary->analyze(QStringLiteral("ağda"), QStringLiteral("tr")).first().root);
    }

    // A derived verb (or noun) the curated glossary lists leads the card, though the analyser (as UD) reads the
    // form through its base: karşılaştıran is karşılaştırmak "compare", not karşılaşmak "encounter" + causative.
    void curatedDerivedVerbFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("lemma");
        QTest::addColumn<QString>("sense");
        QTest::newRow("karşılaştıran") << "karşılaştıran" << "karşılaştırmak" << "to compare";
        QTest::newRow("karşılaştırmak") << "karşılaştırmak" << "karşılaştırmak" << "to compare";
        QTest::newRow("güçlendirilmesi") << "güçlendirilmesi" << "güçlendirmek" << "to strengthen";
        // A curated noun made from the verb by the reading's next suffix, with the same endings: çalışma "study"
        // + -lar + -ı, not çalış + -ma + -lar + -ı; a negative verb (çalışmadı, "did not work") stays the verb's.
        QTest::newRow("çalışmaları") << "çalışmaları"
                                     << "çalışma"
                                     << "study";
        QTest::newRow("gelişmeler") << "gelişmeler"
                                    << "gelişme"
                                    << "development";
        QTest::newRow("çalışmadı") << "çalışmadı"
                                   << "çalışmak"
                                   << "to work";
    }
    void curatedDerivedVerbFirst()
    {
        QFETCH(QString, word);
        QFETCH(QString, lemma);
        QFETCH(QString, sense);
        const LookupResult r = m_glossary->lookup(word, QStringLiteral("tr"));
        QCOMPARE(r.analyses.first().lemma, lemma);
        QCOMPARE(r.entries.first().senses.first(), sense);
        // The base's reading stays, after it.
        QVERIFY(r.analyses.size() > 1);
    }

    // A vocabulary card's and a key term's senses: the best of each of the first headword's parts of speech from
    // one source, then its other senses (work: çalışmak, çalışma; not the verb's senses alone).
    void briefSenses()
    {
        const auto entry = [](const char *headword, const char *pos, const char *source, QStringList senses) {
            okur::glossary::Entry e;
            e.headword = QString::fromUtf8(headword);
            e.pos = QString::fromUtf8(pos);
            e.source = QString::fromUtf8(source);
            e.senses = senses;
            return e;
        };
        const QList<okur::glossary::Entry> work{entry("work", "verb", "Okur glossary", {"çalışmak", "işlemek"}),
                                                entry("work", "noun", "Okur glossary", {"çalışma", "iş"}),
                                                entry("work", "", "FreeDict eng-tur", {"iş", "eser"}),
                                                entry("works", "noun", "Okur glossary", {"fabrika"})};
        QCOMPARE(okur::glossary::briefSenses(work, 3), (QStringList{"çalışmak", "çalışma", "işlemek"}));
        QCOMPARE(okur::glossary::briefSenses(work, 1), QStringList{"çalışmak"});
        QCOMPARE(okur::glossary::briefSenses(work.mid(2), 3), (QStringList{"iş", "eser"}));
        QVERIFY(okur::glossary::briefSenses({}, 3).isEmpty());
        okur::glossary::LookupResult r;
        r.entries = work;
        QCOMPARE(okur::glossary::briefGloss(r), QStringLiteral("çalışmak; çalışma; işlemek"));
        // From the bundled glossary, as a saved word's translation is made.
        QCOMPARE(okur::glossary::briefGloss(m_glossary->lookup(QStringLiteral("work"), QStringLiteral("en"))),
                 QStringLiteral("çalışmak; çalışma"));
    }

    void wordsKeepApostropheSuffixes()
    {
        const QList<okur::text::WordSpan> ws =
            okur::text::words(QStringLiteral("Azerbaycan'ın dış politikası (2020), “kültür” ve e-devlet."));
        QStringList texts;
        for (const auto &w : ws)
            texts << w.text;
        QCOMPARE(texts.first(), QStringLiteral("Azerbaycan'ın"));
        QVERIFY(texts.contains(QStringLiteral("kültür")));
        QVERIFY(!texts.contains(QStringLiteral("2020")));
    }

    void articleCoverage()
    {
        // Distinct content-word lemmas of the Turkish article with an English sense.
        QSet<QString> lemmas, misses;
        for (const auto &b : m_article.blocks) {
            if (b.language != QLatin1String("tr"))
                continue;
            for (const okur::text::WordSpan &w : okur::text::words(b.text)) {
                if (w.text.front().isUpper() && !w.text.contains(u'\'') && w.start > 0)
                    continue; // names inside sentences: not the glossary's job
                const LookupResult r = m_glossary->lookup(w.text, QStringLiteral("tr"));
                const QString lemma = r.analyses.isEmpty() ? w.text.toLower() : r.analyses.first().lemma;
                if (Glossary::isStopword(lemma, QStringLiteral("tr")))
                    continue;
                lemmas.insert(lemma);
                if (!r.found())
                    misses.insert(lemma);
            }
        }
        const double coverage = 1.0 - double(misses.size()) / lemmas.size();
        QStringList sample = misses.values();
        std::sort(sample.begin(), sample.end());
        qInfo().noquote() << QStringLiteral("glossary coverage of the Turkish article: %1 (%2 of %3 distinct lemmas)")
                                 .arg(coverage, 0, 'f', 4)
                                 .arg(lemmas.size() - misses.size())
                                 .arg(lemmas.size());
        qInfo().noquote() << "misses:" << sample.join(QStringLiteral(", "));
        QVERIFY(coverage >= 0.95);
    }

    void lookupLatency()
    {
        QList<QString> tokens;
        for (const auto &b : m_article.blocks) {
            for (const okur::text::WordSpan &w : okur::text::words(b.text))
                tokens << w.text;
        }
        for (const QString &t : tokens) // warm caches, as the app does once
            m_glossary->lookup(t, QStringLiteral("tr"));
        QList<qint64> ns;
        QElapsedTimer timer;
        for (const QString &t : tokens) {
            timer.start();
            m_glossary->lookup(t, QStringLiteral("tr"));
            ns << timer.nsecsElapsed();
        }
        std::sort(ns.begin(), ns.end());
        const auto pct = [&](double p) { return ns.at(qMin(ns.size() - 1, qsizetype(ns.size() * p))) / 1000.0; };
        qInfo().noquote() << QStringLiteral("lookup over %1 tokens: p50 %2 µs, p99 %3 µs")
                                 .arg(ns.size())
                                 .arg(pct(0.5), 0, 'f', 1)
                                 .arg(pct(0.99), 0, 'f', 1);
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
