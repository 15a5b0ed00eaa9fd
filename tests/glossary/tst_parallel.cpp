#include "bundledglossary.h"
#include "glossary/glossary.h"
#include "glossary/interlinear.h"
#include "glossary/parallel.h"
#include "text/alignment.h"
#include "text/pipeline.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

using namespace okur::glossary;
using okur::text::Bead;

Q_DECLARE_METATYPE(QList<Bead>)

namespace {

// Units as sets of concept numbers (the words of invented sentences), for an
// evidence function whose answer the test knows: Dice over shared concepts.
QList<QSet<int>> concepts(const QList<QList<int>> &units)
{
    QList<QSet<int>> out;
    for (const QList<int> &u : units) {
        out.append(QSet<int>(u.begin(), u.end()));
    }
    return out;
}

QList<Bead> beads(const QList<QList<int>> &list)
{
    QList<Bead> out;
    for (const QList<int> &b : list) {
        out.append({b[0], b[1], b[2], b[3]});
    }
    return out;
}

QString show(const QList<Bead> &bs)
{
    QStringList out;
    for (const Bead &b : bs) {
        out << QStringLiteral("%1+%2:%3+%4").arg(b.sourceStart).arg(b.sourceCount).arg(b.targetStart).arg(b.targetCount);
    }
    return out.join(u' ');
}

} // namespace

class TestParallel : public QObject {
    Q_OBJECT
    std::unique_ptr<Glossary> m_glossary;
    QList<okur::text::TextBlock> m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = testing::bundledGlossary(&error);
        QVERIFY2(m_glossary, qPrintable(error));
        const okur::text::Lexicons lex =
            okur::text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        QVERIFY(lex.complete());
        const QStringList files = QDir(QStringLiteral(OKUR_SEEDS_DIR)).entryList({QStringLiteral("003_*.txt")});
        QFile f(QStringLiteral(OKUR_SEEDS_DIR "/") + files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const okur::text::PipelineResult r = okur::text::processBytes(f.readAll(), lex);
        m_article = r.blocks;
        QVERIFY(m_article.size() > 100);
    }

    // Invented texts whose alignment is known: unit lengths in characters,
    // and for the evidence, the concepts each unit mentions.
    void alignByLength_data()
    {
        QTest::addColumn<QList<int>>("source");
        QTest::addColumn<QList<int>>("target");
        QTest::addColumn<QList<QList<int>>>("sourceConcepts");
        QTest::addColumn<QList<QList<int>>>("targetConcepts");
        QTest::addColumn<QList<Bead>>("expected");
        QTest::newRow("one to one") << QList<int>{100, 50, 80} << QList<int>{110, 55, 85} << QList<QList<int>>{}
                                    << QList<QList<int>>{} << beads({{0, 1, 0, 1}, {1, 1, 1, 1}, {2, 1, 2, 1}});
        QTest::newRow("one into two") << QList<int>{100, 60, 80} << QList<int>{50, 55, 65, 85} << QList<QList<int>>{}
                                      << QList<QList<int>>{} << beads({{0, 1, 0, 2}, {1, 1, 2, 1}, {2, 1, 3, 1}});
        QTest::newRow("two into one") << QList<int>{50, 55, 65, 85} << QList<int>{100, 60, 80} << QList<QList<int>>{}
                                      << QList<QList<int>>{} << beads({{0, 2, 0, 1}, {2, 1, 1, 1}, {3, 1, 2, 1}});
        // Lengths alone would merge the short dropped sentence into its
        // neighbour; its words, found nowhere in the translation, keep it apart.
        QTest::newRow("dropped sentence")
            << QList<int>{100, 40, 90} << QList<int>{105, 95} << QList<QList<int>>{{1, 2, 3, 4}, {5, 6}, {7, 8, 9}}
            << QList<QList<int>>{{1, 2, 3, 4}, {7, 8, 9}} << beads({{0, 1, 0, 1}, {1, 1, 1, 0}, {2, 1, 1, 1}});
        QTest::newRow("added sentence")
            << QList<int>{105, 95} << QList<int>{100, 40, 90} << QList<QList<int>>{{1, 2, 3, 4}, {7, 8, 9}}
            << QList<QList<int>>{{1, 2, 3, 4}, {5, 6}, {7, 8, 9}} << beads({{0, 1, 0, 1}, {1, 0, 1, 1}, {1, 1, 2, 1}});
        QTest::newRow("empty side") << QList<int>{30, 40} << QList<int>{} << QList<QList<int>>{} << QList<QList<int>>{}
                                    << beads({{0, 1, 0, 0}, {1, 1, 0, 0}});
    }
    void alignByLength()
    {
        QFETCH(QList<int>, source);
        QFETCH(QList<int>, target);
        QFETCH(QList<QList<int>>, sourceConcepts);
        QFETCH(QList<QList<int>>, targetConcepts);
        QFETCH(QList<Bead>, expected);
        okur::text::BeadEvidence evidence;
        const QList<QSet<int>> sc = concepts(sourceConcepts), tc = concepts(targetConcepts);
        if (!sc.isEmpty()) {
            // Each unit's share of concepts found on the other side; the bead's worst.
            evidence = [&](int s, int ns, int t, int nt) {
                QSet<int> a, b;
                for (int i = s; i < s + ns; ++i)
                    a.unite(sc[i]);
                for (int j = t; j < t + nt; ++j)
                    b.unite(tc[j]);
                double worst = 1;
                for (int i = s; i < s + ns; ++i)
                    worst = qMin(worst, double(QSet<int>(sc[i]).intersect(b).size()) / sc[i].size());
                for (int j = t; j < t + nt; ++j)
                    worst = qMin(worst, double(QSet<int>(tc[j]).intersect(a).size()) / tc[j].size());
                return worst;
            };
        }
        const QList<Bead> got = okur::text::alignByLength(source, target, evidence);
        QVERIFY2(got == expected, qPrintable(show(got) + QStringLiteral(" expected ") + show(expected)));
    }

    void passages()
    {
        const QList<QPair<Passage, Passage>> pairs = translatedPassages(m_article);
        // The Öz (blocks 0-2) and the Abstract with its English title (3-6); the
        // extended abstract summarises the whole body and is not a translation.
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0].first.language, QStringLiteral("tr"));
        QCOMPARE(pairs[0].first.first, 0);
        QCOMPARE(pairs[0].first.count, 3);
        QCOMPARE(pairs[0].second.language, QStringLiteral("en"));
        QCOMPARE(pairs[0].second.first, 3);
        QCOMPARE(pairs[0].second.count, 4);
        using Block = okur::text::TextBlock;
        using okur::text::BlockKind;
        const QList<Block> oneLanguage = {{BlockKind::Paragraph, QStringLiteral("Bir metin."), {}, QStringLiteral("tr")},
                                                {BlockKind::Paragraph, QStringLiteral("İki metin."), {}, QStringLiteral("tr")}};
        QVERIFY(!hasParallelText(oneLanguage));
        const QList<Block> summary = {{BlockKind::Paragraph, QString(400, u'a'), {}, QStringLiteral("tr")},
                                            {BlockKind::Paragraph, QString(100, u'b'), {}, QStringLiteral("en")}};
        QVERIFY(!hasParallelText(summary));
        const QList<Block> translated = {{BlockKind::Paragraph, QString(400, u'a'), {}, QStringLiteral("tr")},
                                               {BlockKind::Paragraph, QString(450, u'b'), {}, QStringLiteral("en")}};
        QVERIFY(hasParallelText(translated));
    }

    // The hand-made alignment of the Öz and the Abstract: at least 90% of the
    // sentences (both sides) must get exactly their counterparts.
    void abstractGold_data()
    {
        QTest::addColumn<bool>("anchors");
        QTest::addColumn<QString>("drop"); // an English sentence removed from the abstract, by its opening
        QTest::newRow("lengths and anchors") << true << QString();
        QTest::newRow("lengths only") << false << QString();
        QTest::newRow("a dropped sentence") << true << QStringLiteral("In addition, detailed case studies");
        QTest::newRow("a dropped sentence, lengths only") << false << QStringLiteral("In addition, detailed case studies");
    }
    void abstractGold()
    {
        QFETCH(bool, anchors);
        QFETCH(QString, drop);
        QFile f(QStringLiteral(OKUR_TEST_DATA "/alignment/kultur-dijital-diplomasi-abstract.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        struct GoldBead {
            QList<int> tr, en;
            QStringList trOpen, enOpen;
        };
        QList<GoldBead> gold;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList c = line.split(u'\t');
            QCOMPARE(c.size(), 4);
            GoldBead g;
            for (const QString &n : c[0].split(u',', Qt::SkipEmptyParts))
                if (n != QLatin1String("-"))
                    g.tr << n.toInt();
            for (const QString &n : c[1].split(u',', Qt::SkipEmptyParts))
                if (n != QLatin1String("-"))
                    g.en << n.toInt();
            g.trOpen = c[2].split(u'|', Qt::SkipEmptyParts);
            g.enOpen = c[3].split(u'|', Qt::SkipEmptyParts);
            QCOMPARE(g.trOpen.size(), g.tr.size());
            QCOMPARE(g.enOpen.size(), g.en.size());
            gold << g;
        }
        QList<okur::text::TextBlock> blocks = m_article;
        int dropped = -1;
        if (!drop.isEmpty()) {
            // Take the sentence out of the English text, and out of the gold:
            // its Turkish sentence is left without a counterpart.
            for (GoldBead &g : gold) {
                const int k = g.enOpen.indexOf(drop);
                if (k >= 0) {
                    dropped = g.en[k];
                    g.en.removeAt(k);
                    g.enOpen.removeAt(k);
                }
            }
            QVERIFY(dropped >= 0);
            for (GoldBead &g : gold)
                for (int &e : g.en)
                    if (e > dropped)
                        --e;
            for (auto &b : blocks) {
                const qsizetype at = b.text.indexOf(drop);
                if (at >= 0)
                    b.text.remove(at, b.text.indexOf(u'.', at) + 2 - at);
            }
        }
        const ParallelText t = alignDocument(blocks, QStringLiteral("tr"), anchors ? m_glossary.get() : nullptr);
        QCOMPARE(t.leftLanguage, QStringLiteral("tr"));
        QCOMPARE(t.rightLanguage, QStringLiteral("en"));
        // Number the sentences of each side as the rows give them, and note each one's counterparts.
        QStringList trText, enText;
        QHash<int, QList<int>> trGot, enGot;
        for (const ParallelRow &row : t.rows) {
            QCOMPARE(row.passage, 0);
            QList<int> l, r;
            for (const ParallelSentence &s : row.left)
                l << int(trText.size()), trText << s.text;
            for (const ParallelSentence &s : row.right)
                r << int(enText.size()), enText << s.text;
            for (int i : l)
                trGot[i] = r;
            for (int j : r)
                enGot[j] = l;
        }
        QHash<int, QList<int>> trWant, enWant;
        for (const GoldBead &g : gold) {
            for (int k = 0; k < g.tr.size(); ++k) {
                QVERIFY2(g.tr[k] < trText.size() && trText[g.tr[k]].startsWith(g.trOpen[k]), qPrintable(g.trOpen[k]));
                trWant[g.tr[k]] = g.en;
            }
            for (int k = 0; k < g.en.size(); ++k) {
                QVERIFY2(g.en[k] < enText.size() && enText[g.en[k]].startsWith(g.enOpen[k]), qPrintable(g.enOpen[k]));
                enWant[g.en[k]] = g.tr;
            }
        }
        QCOMPARE(trWant.size(), trText.size());
        QCOMPARE(enWant.size(), enText.size());
        int right = 0;
        QStringList wrong;
        for (auto it = trWant.cbegin(); it != trWant.cend(); ++it) {
            if (trGot.value(it.key()) == it.value())
                ++right;
            else
                wrong << QStringLiteral("tr %1").arg(it.key());
        }
        for (auto it = enWant.cbegin(); it != enWant.cend(); ++it) {
            if (enGot.value(it.key()) == it.value())
                ++right;
            else
                wrong << QStringLiteral("en %1").arg(it.key());
        }
        const double share = double(right) / (trWant.size() + enWant.size());
        qInfo("%s: %d of %d sentences (%.0f%%) as the hand alignment; wrong: %s", QTest::currentDataTag(), right,
              int(trWant.size() + enWant.size()), share * 100, qPrintable(wrong.join(u' ')));
        if (anchors)
            QVERIFY2(share >= 0.9, qPrintable(wrong.join(u' ')));
    }

    // Interlinear glosses written by hand from Turkish and English grammar:
    // the morphs as the word spells them, each morph's gloss under it (a
    // stem's English gloss may be any of the listed synonyms), and the terms.
    void gloss_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("segmented");
        QTest::addColumn<QStringList>("glosses");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("soft power") << "tr" << "Yumuşak güç, bir ülkenin dış politikasının etkinliğinde odak noktadır."
            << QStringList{"Yumuşak", "güç", "bir", "ülke-nin", "dış", "politika-sı-nın", "etkinliğ-i-nde", "odak", "nokta-dır"}
            << QStringList{"soft", "power|strength", "a|one|INDF", "country-GEN", "foreign|outer|external",
                           "policy|politics-POSS.3SG-GEN", "effectiveness|activity|event-POSS.3SG-LOC", "focus", "point-COP"}
            << QStringList{"yumuşak güç 0-1", "dış politika 4-5"};
        QTest::newRow("abstract") << "tr"
            << "Kültür diplomasisi ve dijital diplomasi kavramlarını, Azerbaycan dış politikası perspektifiyle "
               "incelerken, yumuşak gücün ve kamu diplomasisinin temellerini detaylandırmaktadır."
            << QStringList{"Kültür", "diplomasi-si", "ve", "dijital", "diplomasi", "kavram-lar-ı-nı", "Azerbaycan", "dış",
                           "politika-sı", "perspektif-i-yle", "incele-r-ken", "yumuşak", "güc-ün", "ve", "kamu",
                           "diplomasi-si-nin", "temel-ler-i-ni", "detaylandır-makta-dır"}
            << QStringList{"culture", "diplomacy-POSS.3SG", "and", "digital", "diplomacy", "concept-PL-POSS.3SG-ACC",
                           "Azerbaijan", "foreign|outer|external", "policy|politics-POSS.3SG", "perspective-POSS.3SG-INS",
                           "examine|study-AOR-WHILE", "soft", "power|strength-GEN", "and", "public",
                           "diplomacy-POSS.3SG-GEN", "foundation|basis-PL-POSS.3SG-ACC", "elaborate|detail-PROG-COP"}
            << QStringList{"kültür diplomasisi 0-1", "dijital diplomasi 3-4", "dış politika 7-8", "yumuşak güç 11-12",
                           "kamu diplomasisi 14-15"};
        QTest::newRow("english") << "en"
            << "Azerbaijan's cultural richness and technological adaptability are among the strategic elements analyzed in the article."
            << QStringList{"Azerbaijan-'s", "cultural", "richness", "and", "technological", "adaptability", "are", "among",
                           "the", "strategic", "element-s", "analyz-ed", "in", "the", "article"}
            << QStringList{"Azerbaycan-POSS", "kültürel", "zenginlik", "ve", "teknolojik", "*", "olmak.IRR",
                           "arasında", "DEF", "stratejik", "unsur|öğe|eleman-PL/3SG", "analiz.etmek|çözümlemek-PAST",
                           "LOC", "DEF", "makale"}
            << QStringList{};
    }
    void gloss()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QStringList, segmented);
        QFETCH(QStringList, glosses);
        QFETCH(QStringList, terms);
        const InterlinearGloss g = glossSentence(*m_glossary, sentence, language);
        QStringList gotSegmented;
        for (const GlossWord &w : g.words) {
            gotSegmented << w.segmented;
            QCOMPARE(sentence.mid(w.start, w.length), w.surface);
        }
        QCOMPARE(gotSegmented, segmented);
        for (int i = 0; i < glosses.size(); ++i) {
            const QStringList want = glosses[i].split(u'-'), got = g.words[i].gloss.split(u'-');
            // Leipzig: as many glosses as morphs, in step.
            QCOMPARE(got.size(), segmented[i].count(u'-') + 1);
            QCOMPARE(got.size(), want.size());
            QVERIFY2(want[0] == QLatin1String("*") || want[0].split(u'|').contains(got[0]),
                     qPrintable(g.words[i].surface + u' ' + g.words[i].gloss));
            QCOMPARE(got.mid(1), want.mid(1));
        }
        QStringList gotTerms;
        for (const GlossTerm &t : g.terms) {
            gotTerms << QStringLiteral("%1 %2-%3").arg(t.headword).arg(t.first).arg(t.last);
            QVERIFY(!t.translation.isEmpty());
            for (int k = t.first; k <= t.last; ++k)
                QCOMPARE(g.words[k].term, int(&t - g.terms.constData()));
        }
        QCOMPARE(gotTerms, terms);
    }

    void stemGloss_data()
    {
        QTest::addColumn<QString>("sense");
        QTest::addColumn<QString>("expected");
        QTest::newRow("infinitive") << "to examine" << "examine";
        QTest::newRow("two words") << "foreign policy" << "foreign.policy";
        QTest::newRow("notes and alternatives") << "power (physical); strength" << "power";
    }
    void stemGloss()
    {
        QFETCH(QString, sense);
        QFETCH(QString, expected);
        QCOMPARE(okur::glossary::stemGloss(sense), expected);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
