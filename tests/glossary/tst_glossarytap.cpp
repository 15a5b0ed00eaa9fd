// What a tap finds (glossarytap.cpp): a word of the other language inside a text, a multiword term around the
// tapped word (also a verbal term in the passive), a compound joined by hyphens; on the bundled dictionaries.
#include "bundledglossary.h"
#include "glossary/glossary.h"
#include "text/selection.h"
#include "text/words.h"

#include <QTest>
#include <algorithm>

using namespace okur::glossary;

class TestGlossaryTap : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = testing::bundledGlossary(&error);
        QVERIFY2(m_glossary, qPrintable(error));
    }

    // A word of the other language inside a text is looked up in that language, when its own neither reads nor
    // lists it: "for" in a Turkish paragraph's English quote.
    void otherLanguageInsideText()
    {
        const QString text =
            QStringLiteral("Azerbaycan, “Justice for Khojaly” ve “Peace for All” kampanyalarını başlattı.");
        const LookupResult r =
            m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("for"))) + 1, QStringLiteral("tr"));
        QCOMPARE(r.language, QStringLiteral("en"));
        QVERIFY(r.found());
        QCOMPARE(text.mid(r.start, r.length), QStringLiteral("for"));
        // A capitalised one too, which the text's language would only have guessed to be a name.
        const LookupResult peace =
            m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("Peace"))) + 1, QStringLiteral("tr"));
        QCOMPARE(peace.language, QStringLiteral("en"));
        QVERIFY(peace.found());
        // A name the text's language lists stays its own (Ankara is no English word here).
        const QString place = QStringLiteral("Toplantı Ankara'da değil, Bursa'da yapıldı.");
        QCOMPARE(
            m_glossary->lookupAt(place, int(place.indexOf(QStringLiteral("Bursa"))) + 1, QStringLiteral("tr")).language,
            QStringLiteral("tr"));
        // A Turkish word stays Turkish.
        const LookupResult tr =
            m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("kampanyalarını"))) + 1, QStringLiteral("tr"));
        QCOMPARE(tr.language, QStringLiteral("tr"));
        // A capitalised word among Turkish ones is a name of its own, not the English verb "twitter".
        const QString names = QStringLiteral("Kampanya Twitter ve Facebook üzerinden yürütüldü.");
        const LookupResult twitter =
            m_glossary->lookupAt(names, int(names.indexOf(QStringLiteral("Twitter"))) + 1, QStringLiteral("tr"));
        QCOMPARE(twitter.language, QStringLiteral("tr"));
        QCOMPARE(twitter.analyses.first().lemma, QStringLiteral("Twitter"));
    }

    void multiwordTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tap");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("sense");
        QTest::newRow("yumuşak gücün") << "Bu, yumuşak gücün temelidir."
                                       << "gücün"
                                       << "yumuşak güç"
                                       << "soft power";
        QTest::newRow("kamu diplomasisinin") << "Ayrıca kamu diplomasisinin önemi."
                                             << "kamu"
                                             << "kamu diplomasisi"
                                             << "public diplomacy";
        QTest::newRow("sanal gerçeklik") << "Artırılmış gerçeklik, sanal gerçeklik ve büyük veri."
                                         << "sanal"
                                         << "sanal gerçeklik"
                                         << "virtual reality";
        QTest::newRow("a verbal term in the passive") << "Bu konu ayrıca ele alınmıştır."
                                                      << "alınmıştır"
                                                      << "ele almak"
                                                      << "to deal with";
        QTest::newRow("not across a sentence") << "Güç. Yumuşak bir dil."
                                               << "Yumuşak"
                                               << ""
                                               << "soft";
    }
    void multiwordTerms()
    {
        QFETCH(QString, text);
        QFETCH(QString, tap);
        QFETCH(QString, term);
        QFETCH(QString, sense);
        const LookupResult r = m_glossary->lookupAt(text, int(text.indexOf(tap)) + 1, QStringLiteral("tr"));
        QCOMPARE(r.term, term);
        QVERIFY(!r.entries.isEmpty());
        QCOMPARE(r.entries.first().senses.first(), sense);
        if (!term.isEmpty())
            QVERIFY(r.length > tap.size());
    }

    // The tapped verb of a term in the passive reads as that verb's passive, its entries first: alınmıştır beside
    // ele is almak + passive ("has been dealt with"), not alınmak "take offence", which it is alone.
    void passiveOfATerm()
    {
        const QString text = QStringLiteral("Bu konu ayrıca ele alınmıştır.");
        const LookupResult alone = m_glossary->lookup(QStringLiteral("alınmıştır"), QStringLiteral("tr"));
        QVERIFY(!alone.analyses.isEmpty());
        QCOMPARE(alone.analyses.first().lemma, QStringLiteral("alınmak"));
        const LookupResult r =
            m_glossary->lookupAt(text, int(text.indexOf(QStringLiteral("alınmıştır"))) + 1, QStringLiteral("tr"));
        QCOMPARE(r.term, QStringLiteral("ele almak"));
        QVERIFY(!r.analyses.isEmpty());
        QCOMPARE(r.analyses.first().lemma, QStringLiteral("almak"));
        QVERIFY(std::any_of(r.analyses.first().segments.cbegin(), r.analyses.first().segments.cend(),
                            [](const okur::glossary::Segment &s) { return s.tag == QLatin1String("PASS"); }));
        QCOMPARE(std::count_if(r.analyses.cbegin(), r.analyses.cend(),
                               [&](const okur::glossary::Analysis &a) {
                                   return a.lemma == r.analyses.first().lemma &&
                                          a.segments.size() == r.analyses.first().segments.size();
                               }),
                 1); // moved, not copied
        // Its status is still kept by the lemma the reader's tints give the token out of context.
        QCOMPARE(r.statusLemma, QStringLiteral("alınmak"));
        // The term's entries, then the verb's, then the rest.
        QCOMPARE(r.entries.first().headword, QStringLiteral("ele almak"));
        const auto verb = std::find_if(r.entries.cbegin(), r.entries.cend(),
                                       [](const okur::glossary::Entry &e) { return !e.headword.contains(u' '); });
        QVERIFY(verb != r.entries.cend());
        QCOMPARE(verb->headword, QStringLiteral("almak"));
        // Typed as a phrase, the same term.
        QCOMPARE(m_glossary->lookup(QStringLiteral("ele alınan"), QStringLiteral("tr")).term,
                 QStringLiteral("ele almak"));
        // A passive with no term beside it is left as ranked.
        const QString plain = QStringLiteral("Kitap alınmıştır.");
        QCOMPARE(m_glossary->lookupAt(plain, int(plain.indexOf(QStringLiteral("alınmıştır"))) + 1, QStringLiteral("tr"))
                     .analyses.first()
                     .lemma,
                 QStringLiteral("alınmak"));
    }

    // The words hyphens join into one (post-Soviet), which a tap looks up whole; a dash or a space joins none.
    void hyphenatedRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tap");
        QTest::addColumn<QString>("run");
        QTest::newRow("two words") << "the post-Soviet space"
                                   << "Soviet"
                                   << "post-Soviet";
        QTest::newRow("three, from the middle") << "people-to-people contact"
                                                << "to"
                                                << "people-to-people";
        QTest::newRow("a non-breaking hyphen") << "e\u2011devlet kapısı"
                                               << "devlet"
                                               << "e\u2011devlet";
        QTest::newRow("a dash joins no words") << "Azerbaijan\u2013Pakistan ties"
                                               << "Pakistan"
                                               << "Pakistan";
        QTest::newRow("nor a spaced hyphen") << "a well - known poet"
                                             << "well"
                                             << "well";
        QTest::newRow("a hyphen before a space") << "pre- and post-war years"
                                                 << "pre"
                                                 << "pre";
        QTest::newRow("none") << "soft power"
                              << "power"
                              << "power";
    }
    void hyphenatedRuns()
    {
        QFETCH(QString, text);
        QFETCH(QString, tap);
        QFETCH(QString, run);
        const QList<okur::text::WordSpan> ws = okur::text::words(text);
        int k = 0;
        while (k < ws.size() && ws[k].text != tap)
            ++k;
        QVERIFY(k < ws.size());
        const auto [first, last] = okur::text::hyphenatedRun(text, ws, k);
        QCOMPARE(text.mid(ws[first].start, ws[last].start + ws[last].length - ws[first].start), run);
    }
};

QTEST_GUILESS_MAIN(TestGlossaryTap)
#include "tst_glossarytap.moc"
