// Markdown through libcmark: each construct's blocks, checked against the
// text of the HTML the reference `cmark` program renders from the same input,
// and the importer telling .md from .txt.
#include "formats/markdown.h"
#include "formats/structured.h"
#include "library/importer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using okur::formats::markdownBlocks;
using okur::text::BlockKind;
using okur::text::TextBlock;

namespace {

// "H:" for a heading, "P:" for a paragraph, then the text.
template <typename Block> QStringList described(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &b : blocks) {
        out << (b.kind == BlockKind::Heading ? QStringLiteral("H:") : QStringLiteral("P:")) + b.text;
    }
    return out;
}

// The text of each block element of cmark's HTML: block tags split, inline
// tags dropped (an image gives its alt text), entities decoded.
QStringList htmlBlockTexts(const QString &html)
{
    static const QRegularExpression boundary(
        QStringLiteral(R"(</?(?:p|h[1-6]|pre|li|ul|ol|blockquote)\b[^>]*>|<hr\s*/?>)"));
    static const QRegularExpression img(QStringLiteral(R"re(<img\b[^>]*\balt="([^"]*)"[^>]*>)re"));
    static const QRegularExpression tag(QStringLiteral(R"(<!--.*?-->|<[^>]*>)"),
                                        QRegularExpression::DotMatchesEverythingOption);
    QStringList out;
    for (QString part : html.split(boundary)) {
        part.replace(img, QStringLiteral("\\1")).remove(tag);
        part.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        part = part.simplified();
        if (!part.isEmpty()) {
            out << part;
        }
    }
    return out;
}

} // namespace

class TestMarkdownImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constructs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ATX heading, emphasis")
            << QByteArray("# The *Title*\n\nSome **bold** and *italic* and __strong__ text.\n")
            << QStringList{"H:The Title", "P:Some bold and italic and strong text."};
        QTest::newRow("setext heading") << QByteArray("Başlık\n======\n\nMetin burada.\n")
                                        << QStringList{"H:Başlık", "P:Metin burada."};
        QTest::newRow("link keeps its label")
            << QByteArray("See [the site](https://example.org \"t\") or <https://x.org>.\n")
            << QStringList{"P:See the site or https://x.org."};
        QTest::newRow("image keeps its alt text")
            << QByteArray("A ![small *cat*](cat.png) sleeps.\n") << QStringList{"P:A small cat sleeps."};
        QTest::newRow("link inside emphasis")
            << QByteArray("*see [the **notes**](n.html) first*\n") << QStringList{"P:see the notes first"};
        QTest::newRow("code span with stars")
            << QByteArray("Write `a*b*c` and ``x ` y``.\n") << QStringList{"P:Write a*b*c and x ` y."};
        QTest::newRow("bullet list") << QByteArray("- one\n- *two*\n* three\n")
                                     << QStringList{"P:• one", "P:• two", "P:• three"};
        QTest::newRow("ordered list from its start")
            << QByteArray("3. üç\n4. dört\n") << QStringList{"P:3. üç", "P:4. dört"};
        QTest::newRow("nested lists") << QByteArray("- a\n  1. b\n  2. c\n     - d\n- e\n")
                                      << QStringList{"P:• a", "P:1. b", "P:2. c", "P:• d", "P:• e"};
        QTest::newRow("loose item with two paragraphs") << QByteArray("1. first\n\n   more of it\n2. second\n")
                                                        << QStringList{"P:1. first", "P:more of it", "P:2. second"};
        QTest::newRow("empty item") << QByteArray("-\n- x\n") << QStringList{"P:• x"};
        QTest::newRow("block quote") << QByteArray("> quoted *text*\n> goes on\n>\n> second\n")
                                     << QStringList{"P:quoted text goes on", "P:second"};
        QTest::newRow("fenced code") << QByteArray("```cpp\nint x = *p;\n  return x;\n```\n")
                                     << QStringList{"P:int x = *p; return x;"};
        QTest::newRow("indented code") << QByteArray("Text.\n\n    a_b = 1\n") << QStringList{"P:Text.", "P:a_b = 1"};
        QTest::newRow("thematic break") << QByteArray("a\n\n---\n\nb\n\n***\n") << QStringList{"P:a", "P:b"};
        QTest::newRow("HTML block dropped")
            << QByteArray("<div class=\"x\">\n*hidden*\n</div>\n\nvisible\n\n<!-- note -->\n")
            << QStringList{"P:visible"};
        QTest::newRow("inline HTML dropped")
            << QByteArray("a <span class=\"k\">b</span> c<br/>d\n") << QStringList{"P:a b cd"};
        QTest::newRow("soft and hard breaks")
            << QByteArray("one\ntwo  \nthree\\\nfour\n") << QStringList{"P:one two three four"};
        QTest::newRow("CRLF") << QByteArray("# T\r\n\r\npara\r\nline\r\n\r\n- x\r\n")
                              << QStringList{"H:T", "P:para line", "P:• x"};
        QTest::newRow("entities and escapes")
            << QByteArray("AT&amp;T &copy; \\*not em\\*\n") << QStringList{"P:AT&T © *not em*"};
        QTest::newRow("only markup") << QByteArray("---\n\n<p>x</p>\n") << QStringList{};
    }
    void constructs()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(described(markdownBlocks(input)), expected);
    }

    // The outside reference: the text cmark's HTML shows for the same input.
    void matchesReferenceRenderer_data() { constructs_data(); }
    void matchesReferenceRenderer()
    {
        QFETCH(QByteArray, input);
        const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark"));
        if (cmark.isEmpty()) {
            QSKIP("the cmark program is missing (scripts/setup.sh installs it)");
        }
        QProcess p;
        p.start(cmark, {});
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList reference = htmlBlockTexts(QString::fromUtf8(p.readAllStandardOutput()));
        QStringList ours;
        static const QRegularExpression marker(QStringLiteral(R"(^(?:• |\d+\. ))"));
        for (const TextBlock &b : markdownBlocks(input)) {
            ours << QString(b.text).remove(marker);
        }
        QCOMPARE(ours, reference);
    }

    void rawIsTheSourceLines()
    {
        const QList<TextBlock> blocks = markdownBlocks("# Title\r\n\r\nfirst line\r\nsecond *line*\r\n\r\n- item\n");
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].raw, QStringLiteral("# Title"));
        QCOMPARE(blocks[1].raw, QStringLiteral("first line\nsecond *line*"));
        QCOMPARE(blocks[2].raw, QStringLiteral("- item"));
    }

    void hugeSingleLine()
    {
        QByteArray line;
        for (int i = 0; i < 200000; ++i) {
            line += "w *e* [l](u) `c` ";
        }
        const QList<TextBlock> blocks = markdownBlocks(line);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks[0].text.size(), qsizetype(200000) * 8 - 1); // "w e l c " each, less the last space
        QVERIFY(!blocks[0].text.contains(u'*'));
        QCOMPARE(blocks[0].raw.size(), line.size());
    }

    void deepNestingIsBounded()
    {
        // The walk is iterative: nesting this deep would overflow a recursive one.
        QByteArray quotes = QByteArray(100000, '>') + " deep\n";
        QCOMPARE(described(markdownBlocks(quotes)), QStringList{"P:deep"});
        QByteArray list;
        for (int i = 0; i < 1000; ++i) {
            list += QByteArray(i * 2, ' ') + "- x\n";
        }
        QCOMPARE(markdownBlocks(list).size(), 1000);
    }

    void suffixDecidesMarkdown()
    {
        using okur::formats::Format;
        using okur::formats::sniffFormat;
        QCOMPARE(sniffFormat("# T\n\n**b**\n", QStringLiteral("notes.md")), Format::Markdown);
        QCOMPARE(sniffFormat("# T\n", QStringLiteral("Notes.MARKDOWN")), Format::Markdown);
        QCOMPARE(sniffFormat("# T\n\n**b**\n", QStringLiteral("notes.txt")), Format::Text);
        QCOMPARE(sniffFormat("<!DOCTYPE html><html></html>", QStringLiteral("page.md")), Format::Html);
    }

    void importer()
    {
        QTemporaryDir dir;
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("lib")), &error), qPrintable(error));
        const QByteArray source = "# Reading *Notes*\n\nKeep a **notebook** of [words](https://x.org) and `forms`.\n\n"
                                  "- one\n- two\n\n> A quoted line.\n";
        auto importAs = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly)) {
                f.write(bytes);
            }
            f.close();
            return okur::library::importFile(store, f.fileName(), okur::text::Lexicons{});
        };
        const okur::library::ImportOutcome md = importAs(QStringLiteral("notes.md"), source);
        QVERIFY2(md.ok(), qPrintable(md.error));
        const auto info = store.document(md.id);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Reading Notes"));
        QCOMPARE(described(store.blocks(md.id)),
                 (QStringList{"H:Reading Notes", "P:Keep a notebook of words and forms.", "P:• one", "P:• two",
                              "P:A quoted line."}));
        QCOMPARE(store.rawText(md.id), QString::fromUtf8(source));

        // The same text as .txt stays plain text: its markup is what the author typed.
        const okur::library::ImportOutcome txt = importAs(QStringLiteral("notes.txt"), source + "\n");
        QVERIFY2(txt.ok(), qPrintable(txt.error));
        QVERIFY(store.blocks(txt.id).at(1).text.contains(QStringLiteral("**notebook**")));

        const okur::library::ImportOutcome empty = importAs(QStringLiteral("empty.md"), " \n\n");
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error.contains(QStringLiteral("empty")), qPrintable(empty.error));
        const okur::library::ImportOutcome bare = importAs(QStringLiteral("bare.md"), "---\n\n<div>x</div>\n");
        QVERIFY(!bare.ok());
        QVERIFY2(bare.error.contains(QStringLiteral("no text")), qPrintable(bare.error));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdownimport.moc"
