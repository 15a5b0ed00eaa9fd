#include "text/paragraphs.h"

#include <QTest>

using namespace okur::text;

namespace {
// A block of PDF-like lines: wrapped at ~60 characters, trailing spaces.
QStringList wrapped(const QString &text, int width = 60)
{
    QStringList lines;
    QString line;
    for (const QString &w : text.split(u' ')) {
        if (!line.isEmpty() && line.size() + w.size() + 1 > width) {
            lines << line + u' ';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    lines << line + u' ';
    return lines;
}
} // namespace

class TestParagraphs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinsHyphenation_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("joined");
        QTest::newRow("word") << QStringLiteral("ge-") << QStringLiteral("niş bir") << QStringLiteral("geniş bir");
        QTest::newRow("prefix") << QStringLiteral("e-") << QStringLiteral("devlet") << QStringLiteral("e-devlet");
        QTest::newRow("covid") << QStringLiteral("COVID-") << QStringLiteral("19 salgını") << QStringLiteral("COVID-19 salgını");
        QTest::newRow("years") << QStringLiteral("2015-") << QStringLiteral("2020") << QStringLiteral("2015-2020");
        QTest::newRow("names") << QStringLiteral("Baku-") << QStringLiteral("Tbilisi") << QStringLiteral("Baku-Tbilisi");
        QTest::newRow("split letter") << QStringLiteral("dü -") << QStringLiteral("şü nmek")
                                      << QStringLiteral("dü şü nmek");
        // A one-letter piece after a split letter ends a split word: no e-devlet.
        QTest::newRow("after split ü") << QStringLiteral("farklı kü l-") << QStringLiteral("tü rler arasında")
                                       << QStringLiteral("farklı kü ltü rler arasında");
        QTest::newRow("after split ö") << QStringLiteral("tarama yo n-") << QStringLiteral("temi kullanıldı")
                                       << QStringLiteral("tarama yo ntemi kullanıldı");
        QTest::newRow("after split ğ") << QStringLiteral("bu bag -") << QStringLiteral("lamda")
                                       << QStringLiteral("bu bag lamda");
        QTest::newRow("prefix after a word") << QStringLiteral("ve e-") << QStringLiteral("vize")
                                             << QStringLiteral("ve e-vize");
    }
    void joinsHyphenation()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, joined);
        QCOMPARE(joinHyphenated(left, right, {}), joined);
    }

    void documentVocabularyDecides()
    {
        // "devlet" stands alone elsewhere in the document: "da e-" + "devlet" keeps its prefix.
        QCOMPARE(joinHyphenated(QStringLiteral("ya da e-"), QStringLiteral("devlet"), {QStringLiteral("devlet")}),
                 QStringLiteral("ya da e-devlet"));
        QCOMPARE(joinHyphenated(QStringLiteral("TÜRK-"), QStringLiteral("SOY"), {QStringLiteral("türksoy")}),
                 QStringLiteral("TÜRKSOY"));
        QCOMPARE(joinHyphenated(QStringLiteral("well-"), QStringLiteral("known"), {QStringLiteral("well-known")}),
                 QStringLiteral("well-known"));
    }

    void unwrapsPdfText()
    {
        const QString p1 = QStringLiteral(
            "Küreselleşen dünya ile birlikte dış politika, yalnızca devletlerarası resmi görüşmelerle sınırlı "
            "kalmayıp kültür, teknoloji ve medya gibi çoklu boyutları kapsamaktadır ve bu çalışma onları ele alır.");
        const QString p2 = QStringLiteral(
            "Araştırma, dijital diplomasinin kuramsal çerçevesi üzerinden ele alınmıştır ve betimsel tarama "
            "yöntemi kullanılmıştır; sonuçlar tartışılmıştır ve öneriler sunulmuştur.");
        QStringList lines = {QStringLiteral("Giriş ")};
        lines << wrapped(p1) << QString() << wrapped(p2);
        QVERIFY(looksWrapped(lines));
        const QList<Paragraph> ps = buildParagraphs(lines);
        QCOMPARE(ps.size(), 3);
        QCOMPARE(ps[0].kind, BlockKind::Heading);
        QCOMPARE(ps[0].text, QStringLiteral("Giriş"));
        QCOMPARE(ps[1].text, p1);
        QCOMPARE(ps[1].kind, BlockKind::Paragraph);
        QCOMPARE(ps[2].text, p2);
    }

    void pageBreakInsideParagraph()
    {
        const QString p = QStringLiteral(
            "Bu paragraf bir sayfanın sonunda başlayıp bir sonraki sayfada devam eden uzunca bir paragraftır ve "
            "Ankara ile Bakü arasındaki ilişkileri anlatır; sayfa sonu onu bölmemelidir ki okur rahat etsin.");
        QStringList lines = wrapped(p);
        lines.insert(2, QString());
        lines.insert(2, QString());
        lines.insert(2, QString());
        const QList<Paragraph> ps = buildParagraphs(lines);
        QCOMPARE(ps.size(), 1);
        QCOMPARE(ps[0].text, p);
    }

    void headingUnderAParagraph_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::newRow("dated") << QStringLiteral(" 2015-2020 Arası Dönem: Kıyı Kentleri ve Yeni Yollar");
        QTest::newRow("colon") << QStringLiteral(" Su ve Tarım: Yağmur Suyunun Toplanması");
        QTest::newRow("english") << QStringLiteral("Results and Discussion");
    }
    void headingUnderAParagraph()
    {
        // Invented: a heading set on the line right under a paragraph's last
        // (full) line, with no blank line between them.
        QFETCH(QString, heading);
        // Every line full, as in a justified column; the paragraph's last one too.
        const QStringList para1 = {
            QStringLiteral("Kıyı kentlerinde su yönetimi, yağmur suyunun toplanması ve yeniden kullanılması için "),
            QStringLiteral("uzun yıllardır süren çalışmalar sayesinde bugün önemli bir deneyim birikimine sahiptir "),
            QStringLiteral("ve bu birikim başka kentlere de örnek olacak biçimde paylaşılmıştır (Yılmaz, 2014). ")};
        const QString before = para1.join(QString()).trimmed();
        QStringList lines = para1;
        lines << heading + u' ' << QString()
              << QStringLiteral("Bu dönemde kentler, yağmur suyunu toplayan yeni yapılar kurmuş ve bunları geniş çapta ")
              << QStringLiteral("kullanmaya başlamıştır. Sonuçlar olumlu olmuştur. ");
        const QList<Paragraph> out = buildParagraphs(lines);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].text, before);
        QCOMPARE(out[1].text, heading.trimmed());
        QCOMPARE(out[1].kind, BlockKind::Heading);
    }

    void sentenceAfterAParagraphStaysInIt()
    {
        // A full line that starts a sentence after a full stop is no heading.
        const QString text = QStringLiteral(
            "Kıyı kentlerinde su yönetimi, yağmur suyunun toplanması ve yeniden kullanılması için çok uzun "
            "yıllardır süren çalışmalar sayesinde önemli bir deneyim kazanmıştır. Bu deneyim bugün başka "
            "kentlerde de kullanılmakta ve yeni yapıların kurulmasına yol açmaktadır, ama eksikler sürmektedir.");
        const QList<Paragraph> out = buildParagraphs(wrapped(text, 90) << QString());
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].text, text);
    }

    void twoLineHeading()
    {
        const QStringList lines = wrapped(QStringLiteral(
            "Önceki bölümün son cümlesi burada biter ve paragraf kapanır, ardından yeni bir başlık gelir.")) +
            QStringList{QStringLiteral("Politika Analizi ve Stratejik Planlama: Temeller "), QStringLiteral("Yaklaşımlar "),
                        QString()} + wrapped(QStringLiteral(
            "Politika analizi ve stratejik planlama, kamu yönetimi alanlarındaki temel kavramlardır ve birlikte "
            "ele alınır; bu bölüm onları tartışır."));
        const QList<Paragraph> ps = buildParagraphs(lines);
        QCOMPARE(ps.size(), 3);
        QCOMPARE(ps[1].kind, BlockKind::Heading);
        QCOMPARE(ps[1].text, QStringLiteral("Politika Analizi ve Stratejik Planlama: Temeller Yaklaşımlar"));
    }

    void webLinesAreParagraphs()
    {
        const QStringList lines = {QStringLiteral("A Title Line"), QString(),
                                   QStringLiteral("First paragraph, which is one long line of text."),
                                   QString(), QStringLiteral("Economic potential"),
                                   QStringLiteral("Second paragraph."), QStringLiteral("Photo: AZERTAC")};
        QVERIFY(!looksWrapped(lines));
        const QList<Paragraph> ps = buildParagraphs(lines);
        QCOMPARE(ps.size(), 5);
        QCOMPARE(ps[0].kind, BlockKind::Heading);
        QCOMPARE(ps[1].kind, BlockKind::Paragraph);
        QCOMPARE(ps[2].kind, BlockKind::Heading);
        QCOMPARE(ps[4].kind, BlockKind::Caption);
    }

    void markdownHeadings()
    {
        const QList<Paragraph> ps = buildParagraphs({QStringLiteral("# Kültür Diplomasisi"), QString(),
                                                     QStringLiteral("Metin burada, bir cümle olarak.")});
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps[0].kind, BlockKind::Heading);
        QCOMPARE(ps[0].text, QStringLiteral("Kültür Diplomasisi"));
    }
};

QTEST_GUILESS_MAIN(TestParagraphs)
#include "tst_paragraphs.moc"
