#include "pipeline.h"

#include "decode.h"
#include "furniture.h"
#include "langid.h"
#include "letterrepair.h"
#include "paragraphs.h"
#include "webjunk.h"

#include <QCoreApplication>
#include <QHash>

namespace okur::text {

namespace {

// Short blocks (headings) take the language of the text they introduce.
QStringList blockLanguages(const QList<Paragraph> &paragraphs)
{
    QStringList langs;
    for (const Paragraph &p : paragraphs) {
        langs.append(p.text.size() >= 60 ? detectLanguage(p.text) : QString());
    }
    QString next;
    for (qsizetype i = langs.size() - 1; i >= 0; --i) {
        if (langs[i].isEmpty()) {
            langs[i] = detectLanguage(paragraphs[i].text, next);
        } else {
            next = langs[i];
        }
    }
    for (QString &l : langs) {
        if (l.isEmpty()) {
            l = QStringLiteral("en");
        }
    }
    return langs;
}

} // namespace

PipelineResult processText(const QString &input, const Lexicons &lexicons)
{
    QStringList lines = input.split(u'\n');
    const DocumentMeta meta = extractWebMetadata(lines);
    lines = removePageFurniture(lines);
    const bool wrapped = looksWrapped(lines);
    PipelineResult result = processParagraphs(buildParagraphs(lines), lexicons, wrapped);
    result.meta = meta;
    return result;
}

PipelineResult processParagraphs(const QList<Paragraph> &paragraphs, const Lexicons &lexicons, bool wrapped)
{
    PipelineResult result;
    if (paragraphs.isEmpty()) {
        result.error = QCoreApplication::translate("okur::text", "the file has no text");
        return result;
    }
    const QStringList langs = blockLanguages(paragraphs);

    // Trusted spellings first: headings (an undamaged font) and words with
    // no ambiguous letter, then the split-letter paragraphs, whose spacing
    // tells real ü from false; the rest is repaired with that evidence.
    Evidence evidence;
    QList<bool> done(paragraphs.size(), false);
    QStringList repaired(paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        if (p.kind == BlockKind::Heading) {
            evidence.addText(p.text);
            continue;
        }
        for (const QString &w : p.text.split(u' ', Qt::SkipEmptyParts)) {
            if (!w.contains(u'ü') && !w.contains(u'Ü')) {
                evidence.addText(w);
            }
        }
    }
    if (lexicons.complete()) {
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (detectDamage(paragraphs[i].text, langs[i], lexicons).splitLetters) {
                repaired[i] = repairLetters(paragraphs[i].text, langs[i], lexicons, evidence);
                done[i] = true;
            }
        }
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (done[i]) {
                evidence.addText(repaired[i]);
            }
        }
    }
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (!done[i]) {
            repaired[i] = lexicons.complete() ? repairLetters(paragraphs[i].text, langs[i], lexicons, evidence)
                                              : paragraphs[i].text.simplified();
        }
    }
    // A web page's spacing is its author's; a PDF's stray spaces are extraction's.
    if (wrapped) {
        for (QString &r : repaired) {
            r = tidySpaces(r);
        }
    }

    QHash<QString, int> chars;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        TextBlock b;
        b.kind = paragraphs[i].kind;
        b.text = repaired[i];
        b.raw = paragraphs[i].rawLines.join(u'\n');
        b.language = langs[i];
        if (b.text.isEmpty()) {
            continue;
        }
        chars[b.language] += int(b.text.size());
        result.blocks.append(b);
    }
    result.language = chars.value(QStringLiteral("tr")) > chars.value(QStringLiteral("en")) ? QStringLiteral("tr")
                                                                                             : QStringLiteral("en");
    return result;
}

PipelineResult processBytes(const QByteArray &bytes, const Lexicons &lexicons)
{
    const DecodeResult decoded = decodeUtf8(bytes);
    if (!decoded.ok()) {
        PipelineResult r;
        r.error = decoded.error;
        return r;
    }
    if (decoded.text.trimmed().isEmpty()) {
        PipelineResult r;
        r.error = QCoreApplication::translate("okur::text", "the file is empty");
        return r;
    }
    return processText(decoded.text, lexicons);
}

} // namespace okur::text
