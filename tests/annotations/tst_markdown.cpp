// The Markdown export read by two CommonMark parsers from Debian: cmark
// (its XML AST) and markdown-it (its HTML). Each note and quote must come
// out as the literal text it is, in the block it belongs to.
#include "annotations/formats.h"

#include <QProcess>
#include <QUrl>
#include <QXmlStreamReader>
#include <QTest>

using namespace okur::annotations;

namespace {

/// A top-level block of the cmark AST: its type and its text, with hard
/// breaks as "\n" and the inline node types met inside.
struct Block {
    QString type;
    QString text;
    QStringList inlines;
    QStringList links;
};

QList<Block> cmarkBlocks(const QString &markdown, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("cmark"), {QStringLiteral("--to"), QStringLiteral("xml")});
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cmark is not installed (scripts/setup.sh installs it)");
        return {};
    }
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    QXmlStreamReader xml(p.readAllStandardOutput());
    QList<Block> blocks;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 2) {
                blocks.append({name, {}, {}, {}});
            } else if (depth > 2 && !blocks.isEmpty()) {
                blocks.last().inlines << name;
                if (name == QLatin1String("linebreak"))
                    blocks.last().text += u'\n';
                else if (name == QLatin1String("softbreak"))
                    blocks.last().text += u' ';
                else if (name == QLatin1String("link"))
                    blocks.last().links << xml.attributes().value(QStringLiteral("destination")).toString();
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth > 2 && !xml.isWhitespace()) {
            blocks.last().text += xml.text();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return blocks;
}

QString markdownItHtml(const QString &markdown)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import sys, markdown_it; "
                                                  "sys.stdout.write(markdown_it.MarkdownIt('commonmark').render(sys.stdin.read()))")});
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QHash<QString, DocumentContext> fiveDocuments()
{
    QHash<QString, DocumentContext> docs;
    for (int i = 1; i <= 5; ++i) {
        DocumentContext c;
        c.title = QStringLiteral("Belge %1 # *not emphasis*").arg(i);
        c.author = QStringLiteral("Yazar <%1>").arg(i);
        c.source = QStringLiteral("https://example.org/%1_(x)").arg(i);
        c.headings = {QString(), QStringLiteral("Giriş")};
        c.blocks = {QStringLiteral("Başlık"), QStringLiteral("Metin bloğu.")};
        docs.insert(QStringLiteral("doc-%1").arg(i), c);
    }
    return docs;
}

} // namespace

class TestMarkdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void userTextStaysLiteral_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("shown"); // what a reader must see: leading blanks of a line are dropped
        QTest::newRow("fence") << QStringLiteral("before\n```\nafter") << QStringLiteral("before\n```\nafter");
        QTest::newRow("tilde fence") << QStringLiteral("~~~") << QStringLiteral("~~~");
        QTest::newRow("heading") << QStringLiteral("# x") << QStringLiteral("# x");
        QTest::newRow("setext") << QStringLiteral("a line\n---") << QStringLiteral("a line\n---");
        QTest::newRow("setext =") << QStringLiteral("a line\n===") << QStringLiteral("a line\n===");
        QTest::newRow("thematic break") << QStringLiteral("***") << QStringLiteral("***");
        QTest::newRow("pipe table") << QStringLiteral("|a|b|\n|-|-|\n|1|2|") << QStringLiteral("|a|b|\n|-|-|\n|1|2|");
        QTest::newRow("emphasis") << QStringLiteral("2*3*4 and _x_") << QStringLiteral("2*3*4 and _x_");
        QTest::newRow("raw html") << QStringLiteral("<b>bold</b> <!-- c --> <div>") << QStringLiteral("<b>bold</b> <!-- c --> <div>");
        QTest::newRow("lists") << QStringLiteral("1. one\n- two\n+ three") << QStringLiteral("1. one\n- two\n+ three");
        QTest::newRow("link and entity") << QStringLiteral("[x](http://e.org) &amp; <http://e.org>")
                                         << QStringLiteral("[x](http://e.org) &amp; <http://e.org>");
        QTest::newRow("indented code") << QStringLiteral("    code\n\tcode") << QStringLiteral("code\ncode");
        QTest::newRow("backslashes") << QStringLiteral("a\\\nb \\* c\\") << QStringLiteral("a\\\nb \\* c\\");
        QTest::newRow("blank line") << QStringLiteral("one\n\ntwo") << QStringLiteral("one\n\ntwo");
        QTest::newRow("quote marker") << QStringLiteral("> not a quote") << QStringLiteral("> not a quote");
        QTest::newRow("turkish") << QStringLiteral("İyi ağaç, ılık şey.") << QStringLiteral("İyi ağaç, ılık şey.");
    }

    void userTextStaysLiteral()
    {
        QFETCH(QString, note);
        QFETCH(QString, shown);
        const auto docs = fiveDocuments();
        QList<Annotation> list;
        for (int i = 1; i <= 5; ++i) {
            Annotation a;
            a.id = QStringLiteral("id-%1").arg(i);
            a.documentId = QStringLiteral("doc-%1").arg(i);
            a.block = 1;
            a.start = 0;
            a.end = 5;
            a.quote = i == 1 ? note : QStringLiteral("Metin");
            a.note = note;
            a.created = a.updated = 1700000000000;
            list << a;
        }
        const QString md = toMarkdown(list, docs);
        QString error;
        const QList<Block> blocks = cmarkBlocks(md, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Only the blocks the export means: nothing the user wrote becomes structure.
        int titles = 0, quotes = 0, notes = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block &b = blocks.at(i);
            QVERIFY2(b.type == QLatin1String("heading") || b.type == QLatin1String("paragraph") || b.type == QLatin1String("block_quote"),
                     qPrintable(b.type + QStringLiteral(": ") + b.text));
            for (const QString &in : b.inlines)
                QVERIFY2(!in.contains(QLatin1String("html")) && in != QLatin1String("code") && in != QLatin1String("emph"), qPrintable(in));
            if (b.type == QLatin1String("heading") && b.text.startsWith(QStringLiteral("Belge"))) {
                QCOMPARE(b.text, QStringLiteral("Belge %1 # *not emphasis*").arg(++titles));
                // The next paragraph names author and source and links back.
                QVERIFY(blocks.at(i + 1).text.contains(QStringLiteral("Author: Yazar <%1>").arg(titles)));
                QVERIFY(blocks.at(i + 1).text.contains(QStringLiteral("Source: https://example.org/%1_(x)").arg(titles)));
                QCOMPARE(blocks.at(i + 1).links, QStringList{QStringLiteral("okur://document/doc-%1#block=0").arg(titles)});
            }
            if (b.type == QLatin1String("block_quote")) {
                ++quotes;
                // Labelled: the line before names it and links to the passage.
                QVERIFY(blocks.at(i - 1).text.startsWith(QStringLiteral("Highlight · yellow · 2023-11-14 · block 1")));
                QCOMPARE(blocks.at(i - 1).links,
                         QStringList{QStringLiteral("okur://document/doc-%1#block=1&start=0&end=5").arg(quotes)});
                QCOMPARE(b.text, quotes == 1 ? shown : QStringLiteral("Metin"));
            }
            if (b.type == QLatin1String("paragraph") && b.text.startsWith(QStringLiteral("Note: "))) {
                ++notes;
                QCOMPARE(b.inlines.first(), QStringLiteral("strong"));
                QCOMPARE(b.text.mid(6), shown);
            }
        }
        QCOMPARE(titles, 5); // no document swallowed
        QCOMPARE(quotes, 5);
        QCOMPARE(notes, 5);

        // A second reader agrees: no code, heading, rule, table, list or raw HTML from user text.
        const QString html = markdownItHtml(md);
        QVERIFY2(html.contains(QStringLiteral("<h2>Belge 5")), "markdown-it (python3-markdown-it) did not run");
        for (const char *tag : {"<pre", "<code", "<hr", "<table", "<ol", "<ul", "<li", "<b>", "<div", "<em", "<h1>x", "<!--"})
            QVERIFY2(!html.contains(QLatin1String(tag)), tag);
        QCOMPARE(html.count(QStringLiteral("<blockquote>")), 5);
    }

    void passageLinksReadBack_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("block") << QStringLiteral("kultur-dijital") << 3 << -1 << -1;
        QTest::newRow("passage") << QStringLiteral("kultur-dijital") << 3 << 10 << 25;
        QTest::newRow("odd id") << QStringLiteral("a b#c&d/é") << 0 << 0 << 0;
    }
    void passageLinksReadBack()
    {
        QFETCH(QString, document);
        QFETCH(int, block);
        QFETCH(int, start);
        QFETCH(int, end);
        const QString link = passageLink(document, block, start, end);
        QVERIFY(QUrl(link, QUrl::StrictMode).isValid());
        const PassageLink p = parsePassageLink(link);
        QVERIFY(p.ok);
        QCOMPARE(p.documentId, document);
        QCOMPARE(p.block, block);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
        QVERIFY(!parsePassageLink(QStringLiteral("okur://document/x#block=-1")).ok);
        QVERIFY(!parsePassageLink(QStringLiteral("https://example.org/")).ok);
    }

    void tombstonesAndBookmarks()
    {
        Annotation gone;
        gone.id = QStringLiteral("gone");
        gone.documentId = QStringLiteral("doc-1");
        gone.quote = QStringLiteral("secret");
        gone.deleted = true;
        Annotation bm;
        bm.id = QStringLiteral("bm");
        bm.kind = QStringLiteral("bookmark");
        bm.documentId = QStringLiteral("doc-2");
        bm.block = 1;
        bm.quote = QStringLiteral("Metin bloğu.");
        bm.created = 1700000000000;
        const QString md = toMarkdown({gone, bm}, fiveDocuments());
        QVERIFY(!md.contains(QStringLiteral("secret")));
        QString error;
        const QList<Block> blocks = cmarkBlocks(md, &error);
        bool found = false;
        for (const Block &b : blocks)
            found = found || b.text.startsWith(QStringLiteral("Bookmark · 2023-11-14 · block 1"));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
