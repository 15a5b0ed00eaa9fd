// The (X)HTML reader on small invented pages whose blocks are known.
#include "formats/html.h"

#include <QTest>

using namespace okur::formats;

class TestHtml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expected"); // "kind:text", kind h/p/c
        const int web = int(HtmlMode::WebPage), book = int(HtmlMode::BookChapter);
        QTest::newRow("headings and paragraphs")
            << QByteArray("<html><body><h1>Title</h1><p>One <b>bold</b>\n word.</p><h3>Sub</h3><p>Two.</p></body></html>")
            << web << QStringList{"h:Title", "p:One bold word.", "h:Sub", "p:Two."};
        QTest::newRow("lists, quotes, captions, tables")
            << QByteArray("<body><ul><li>first</li><li>second <i>item</i></li></ul><blockquote>Quoted.</blockquote>"
                          "<figure><img src=x><figcaption>Figure 1</figcaption></figure>"
                          "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></body>")
            << book << QStringList{"p:• first", "p:• second item", "p:Quoted.", "c:Figure 1", "p:a | b", "p:1 | 2"};
        QTest::newRow("web furniture by element, role and class")
            << QByteArray("<body><div role=navigation>Menu</div><div class='share-buttons'>Share</div>"
                          "<div id=gdpr-notice>Privacy</div><p>Body text.</p><p hidden>Hidden</p>"
                          "<p aria-hidden=true>Also hidden</p><form><p>Search</p></form><footer>Foot</footer></body>")
            << web << QStringList{"p:Body text."};
        QTest::newRow("the article, not the page around it")
            << QByteArray("<body><div class=top>Site name and a long line of links to other sections of the site</div>"
                          "<article><h1>Story</h1><p>The story itself is here, long enough to be the main text.</p></article>"
                          "<div>Another teaser</div></body>")
            << web << QStringList{"h:Story", "p:The story itself is here, long enough to be the main text."};
        QTest::newRow("a book keeps header and aside but no page breaks")
            << QByteArray("<body><header><h1>Chapter</h1></header><p>Text<span epub:type='pagebreak' title='12'>12</span> "
                          "goes on.</p><aside><p>A sidebar of the book.</p></aside></body>")
            << book << QStringList{"h:Chapter", "p:Text goes on.", "p:A sidebar of the book."};
        QTest::newRow("cookie notice without a class")
            << QByteArray("<body><p>We use cookies. Accept to continue.</p><p>Real text.</p></body>")
            << web << QStringList{"p:Real text."};
    }
    void blocks()
    {
        QFETCH(QByteArray, html);
        QFETCH(int, mode);
        QFETCH(QStringList, expected);
        const HtmlResult r = readHtml(html, HtmlMode(mode));
        QVERIFY2(r.doc.ok(), qPrintable(r.doc.error));
        QStringList got;
        for (const auto &b : r.doc.blocks) {
            const char kind = b.kind == okur::text::BlockKind::Heading ? 'h'
                              : b.kind == okur::text::BlockKind::Caption ? 'c' : 'p';
            got << QString(QChar(kind)) + u':' + b.text;
        }
        QCOMPARE(got, expected);
    }

    void languageIsInherited()
    {
        const HtmlResult r = readHtml("<html xml:lang='tr-TR'><body><p>Bir</p><div lang='en'><p>Two</p></div></body></html>",
                                      HtmlMode::BookChapter);
        QCOMPARE(r.doc.blocks.size(), 2);
        QCOMPARE(r.doc.blocks[0].language, QStringLiteral("tr"));
        QCOMPARE(r.doc.blocks[1].language, QStringLiteral("en"));
    }

    void anchorsPointAtBlocks()
    {
        const HtmlResult r = readHtml("<body><p>Zero</p><h2 id='two'>One</h2><p>Two</p><p><a id='end'></a></p></body>",
                                      HtmlMode::BookChapter);
        QCOMPARE(r.anchors.value(QStringLiteral("two"), -1), 1);
        QCOMPARE(r.anchors.value(QStringLiteral("end"), -1), 2);
    }

    void declaredCharset()
    {
        // "Işık ağaç" in windows-1254: bytes that are not UTF-8.
        const QByteArray page = "<html><head><meta charset='windows-1254'></head><body><p>I\xfe\xfdk a\xf0""a\xe7</p></body></html>";
        const HtmlResult r = readHtml(page, HtmlMode::WebPage);
        QVERIFY2(r.doc.ok(), qPrintable(r.doc.error));
        QCOMPARE(r.doc.blocks.first().text, QStringLiteral("Işık ağaç"));
        QVERIFY(!readHtml("<p>caf\xe9</p>", HtmlMode::WebPage).doc.ok()); // not UTF-8, nothing declared
    }

    void metadata()
    {
        const HtmlResult r = readHtml("<html lang='tr'><head><title>Başlık - Site</title><meta name='author' content='Ali Veli'>"
                                      "<meta itemprop='datePublished' content='2024-02-03'></head>"
                                      "<body><h1>Başlık</h1><p>Metin.</p></body></html>",
                                      HtmlMode::WebPage);
        QCOMPARE(r.doc.title, QStringLiteral("Başlık"));
        QCOMPARE(r.doc.authors, QStringList{QStringLiteral("Ali Veli")});
        QCOMPARE(r.doc.date, QStringLiteral("2024-02-03"));
        QCOMPARE(r.doc.language, QStringLiteral("tr"));
    }

    void deepNestingIsBounded()
    {
        const QByteArray deep = QByteArray("<div>").repeated(20000) + "deep" + QByteArray("</div>").repeated(20000);
        const HtmlResult r = readHtml("<body>" + deep + "<p>shallow</p></body>", HtmlMode::BookChapter);
        QVERIFY(r.doc.ok());
        QCOMPARE(r.doc.blocks.last().text, QStringLiteral("shallow"));
    }
};

QTEST_GUILESS_MAIN(TestHtml)
#include "tst_html.moc"
