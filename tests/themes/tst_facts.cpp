// The pure functions behind key facts and the timeline: names, dates and
// generic sentences, on invented sentences with known answers.
#include "themes/facts.h"

#include <QTest>

using namespace okur::themes;

class TestFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("event with number") << "The city hosted the Formula 1 Grand Prix last year." << "en"
                                           << "Formula 1 Grand Prix" << int(FactKind::Event);
        QTest::newRow("event with year") << "Fans came to the Winter Cup 1998 from far away." << "en"
                                         << "Winter Cup 1998" << int(FactKind::Event);
        QTest::newRow("institution with of") << "Members of the Organization of Islamic Cooperation met." << "en"
                                             << "Organization of Islamic Cooperation" << int(FactKind::Institution);
        QTest::newRow("acronym") << "The report was written with NATO experts." << "en" << "NATO" << int(FactKind::Institution);
        QTest::newRow("place after in") << "A new library opened in Tromsø last week." << "en" << "Tromsø" << int(FactKind::Place);
        QTest::newRow("turkish place suffix") << "Festival her yıl Gence'de düzenlenir." << "tr" << "Gence" << int(FactKind::Place);
        QTest::newRow("turkish institution") << "Bu proje Ankara Üniversitesi tarafından yürütüldü." << "tr"
                                             << "Ankara Üniversitesi" << int(FactKind::Institution);
        QTest::newRow("turkish event") << "Genç sporcular Akdeniz Oyunları için hazırlandı." << "tr" << "Akdeniz Oyunları" << int(FactKind::Event);
        QTest::newRow("in parentheses, no year") << "Teams came to the games (held in Baku) that year." << "en" << "Baku"
                                                << int(FactKind::Place);
        QTest::newRow("beside a citation") << "Culture drew crowds in Baku (Nye, 2004)." << "en" << "Baku" << int(FactKind::Place);
        QTest::newRow("a name's own year") << "Avrupa Oyunları (Bakü 2015) büyüktü." << "tr" << "Bakü 2015" << int(FactKind::Event);
        // "ve" and "and" join two names unless the name has a head or an "of".
        QTest::newRow("two names") << "Bakanlık Twitter ve Facebook gibi platformları kullanır." << "tr" << "Facebook"
                                   << int(FactKind::Name);
        QTest::newRow("headed with ve") << "Bu proje Kültür ve Turizm Bakanlığı tarafından yürütüldü." << "tr"
                                        << "Kültür ve Turizm Bakanlığı" << int(FactKind::Institution);
        QTest::newRow("headed, inflected") << "Kültür ve Turizm Bakanlığının açıklaması geldi." << "tr"
                                           << "Kültür ve Turizm Bakanlığının" << int(FactKind::Institution);
        QTest::newRow("and after of") << "Members of the Ministry of Culture and Tourism met." << "en"
                                      << "Ministry of Culture and Tourism" << int(FactKind::Institution);
        // An acronym defined after a name is that name's kind.
        QTest::newRow("defined acronym") << "Bunu Azerbaycan Dışişleri Bakanlığı (ADİB) açıkladı." << "tr" << "ADİB"
                                         << int(FactKind::Institution);
        QTest::newRow("an event's acronym") << "Genç sporcular Avrupa Oyunları (AO) için hazırlandı." << "tr" << "AO"
                                            << int(FactKind::Event);
        QTest::newRow("acronym after other words") << "They joined the military alliance (NATO) early." << "en" << "NATO"
                                                   << int(FactKind::Institution);
        QTest::newRow("possessive stripped") << "Since then Norway's fleet has grown." << "en" << "Norway" << int(FactKind::Name);
    }
    void names()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(int, kind);
        const QList<Mention> found = okur::themes::names(sentence, language);
        QStringList texts;
        for (const Mention &m : found) {
            texts << m.text;
            QCOMPARE(sentence.mid(m.start, m.length), m.text); // where it says it is
            if (m.text == name)
                QCOMPARE(int(m.kind), kind);
        }
        QVERIFY2(texts.contains(name), qPrintable(texts.join(QStringLiteral(" | "))));
    }

    void noNamesInPlainText_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::newRow("opening word") << "Culture matters to every nation." << "en";
        QTest::newRow("month") << "It rained in March and in April." << "en";
        QTest::newRow("turkish opening") << "Kültür her ulus için önemlidir." << "tr";
        // A cited author is a reference to a source, not a thing the sentence states.
        QTest::newRow("cited author") << "Soft power attracts (Nye, 2004)." << "en";
        QTest::newRow("narrative citation") << "As Nye (2004) argued, culture attracts." << "en";
        QTest::newRow("possessive citation") << "We follow Nye's (2004: 5) idea." << "en";
        QTest::newRow("several sources") << "It grew fast (Cull and Melissen, 2008a; BBC News, 2012: 4)." << "en";
        QTest::newRow("et al") << "It grew fast (Jones et al., 2019)." << "en";
        QTest::newRow("turkish citation") << "Kültür önemlidir (Yılmaz vd., 2019)." << "tr";
        QTest::newRow("turkish narrative") << "Bu görüşü Nye'nin (2004) çalışması açıklar." << "tr";
        QTest::newRow("given name listed") << "Bu markalaşmayı destekler (Ang, Ien ve al., 2015)." << "tr";
        QTest::newRow("two authors narrative") << "As Cull and Melissen (2008) argued, it works." << "en";
        // An acronym of words in lower case is a term, no name.
        QTest::newRow("term acronym") << "Rapid progress in artificial intelligence (AI) helps." << "en";
    }
    void noNamesInPlainText()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QVERIFY(okur::themes::names(sentence, language).isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("text");
        QTest::newRow("in year") << "The bridge opened in 1932 after long work." << "en" << 1932 << 0 << "in 1932";
        QTest::newRow("since") << "The choir has sung since 1987." << "en" << 1987 << 0 << "since 1987";
        QTest::newRow("month year") << "They met in Berlin in October 2031." << "en" << 2031 << 10 << "in October 2031";
        QTest::newRow("day month year") << "Voting ended on 3 May 1999." << "en" << 1999 << 5 << "3 May 1999";
        QTest::newRow("turkish year") << "Okul 1923 yılında kuruldu." << "tr" << 1923 << 0 << "1923 yılında";
        QTest::newRow("turkish month") << "Toplantı Şubat 2031 tarihinde yapıldı." << "tr" << 2031 << 2 << "Şubat 2031";
        QTest::newRow("turkish since") << "Okul 1923 yılından beri açık." << "tr" << 1923 << 0 << "1923 yılından";
        QTest::newRow("turkish suffix") << "Köprü 1973'te açıldı." << "tr" << 1973 << 0 << "1973'te";
    }
    void dates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QString, text);
        const QList<DateMention> found = okur::themes::dates(sentence, language);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().year, year);
        QCOMPARE(found.first().month, month);
        QCOMPARE(found.first().text, text);
        QCOMPARE(sentence.mid(found.first().start, found.first().length), text);
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("big number") << "The hall seats 12000 people.";
        QTest::newRow("decimal") << "The ratio was 2019.5 units.";
        QTest::newRow("small number") << "Only 300 came.";
        QTest::newRow("citation") << "Soft power attracts (Nye, 2004).";
        QTest::newRow("citations") << "It grew fast (BBC News, 2012; Cull, 2008a).";
    }
    void notDates()
    {
        QFETCH(QString, sentence);
        QVERIFY(okur::themes::dates(sentence, QStringLiteral("en")).isEmpty());
    }

    void generic_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("generic");
        QTest::newRow("this article") << "This article explores the role of rivers in trade." << "en" << true;
        QTest::newRow("this paper aims") << "The present study aims to examine rural schools." << "en" << true;
        QTest::newRow("another aspect") << "Music is another important aspect of the policy." << "en" << true;
        QTest::newRow("conclusion") << "In conclusion, the bridges changed the town." << "en" << true;
        QTest::newRow("keywords") << "Keywords: rivers, trade, towns." << "en" << true;
        QTest::newRow("bu çalışmada") << "Bu çalışmada köy okulları incelenmektedir." << "tr" << true;
        QTest::newRow("sonuç olarak") << "Sonuç olarak, köprüler kasabayı değiştirdi." << "tr" << true;
        QTest::newRow("in this section") << "Trade along the river, discussed in this section, shaped the towns." << "en" << true;
        QTest::newRow("are analysed") << "Factors such as river tolls are analysed, and their effect on towns is evaluated." << "en" << true;
        QTest::newRow("bu bölümde ele alınan") << "Nehir ticareti, bu bölümde ele alınan başlıca konulardandır." << "tr" << true;
        QTest::newRow("incelenmiştir") << "Köprülerin ticarete etkisi incelenmiş ve değerlendirilmiştir." << "tr" << true;
        QTest::newRow("bir tartışma yer almaktadır") << "Köprü ve ticaret kavramlarını inceleyen bir tartışma yer almaktadır." << "tr" << true;
        QTest::newRow("yer almaktadır fact") << "Köprü, Drina nehri üzerinde yer almaktadır." << "tr" << false;
        QTest::newRow("past passive fact") << "The bridge was examined by engineers in 1911 and reopened to traders." << "en" << false;
        QTest::newRow("fact") << "The bridge over the Drina opened in 1577 and carried traders to Sarajevo." << "en" << false;
        QTest::newRow("turkish fact") << "Köprü 1577 yılında açıldı ve tüccarları Saraybosna'ya taşıdı." << "tr" << false;
    }
    void generic()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QFETCH(bool, generic);
        QCOMPARE(isGeneric(sentence, language), generic);
    }

    void dangling_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dangling");
        QTest::newRow("its") << "Its bridges carried traders to Sarajevo." << "en" << true;
        QTest::newRow("despite its") << "Despite its size, the town sent 40 ships." << "en" << true;
        QTest::newRow("these") << "These efforts reopened the mill in 1920." << "en" << true;
        QTest::newRow("however they") << "However, they rebuilt the bridge." << "en" << true;
        QTest::newRow("bu nedenle") << "Bu nedenle köprü 1577 yılında açıldı." << "tr" << true;
        QTest::newRow("bunun yanı sıra") << "Bunun yanı sıra tüccarlar geldi." << "tr" << true;
        QTest::newRow("named subject") << "The bridge over the Drina opened in 1577." << "en" << false;
        QTest::newRow("italy") << "Italy sent 40 ships in 1920." << "en" << false;
        QTest::newRow("word starting with it") << "Italian traders came in 1920." << "en" << false;
        QTest::newRow("turkish named") << "Köprü 1577 yılında açıldı." << "tr" << false;
        QTest::newRow("turkish word starting with bu") << "Bursa ipeği 1577 yılında Venedik'e gitti." << "tr" << false;
    }
    void dangling()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, language);
        QFETCH(bool, dangling);
        QCOMPARE(isDangling(sentence, language), dangling);
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
