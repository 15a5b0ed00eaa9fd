// EPUB, PDF and saved web pages through the one import path. The inputs are
// made here with outside tools (pandoc, groff + ps2pdf) from text whose
// structure we know, so the expected blocks come from the source, not from
// the code under test.
#include "library/importer.h"
#include "zipwriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::documents;
using namespace okur::library;
using okur::text::BlockKind;

namespace {

const char *kBookMarkdown = R"(---
title: İki Dilli Kitap
author: Ayşe Yılmaz
lang: tr-TR
date: 2024-03-01
---

# Birinci Bölüm

Bu kitabın ilk bölümü Türkçe yazılmıştır. Öğrenciler için hazırlanan bu metin, dilin güzelliğini ve zenginliğini göstermeyi amaçlamaktadır.

> The limits of my language mean the limits of my world, wrote a philosopher who thought about this question for his whole life.

İkinci paragraf da Türkçedir ve okuyucunun dikkatini çekmek için yazılmıştır. Çünkü her dil kendi dünyasını taşır. Bir dili öğrenen kişi, o dilin kültürünü ve düşünme biçimini de öğrenir; bu yüzden okuma, sözlükten çok daha fazlasını verir.

# The Second Chapter {lang=en}

::: {lang=en}
This chapter is written in English. It explains how the reader should approach a text in a foreign language, slowly and with patience.

- a list item about reading slowly
- another list item about dictionaries
:::
)";

const QString kTurkishParagraph = QStringLiteral(
    "Bu son bölüm Türkçe yazılmıştır. Öğrenciler için hazırlanan metin, iki dilde okumanın güzelliğini ve "
    "zenginliğini göstermeyi amaçlar; çünkü her dil kendi dünyasını taşır ve okuyucuya yeni bir bakış açısı kazandırır.");

// groff -ms source: a title, an author, numbered sections of two paragraphs;
// the page header (LH, RH) and the page number footer are page furniture.
QByteArray msSource(bool twoColumns, int sections)
{
    QByteArray s = ".ds LH Soft Power Notes\n.ds CH\n.ds RH Draft\n.ds CF - % -\n"
                   ".TL\nReading in Two Languages\n.AU\nJane Doe\n";
    if (twoColumns)
        s += ".2C\n";
    for (int i = 1; i <= sections; ++i) {
        s += ".NH\nSection number " + QByteArray::number(i) + "\n.PP\n";
        s += "This is the body text of section " + QByteArray::number(i)
             + ", which is long enough to wrap across several lines of the page so that the layout engine has to "
               "break it. The reader follows the argument from one paragraph to the next and the notebook grows "
               "with every page that is turned.\n.PP\n";
        s += "A second paragraph in section " + QByteArray::number(i)
             + " repeats the exercise with different words. It mentions diplomacy, culture and the values a country "
               "stands for, which together make up what many writers have called its attraction.\n";
    }
    s += ".NH\nSon Bölüm\n.PP\n" + kTurkishParagraph.toUtf8() + "\n";
    return s;
}

QString firstParagraph(int i)
{
    return QStringLiteral("This is the body text of section %1, which is long enough to wrap across several lines of "
                          "the page so that the layout engine has to break it. The reader follows the argument from "
                          "one paragraph to the next and the notebook grows with every page that is turned.").arg(i);
}

QString secondParagraph(int i)
{
    return QStringLiteral("A second paragraph in section %1 repeats the exercise with different words. It mentions "
                          "diplomacy, culture and the values a country stands for, which together make up what many "
                          "writers have called its attraction.").arg(i);
}

const char *kWebPage = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Why Slow Reading Works | The Reading Blog</title>
<meta name="author" content="Mary Major">
<meta property="article:published_time" content="2025-05-06T10:00:00Z">
<style>body { font-family: serif; }</style>
<script>var menu = "Home About Contact";</script></head>
<body>
<header class="site-header"><a href="/">The Reading Blog</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article>
<h1>Why Slow Reading Works</h1>
<p>Reading slowly gives the mind time to notice how sentences are built. A learner who stops at each new word and writes it down remembers it far better.</p>
<h2>Keep a notebook</h2>
<p>A notebook of words, with the sentence each came from, becomes a personal dictionary that grows with every article.</p>
<blockquote><p>Bir dil bir insan, iki dil iki insan. Bu söz, yeni bir dil öğrenmenin insana kattığı zenginliği anlatır.</p></blockquote>
<aside class="related"><h3>Related posts</h3><ul><li>Ten tips for vocabulary</li></ul></aside>
<h2>Read twice</h2>
<p>Read the same text twice, once for the gist and once for the details.</p>
</article></main>
<aside class="sidebar"><h2>Popular</h2><p>Subscribe to our newsletter for weekly tips.</p></aside>
<div id="consent-popup"><p>This site stores small files on your device.</p></div>
<footer><p>© 2025 The Reading Blog. All rights reserved.</p></footer>
<script>console.log("done")</script>
</body></html>
)";

} // namespace

class TestFormats : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir, m_files;
    DocumentStore m_store;
    okur::text::Lexicons m_lex;

    QString tool(const QString &name)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qFatal("%s is missing: run scripts/setup.sh", qPrintable(name));
        return path;
    }

    QString run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setWorkingDirectory(m_files.path());
        p.start(tool(program), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QString::fromUtf8(p.readAllStandardError());
        return {};
    }

    QString file(const QString &name) const { return m_files.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return file(name);
    }

    QByteArray readAll(const QString &name)
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString pdfFromMs(const QString &name, const QByteArray &ms)
    {
        write(name + QStringLiteral(".ms"), ms);
        QProcess groff;
        groff.setWorkingDirectory(m_files.path());
        groff.setStandardOutputFile(file(name + QStringLiteral(".ps")));
        groff.start(tool(QStringLiteral("groff")), {QStringLiteral("-k"), QStringLiteral("-ms"), QStringLiteral("-Tps"), name + QStringLiteral(".ms")});
        if (!groff.waitForFinished(60000) || groff.exitCode() != 0)
            return {};
        run(QStringLiteral("ps2pdf"), {name + QStringLiteral(".ps"), name + QStringLiteral(".pdf")});
        return file(name + QStringLiteral(".pdf"));
    }

    QString snapshot()
    {
        QString s;
        for (const auto &d : m_store.documents())
            s += d.id + u'|' + QString::number(d.blockCount) + u'\n';
        return s;
    }

    static QStringList headings(const QList<StoredBlock> &blocks)
    {
        QStringList h;
        for (const auto &b : blocks) {
            if (b.kind == BlockKind::Heading)
                h << b.text;
        }
        return h;
    }

    static QString allText(const QList<StoredBlock> &blocks)
    {
        QString s;
        for (const auto &b : blocks)
            s += b.text + u'\n';
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_lex = okur::text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        QVERIFY2(m_store.open(m_dir.path(), &error), qPrintable(error));
        write(QStringLiteral("book.md"), kBookMarkdown);
    }

    void epub_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::newRow("EPUB 3 (nav document)") << QStringLiteral("epub3");
        QTest::newRow("EPUB 2 (NCX)") << QStringLiteral("epub2");
    }
    void epub()
    {
        QFETCH(QString, writer);
        const QString out = writer + QStringLiteral(".epub");
        QCOMPARE(run(QStringLiteral("pandoc"), {QStringLiteral("book.md"), QStringLiteral("-t"), writer, QStringLiteral("-o"), out}), QString());
        const ImportOutcome r = importFile(m_store, file(out), m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const DocumentInfo info = m_store.document(r.id).value_or(DocumentInfo());
        QCOMPARE(info.title, QStringLiteral("İki Dilli Kitap"));
        QCOMPARE(info.author, QStringLiteral("Ayşe Yılmaz"));
        QCOMPARE(info.date, QStringLiteral("2024-03-01"));
        QCOMPARE(info.language, QStringLiteral("tr"));
        const auto blocks = m_store.blocks(r.id);
        // The contents once each: neither the nav/NCX nor the title page is in the flow.
        QCOMPARE(headings(blocks), (QStringList{QStringLiteral("Birinci Bölüm"), QStringLiteral("The Second Chapter")}));
        QCOMPARE(blocks.size(), 8);
        const QStringList langs{QStringLiteral("tr"), QStringLiteral("tr"), QStringLiteral("en"), QStringLiteral("tr"),
                                QStringLiteral("en"), QStringLiteral("en"), QStringLiteral("en"), QStringLiteral("en")};
        for (int i = 0; i < blocks.size(); ++i)
            QVERIFY2(blocks[i].language == langs[i], qPrintable(blocks[i].text));
        QVERIFY(blocks[2].text.startsWith(QStringLiteral("The limits of my language")));
        QCOMPARE(blocks[6].text, QStringLiteral("• a list item about reading slowly"));
        // Show original text: the block's own markup.
        QVERIFY(blocks[1].raw.startsWith(QStringLiteral("<p>Bu kitabın")));
        QVERIFY(blocks[1].raw.endsWith(QStringLiteral("</p>")));
    }

    void pdfMultiPage()
    {
        const int sections = 14; // four pages: the running head repeats on three
        const QString pdf = pdfFromMs(QStringLiteral("multi"), msSource(false, sections));
        QVERIFY(QFile::exists(pdf));
        const ImportOutcome r = importFile(m_store, pdf, m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto blocks = m_store.blocks(r.id);
        QCOMPARE(m_store.document(r.id).value_or(DocumentInfo()).title, QStringLiteral("Reading in Two Languages"));
        QStringList expected{QStringLiteral("Reading in Two Languages"), QStringLiteral("Jane Doe")};
        for (int i = 1; i <= sections; ++i)
            expected << QStringLiteral("%1. Section number %1").arg(i) << firstParagraph(i) << secondParagraph(i);
        expected << QStringLiteral("%1. Son Bölüm").arg(sections + 1) << kTurkishParagraph;
        QStringList got;
        for (const auto &b : blocks)
            got << b.text;
        QCOMPARE(got, expected); // no running head, no page number, hyphens joined, order kept
        for (int i = 1; i <= sections + 1; ++i)
            QCOMPARE(blocks[2 + 3 * (i - 1)].kind, BlockKind::Heading);
        for (int i = 0; i < blocks.size(); ++i)
            QCOMPARE(blocks[i].language, i >= blocks.size() - 2 ? QStringLiteral("tr") : QStringLiteral("en"));
        // Show original text: the extracted lines, line-end hyphens and all.
        bool hyphenShown = false;
        for (const auto &b : blocks)
            hyphenShown = hyphenShown || b.raw.contains(QRegularExpression(QStringLiteral("[a-z]-\\n[a-z]")));
        QVERIFY(hyphenShown);
    }

    void pdfTwoColumns()
    {
        const int sections = 5;
        const QString pdf = pdfFromMs(QStringLiteral("columns"), msSource(true, sections));
        QVERIFY(QFile::exists(pdf));
        const ImportOutcome r = importFile(m_store, pdf, m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto blocks = m_store.blocks(r.id);
        QStringList expected{QStringLiteral("Reading in Two Languages"), QStringLiteral("Jane Doe")};
        for (int i = 1; i <= sections; ++i)
            expected << QStringLiteral("%1. Section number %1").arg(i) << firstParagraph(i) << secondParagraph(i);
        expected << QStringLiteral("%1. Son Bölüm").arg(sections + 1) << kTurkishParagraph;
        QStringList got;
        for (const auto &b : blocks)
            got << b.text;
        QCOMPARE(got, expected); // the left column before the right, no line of one inside the other
    }

    void webPage()
    {
        const ImportOutcome r = importFile(m_store, write(QStringLiteral("page.html"), kWebPage), m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const DocumentInfo info = m_store.document(r.id).value_or(DocumentInfo());
        QCOMPARE(info.title, QStringLiteral("Why Slow Reading Works"));
        QCOMPARE(info.author, QStringLiteral("Mary Major"));
        QCOMPARE(info.date, QStringLiteral("2025-05-06"));
        const auto blocks = m_store.blocks(r.id);
        QCOMPARE(headings(blocks), (QStringList{QStringLiteral("Why Slow Reading Works"), QStringLiteral("Keep a notebook"),
                                                QStringLiteral("Read twice")}));
        QCOMPARE(blocks.size(), 7);
        const QString text = allText(blocks);
        for (const char *junk : {"Home", "About us", "cookies", "Accept", "Related posts", "Ten tips", "Popular",
                                 "Subscribe", "small files", "©", "console", "font-family", "The Reading Blog"})
            QVERIFY2(!text.contains(QLatin1String(junk)), junk);
        QCOMPARE(blocks[4].language, QStringLiteral("tr")); // the unmarked Turkish quote in an English page
        QCOMPARE(blocks[3].language, QStringLiteral("en"));
        QCOMPARE(blocks[2].raw, QStringLiteral("<h2>Keep a notebook</h2>"));
    }

    void structuredBlocksSurviveReprocessing()
    {
        const ImportOutcome r = importFile(m_store, write(QStringLiteral("again.html"), kWebPage), m_lex);
        QVERIFY(r.ok());
        QList<okur::text::TextBlock> old;
        for (const auto &b : m_store.blocks(r.id))
            old.append({b.kind, b.text, b.raw, b.language});
        QString error;
        QVERIFY(m_store.replaceBlocks(r.id, old, 0, &error)); // as if repaired by an older pipeline
        reprocessOutdated(m_store, m_lex, &error);
        const auto blocks = m_store.blocks(r.id);
        QCOMPARE(blocks.size(), old.size());
        QCOMPARE(blocks[2].raw, QStringLiteral("<h2>Keep a notebook</h2>")); // the markup is still the source
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        using okur::test::ZipEntry;
        const QByteArray chapter = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                                   "<h1>One</h1><p>Some text to read in this chapter of the book.</p></body></html>";
        const QByteArray good = okur::test::makeZip(okur::test::epubEntries(chapter));
        QTest::newRow("epub: truncated zip") << write(QStringLiteral("truncated.epub"), good.left(good.size() / 2))
                                             << QStringLiteral("not a readable zip archive");
        auto bomb = okur::test::epubEntries(chapter);
        bomb.append(ZipEntry{"OEBPS/zeros.xhtml", QByteArray(8 * 1024 * 1024, ' ')});
        QTest::newRow("epub: zip bomb (ratio)") << write(QStringLiteral("bomb.epub"), okur::test::makeZip(bomb))
                                                << QStringLiteral("zip bomb");
        auto liar = okur::test::epubEntries(chapter);
        liar.append(ZipEntry{"OEBPS/big.xhtml", "small", true, qint64(3) * 1024 * 1024 * 1024});
        QTest::newRow("epub: zip bomb (declared size)") << write(QStringLiteral("liar.epub"), okur::test::makeZip(liar))
                                                        << QStringLiteral("zip bomb");
        auto drm = okur::test::epubEntries(chapter);
        drm.append(ZipEntry{"META-INF/encryption.xml",
                            "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                            "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                            "<enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>"
                            "<enc:CipherData><enc:CipherReference URI=\"OEBPS/c1.xhtml\"/></enc:CipherData>"
                            "</enc:EncryptedData></encryption>"});
        QTest::newRow("epub: DRM") << write(QStringLiteral("drm.epub"), okur::test::makeZip(drm)) << QStringLiteral("DRM");
        auto noOpf = okur::test::epubEntries(chapter);
        noOpf.removeAt(2);
        QTest::newRow("epub: missing OPF") << write(QStringLiteral("noopf.epub"), okur::test::makeZip(noOpf))
                                           << QStringLiteral("no package document");
        const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                  "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                                  "<body><p>&c;</p></body></html>";
        QTest::newRow("epub: XHTML entity expansion")
            << write(QStringLiteral("laughs.epub"), okur::test::makeZip(okur::test::epubEntries(laughs)))
            << QStringLiteral("entities");
        QTest::newRow("xhtml: entity expansion") << write(QStringLiteral("laughs.xhtml"), laughs) << QStringLiteral("entities");
        QTest::newRow("html: navigation only")
            << write(QStringLiteral("navonly.html"), "<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a></nav>"
                                                     "<footer>© 2025</footer></body></html>")
            << QStringLiteral("no readable text");
        QTest::newRow("zip that is no EPUB")
            << write(QStringLiteral("other.zip"), okur::test::makeZip({ZipEntry{"a.txt", "hello"}}))
            << QStringLiteral("not an EPUB");

        const QString pdf = pdfFromMs(QStringLiteral("forbad"), msSource(false, 2));
        QByteArray bytes = readAll(QStringLiteral("forbad.pdf"));
        QVERIFY(!bytes.isEmpty());
        QByteArray broken = bytes;
        const qsizetype sx = broken.lastIndexOf("startxref");
        broken.replace(sx + 10, 3, "999");
        QTest::newRow("pdf: broken xref") << write(QStringLiteral("brokenxref.pdf"), broken) << QStringLiteral("cross-reference");
        QTest::newRow("pdf: truncated") << write(QStringLiteral("truncated.pdf"), bytes.left(bytes.size() / 2))
                                        << QStringLiteral("cross-reference");
        // A PDF whose page tree is empty, offsets computed here.
        QByteArray zero = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        offsets << zero.size();
        zero += "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
        offsets << zero.size();
        zero += "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
        const qsizetype xref = zero.size();
        zero += "xref\n0 3\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            zero += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        zero += "trailer << /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        QTest::newRow("pdf: no pages") << write(QStringLiteral("zeropages.pdf"), zero) << QStringLiteral("no pages");
        // A page with a drawing and no text: what a scan looks like to a reader.
        write(QStringLiteral("image.ps"), "%!PS\nnewpath 100 100 moveto 300 400 lineto 500 100 lineto closepath fill\n"
                                          "0.5 setgray 200 500 150 150 rectfill showpage\n");
        run(QStringLiteral("ps2pdf"), {QStringLiteral("image.ps"), QStringLiteral("image.pdf")});
        QTest::newRow("pdf: image only") << file(QStringLiteral("image.pdf")) << QStringLiteral("no text layer (scanned?)");
        run(QStringLiteral("ps2pdf"), {QStringLiteral("-sOwnerPassword=owner"), QStringLiteral("-sUserPassword=secret"),
                                       QStringLiteral("forbad.ps"), QStringLiteral("locked.pdf")});
        QTest::newRow("pdf: encrypted") << file(QStringLiteral("locked.pdf")) << QStringLiteral("encrypted");
        Q_UNUSED(pdf);
    }
    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString before = snapshot();
        const ImportOutcome r = importFile(m_store, path, m_lex);
        QVERIFY2(!r.ok(), qPrintable(path));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QCOMPARE(snapshot(), before);
    }

    void contentsMakeHeadings()
    {
        // Three chapters and a nav: a heading set as a paragraph, an epigraph
        // before the real heading, and a chapter with no heading at all.
        auto page = [](const QByteArray &body) {
            return "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>";
        };
        const QByteArray nav = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                               "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><nav epub:type=\"toc\"><ol>"
                               "<li><a href=\"c1.xhtml\">The Start</a><ol><li><a href=\"c2.xhtml#h\">The Middle</a></li></ol></li>"
                               "<li><a href=\"c3.xhtml\">The End</a></li></ol></nav></body></html>";
        auto entries = okur::test::epubEntries(
            page("<p class=\"title\">The Start</p><p>First chapter text.</p>"),
            "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
            "<item id=\"c2\" href=\"c2.xhtml\" media-type=\"application/xhtml+xml\"/>"
            "<item id=\"c3\" href=\"c3.xhtml\" media-type=\"application/xhtml+xml\"/>",
            "<itemref idref=\"nav\"/>");
        // The spine lists c1 last in the helper; put c2 and c3 after it.
        entries[2].data.replace("<itemref idref=\"c1\"/>", "<itemref idref=\"c1\"/><itemref idref=\"c2\"/><itemref idref=\"c3\"/>");
        entries.append({"OEBPS/nav.xhtml", nav});
        entries.append({"OEBPS/c2.xhtml", page("<blockquote>An epigraph.</blockquote><h2 id=\"h\">The Middle</h2><p>Middle text.</p>")});
        entries.append({"OEBPS/c3.xhtml", page("<p>Last chapter text, no heading.</p>")});
        const ImportOutcome r = importFile(m_store, write(QStringLiteral("contents.epub"), okur::test::makeZip(entries)), m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto blocks = m_store.blocks(r.id);
        QStringList got;
        for (const auto &b : blocks)
            got << (b.kind == BlockKind::Heading ? QStringLiteral("# ") : QString()) + b.text;
        QCOMPARE(got, (QStringList{QStringLiteral("# The Start"), QStringLiteral("First chapter text."),
                                   QStringLiteral("An epigraph."), QStringLiteral("# The Middle"), QStringLiteral("Middle text."),
                                   QStringLiteral("# The End"), QStringLiteral("Last chapter text, no heading.")}));
    }

    // A container is read by its bytes, whatever its name says: an EPUB saved as .pdf imports; bytes that are
    // neither, named .epub or .pdf, are refused as such (tst_badinput).
    void misnamedContainerReadByItsBytes()
    {
        const QByteArray chapter = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                                   "<h1>Misnamed</h1><p>An EPUB someone saved with a PDF's name.</p></body></html>";
        const ImportOutcome r = importFile(
            m_store, write(QStringLiteral("misnamed.pdf"), okur::test::makeZip(okur::test::epubEntries(chapter))),
            m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_store.blocks(r.id).first().text, QStringLiteral("Misnamed"));
    }

    void obfuscatedFontsAreNoDrm()
    {
        auto entries = okur::test::epubEntries("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                                               "<p>Readable text in a book with an embedded font.</p></body></html>");
        entries.append(okur::test::ZipEntry{"META-INF/encryption.xml",
                        "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                        "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                        "<enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/>"
                        "<enc:CipherData><enc:CipherReference URI=\"OEBPS/font.otf\"/></enc:CipherData>"
                        "</enc:EncryptedData></encryption>"});
        entries.append(okur::test::ZipEntry{"OEBPS/font.otf", QByteArray(2000, 'x')});
        const ImportOutcome r = importFile(m_store, write(QStringLiteral("fonts.epub"), okur::test::makeZip(entries)), m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_store.blocks(r.id).size(), 1);
    }

    void missingSpineItemIsSkipped()
    {
        const QByteArray chapter = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                                   "<h1>One</h1><p>Some text to read in this chapter of the book.</p></body></html>";
        const auto entries = okur::test::epubEntries(
            chapter, "<item id=\"gone\" href=\"gone.xhtml\" media-type=\"application/xhtml+xml\"/>", "<itemref idref=\"gone\"/>");
        const ImportOutcome r = importFile(m_store, write(QStringLiteral("gap.epub"), okur::test::makeZip(entries)), m_lex);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes.first().contains(QStringLiteral("OEBPS/gone.xhtml")));
        QCOMPARE(m_store.blocks(r.id).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
