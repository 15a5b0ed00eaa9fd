#include "interlinear.h"

#include "glossary.h"
#include "text/words.h"

#include <QHash>
#include <QRegularExpression>

namespace okur::glossary {

using text::isApostrophe;

namespace {

// English articles and the prepositions Turkish expresses with a case
// suffix: glossed by the category (Leipzig's DEF, INDF, GEN ...), since a
// dictionary gives their rare noun senses ("the ins and outs").
QString functionWordGloss(const QString &lemma, const QString &language)
{
    if (language != QLatin1String("en")) {
        return {};
    }
    static const QHash<QString, QString> table = {
        {QStringLiteral("the"), QStringLiteral("DEF")},  {QStringLiteral("a"), QStringLiteral("INDF")},
        {QStringLiteral("an"), QStringLiteral("INDF")},  {QStringLiteral("of"), QStringLiteral("GEN")},
        {QStringLiteral("in"), QStringLiteral("LOC")},   {QStringLiteral("to"), QStringLiteral("DAT")},
        {QStringLiteral("from"), QStringLiteral("ABL")}, {QStringLiteral("with"), QStringLiteral("INS")}};
    return table.value(lemma.toLower());
}

} // namespace

QString stemGloss(const QString &sense)
{
    static const QRegularExpression notes(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    QString s = sense;
    s.remove(notes);
    s = s.section(QRegularExpression(QStringLiteral("[;,/]")), 0, 0).simplified();
    if (s.startsWith(QLatin1String("to "))) {
        s = s.mid(3);
    }
    s.replace(u' ', u'.');
    return s;
}

QPair<QString, QString> glossWord(const QString &surface, const Analysis &analysis, const QString &stem)
{
    QStringList forms, glosses;
    for (const Segment &seg : analysis.segments) {
        QString f = seg.form;
        if (f.startsWith(u'-')) {
            f.remove(0, 1);
        }
        forms << f;
        if (glosses.isEmpty()) {
            glosses << (stem.isEmpty() ? analysis.lemma : stem);
        } else {
            glosses << (seg.tag.isEmpty() ? f : seg.tag);
        }
    }
    if (forms.isEmpty()) {
        return {surface, stem.isEmpty() ? surface : stem};
    }
    // The morphs spelt as the surface spells them: "Azerbaycan'ın" → Azerbaycan-ın,
    // "gücün" → güc-ün (the analysis's lemma is güç; the morph is what is written).
    // An apostrophe stays only where the morph itself has one (English -'s).
    auto letters = [](const QString &s) {
        QString out;
        for (QChar c : s) {
            if (!isApostrophe(c)) {
                out += c;
            }
        }
        return out;
    };
    // Suffixes are cut from the end, so a stem that changed its last letters
    // keeps the surface's (analyz-ed for analyze + -ed, stud-ies for study + -ies).
    QString rest = letters(surface);
    for (qsizetype i = forms.size() - 1; i >= 1; --i) {
        const QString f = letters(forms[i]);
        if (f.isEmpty() || !rest.endsWith(f, Qt::CaseInsensitive) || rest.size() == f.size()) {
            // Not cut from the surface (an irregular form: are = be + PRS): one
            // morph, its meanings joined by '.', as Leipzig rule 4 writes them.
            return {surface, glosses.join(u'.')};
        }
        forms[i] = (isApostrophe(forms[i].front()) ? QString(forms[i].front()) : QString()) + rest.right(f.size());
        rest.chop(f.size());
    }
    forms[0] = rest;
    return {forms.join(u'-'), glosses.join(u'-')};
}

InterlinearGloss glossSentence(const Glossary &glossary, const QString &sentence, const QString &language)
{
    InterlinearGloss out;
    out.language = language;
    const QList<text::WordSpan> ws = text::words(sentence);
    QStringList lemmas;
    for (const text::WordSpan &w : ws) {
        GlossWord g;
        g.surface = w.text;
        g.start = w.start;
        g.length = w.length;
        const QList<Analysis> analyses =
            w.text.front().isDigit() ? QList<Analysis>() : glossary.analyze(w.text, language);
        if (analyses.isEmpty()) {
            g.lemma = w.text;
            g.segmented = w.text;
            g.gloss = w.text.front().isDigit() ? w.text : QStringLiteral("?");
        } else {
            const Analysis &a = analyses.first();
            g.lemma = a.lemma;
            const QList<Entry> entries = glossary.dictionary().lookup(a.lemma, language);
            QString stem = functionWordGloss(a.lemma, language);
            if (stem.isEmpty() && !entries.isEmpty() && !entries.first().senses.isEmpty()) {
                stem = stemGloss(entries.first().senses.first());
            }
            const auto [segmented, gloss] = glossWord(w.text, a, stem);
            g.segmented = segmented;
            g.gloss = gloss;
        }
        lemmas << glossary.lemmaOf(w.text, language);
        out.words.append(g);
    }
    // The field's multiword terms, longest first, as the reader's lookup finds them.
    for (int i = 0; i < ws.size();) {
        int taken = 1;
        for (int n = qMin(glossary.longestTerm(), 4); n >= 2; --n) {
            if (i + n > ws.size()) {
                continue;
            }
            const QString head = glossary.termOf(lemmas.mid(i, n), language);
            if (head.isEmpty()) {
                continue;
            }
            GlossTerm t;
            t.headword = head;
            const QList<Entry> e = glossary.dictionary().lookup(head, language);
            t.translation = e.isEmpty() || e.first().senses.isEmpty() ? QString() : e.first().senses.first();
            t.first = i;
            t.last = i + n - 1;
            for (int k = i; k < i + n; ++k) {
                out.words[k].term = int(out.terms.size());
            }
            out.terms.append(t);
            taken = n;
            break;
        }
        i += taken;
    }
    return out;
}

} // namespace okur::glossary
