// The closed rules of the Turkish analyser, each on a lexicon of its own: where a k softens, the pronouns' paradigm,
// the numerals' distributive, the doubled passive. Split from tst_turkishmorphology.
#include "glossary/morphology.h"
#include "glossary/turkishrules.h"

#include <QTest>

using namespace okur::glossary;

namespace {

QStringList segmentForms(const Analysis &a)
{
    QStringList out;
    for (const Segment &s : a.segments)
        out << (s.tag.isEmpty() ? s.form : s.form + u' ' + s.tag);
    return out;
}

} // namespace

class TestTurkishRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A k softens to ğ or g before a vowel only; a d or b before a consonant stays an older loan spelling.
    void softeningAllowed_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("ağ-ı") << "ağ" << "ak" << "-ı" << true;
        QTest::newRow("reng-i") << "reng" << "renk" << "-i" << true;
        QTest::newRow("ağ-lar") << "ağ" << "ak" << "-lar" << false;
        QTest::newRow("bare ağ") << "ağ" << "ak" << "" << false;
        QTest::newRow("metod-la") << "metod" << "metot" << "-la" << true;
        QTest::newRow("unaltered") << "ağ" << "ağ" << "-lar" << true;
        QTest::newRow("not a softening") << "ağz" << "ağız" << "" << true;
    }
    void softeningAllowed()
    {
        QFETCH(QString, stem);
        QFETCH(QString, candidate);
        QFETCH(QString, next);
        QFETCH(bool, allowed);
        QCOMPARE(okur::glossary::turkish::softeningAllowed(stem, candidate, next), allowed);
    }

    // The pronouns' paradigm is closed: the n comes before a case (ona), never a buffer y (oya), and the bare
    // pronoun, a plural of kendi or a word that only begins like one (bunalım) is no reading of it.
    void pronounParadigm()
    {
        using okur::glossary::turkish::pronounReadings;
        QCOMPARE(pronounReadings(QStringLiteral("ona")).size(), 1);
        QCOMPARE(pronounReadings(QStringLiteral("bunun")).first().segments.last().tag, QStringLiteral("GEN"));
        QCOMPARE(segmentForms(pronounReadings(QStringLiteral("ondaki")).first()),
                 (QStringList{"o", "-nda LOC", "-ki REL"}));
        QCOMPARE(segmentForms(pronounReadings(QStringLiteral("kendimizi")).first()),
                 (QStringList{"kendi", "-miz POSS.1PL", "-i ACC"}));
        for (const char *none : {"oya", "o", "bu", "kendinler", "bunalım"})
            QVERIFY2(pronounReadings(QString::fromUtf8(none)).isEmpty(), none);
    }

    // The distributive -(ş)Ar follows a cardinal numeral only, directly, and takes no plural; the second
    // passive -Il follows a passive -n only.
    void closedRules()
    {
        const auto lexicon = [](const QHash<QString, int> &costs) {
            return LemmaCheck([costs](const QString &l) { return costs.value(l); });
        };
        const auto tags = [](const QList<Analysis> &analyses) {
            QStringList out;
            for (const Analysis &a : analyses)
                out << segmentForms(a).join(u' ');
            return out;
        };
        const QList<Analysis> ikiser = analyzeTurkish(QStringLiteral("ikişer"), lexicon({{QStringLiteral("iki"), 10}}));
        QVERIFY(!ikiser.isEmpty());
        QCOMPARE(segmentForms(ikiser.first()), (QStringList{"iki", "-şer DISTR"}));
        // yol is no numeral: yol-ar is only the verb's aorist.
        const QStringList yolar = tags(analyzeTurkish(
            QStringLiteral("yolar"), lexicon({{QStringLiteral("yol"), 10}, {QStringLiteral("yolmak"), 14}})));
        QVERIFY(!yolar.isEmpty());
        QVERIFY2(yolar.filter(QStringLiteral("DISTR")).isEmpty(), qPrintable(yolar.join(u',')));
        // onar-lar-sa is "if they repair" or "if they approve"; never "if they are tens each".
        const QStringList onarlarsa = tags(analyzeTurkish(
            QStringLiteral("onarlarsa"), lexicon({{QStringLiteral("on"), 5}, {QStringLiteral("onamak"), 15}})));
        QVERIFY(!onarlarsa.isEmpty());
        QVERIFY2(onarlarsa.filter(QStringLiteral("DISTR -lar")).isEmpty(), qPrintable(onarlarsa.join(u',')));
        // dört softens before it; kırk is not read as kırık.
        const QList<Analysis> dorder = analyzeTurkish(QStringLiteral("dörder"), lexicon({{QStringLiteral("dört"), 10}}));
        QVERIFY(!dorder.isEmpty());
        QCOMPARE(dorder.first().lemma, QStringLiteral("dört"));
        const QList<Analysis> kirkar = analyzeTurkish(
            QStringLiteral("kırkar"), lexicon({{QStringLiteral("kırk"), 10}, {QStringLiteral("kırık"), 10}}));
        QVERIFY(!kirkar.isEmpty());
        for (const Analysis &a : kirkar)
            QVERIFY2(a.lemma == QStringLiteral("kırk") || segmentForms(a).filter(QStringLiteral("DISTR")).isEmpty(),
                     qPrintable(a.lemma));
        // al-ın-ıl-an doubles no passive: only -n is doubled.
        const QStringList alinilan =
            tags(analyzeTurkish(QStringLiteral("alınılan"), lexicon({{QStringLiteral("almak"), 5}})));
        for (const QString &a : alinilan)
            QVERIFY2(!a.contains(QStringLiteral("-ın PASS -ıl PASS")), qPrintable(a));
    }
};

QTEST_GUILESS_MAIN(TestTurkishRules)
#include "tst_turkishrules.moc"
