#include "morphology.h"

#include <QSet>
#include <algorithm>

namespace okur::glossary {

namespace {

// Suffix templates in the usual notation: A = a/e, I = ı/i/u/ü, D = d/t,
// C = c/ç; a letter in parentheses appears only after a vowel (consonants)
// or only after a consonant (vowels).
struct Suffix {
    const char16_t *tmpl;
    const char *tag;
    const char *label;
    bool verbal;   // attaches to verb stems
    int slot;      // order inside a word: a suffix follows only lower or equal slots
    int prior;     // extra cost of rare readings (2nd person in an article ...)
    int next = -1; // -1: stays in its phase; 0: makes a noun; 1: makes a verb
};

// Nominal slots: 0 derivation, 1 plural, 2 possessive, 3 case, 4 -ki, 5 copula.
// Verbal slots: 0 voice, 1 negation/ability, 2 tense/aspect, 3 person.
const Suffix kSuffixes[] = {
    {u"(n)In", "GEN", "of (genitive)", false, 3, 0},
    {u"lAr", "PL", "plural", false, 1, 0},
    {u"(s)I", "POSS.3SG", "his/her/its (possessive)", false, 2, 0},
    {u"lArI", "POSS.3PL", "their", false, 2, 1},
    {u"(I)m", "POSS.1SG", "my", false, 2, 3},
    {u"(I)n", "POSS.2SG", "your", false, 2, 4},
    {u"(I)mIz", "POSS.1PL", "our", false, 2, 2},
    {u"(I)nIz", "POSS.2PL", "your (plural)", false, 2, 4},
    {u"(y)I", "ACC", "the (definite object)", false, 3, 1},
    {u"nI", "ACC", "the (definite object, after a possessive)", false, 3, 0},
    {u"(y)A", "DAT", "to (dative)", false, 3, 0},
    {u"nA", "DAT", "to (dative, after a possessive)", false, 3, 0},
    {u"DA", "LOC", "in/at (locative)", false, 3, 0},
    {u"nDA", "LOC", "in/at (locative, after a possessive)", false, 3, 0},
    {u"DAn", "ABL", "from (ablative)", false, 3, 0},
    {u"nDAn", "ABL", "from (ablative, after a possessive)", false, 3, 0},
    {u"(y)lA", "INS", "with/by (instrumental)", false, 3, 0},
    {u"ki", "REL", "the one that is (relative)", false, 4, 1},
    {u"DIr", "COP", "is (copula)", false, 5, 1},
    {u"(y)DI", "PAST.COP", "was", false, 5, 2},
    {u"(y)ken", "WHILE", "while being", false, 5, 1},
    {u"lI", "WITH", "with, having (-ful)", false, 0, 1},
    {u"sIz", "WITHOUT", "without (-less)", false, 0, 1},
    {u"lIK", "NESS", "-ness, -hood (abstract noun)", false, 0, 1},
    {u"CI", "AGENT", "-er, -ist (person)", false, 0, 1},
    {u"sAl", "ADJ", "-al (adjective)", false, 0, 1},
    {u"CA", "EQU", "-ly, in the manner of", false, 0, 2},
    {u"lAş", "BECOME", "become (verb from a noun)", false, 0, 1, 1},
    {u"lA", "VERB", "make a verb from a noun", false, 0, 2, 1},
    {u"(I)l", "PASS", "is done (passive)", true, 0, 1},
    {u"(I)n", "PASS", "is done (passive/reflexive)", true, 0, 2},
    {u"(I)ş", "RECP", "each other (reciprocal)", true, 0, 2},
    {u"DIr", "CAUS", "make do (causative)", true, 0, 1},
    {u"t", "CAUS", "make do (causative)", true, 0, 1},
    {u"mA", "NEG", "not (negation)", true, 1, 2},
    {u"(y)Abil", "ABIL", "can (ability)", true, 1, 1},
    {u"(y)AmA", "NEG.ABIL", "cannot", true, 1, 2},
    {u"(I)yor", "PROG", "is doing (progressive)", true, 2, 0},
    {u"mAktA", "PROG", "is doing (progressive)", true, 2, 0},
    {u"(A)r", "AOR", "does (aorist)", true, 2, 2},
    {u"(I)r", "AOR", "does (aorist)", true, 2, 2},
    {u"DI", "PAST", "did (past)", true, 2, 0},
    {u"mIş", "EVID", "has done, reportedly (evidential)", true, 2, 0},
    {u"(y)AcAK", "FUT", "will (future)", true, 2, 0},
    {u"sA", "COND", "if (conditional)", true, 2, 1},
    {u"mAlI", "NEC", "must (necessity)", true, 2, 1},
    {u"(y)In", "IMP", "do! (polite imperative)", true, 3, 5},
    {u"DIr", "COP", "is (copula)", true, 4, 0},
    {u"(I)m", "1SG", "I", true, 3, 3},
    {u"sIn", "2SG", "you", true, 3, 4},
    {u"(y)Iz", "1PL", "we", true, 3, 3},
    {u"lAr", "3PL", "they", true, 3, 1},
    {u"mAK", "INF", "to (infinitive)", true, 2, 0, 0},
    {u"mA", "VN", "-ing (verbal noun)", true, 2, 0, 0},
    {u"(y)Iş", "VN", "the act of (verbal noun)", true, 2, 1, 0},
    {u"(y)An", "PART", "who/which does (participle)", true, 2, 0, 0},
    {u"DIK", "PART", "that was done (participle)", true, 2, 0, 0},
    {u"(y)ArAk", "ADV", "by doing (converb)", true, 2, 0, 0},
    {u"(y)AcAK", "FUT.PART", "that will be done (participle)", true, 2, 1, 0},
    {u"mAz", "NEG.AOR", "does not (negative aorist)", true, 2, 1},
    {u"z", "NEG.AOR", "does not (negative aorist)", true, 2, 2},
    {u"(y)ken", "WHILE", "while (converb)", true, 5, 0},
    {u"lAr", "3PL", "they", true, 5, 2},
    {u"(y)Ip", "ADV", "and then (converb)", true, 2, 1, 0},
};

bool isVowel(QChar c) { return QStringLiteral("aeıioöuüâîû").contains(c); }
bool isBackVowel(QChar c) { return QStringLiteral("aıouâû").contains(c); }
bool isRounded(QChar c) { return QStringLiteral("oöuüû").contains(c); }
bool isVoiceless(QChar c) { return QStringLiteral("çfhkpsşt").contains(c); }

QChar lastVowel(const QString &s)
{
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (isVowel(s.at(i)))
            return s.at(i);
    }
    return QChar(u'e');
}

// The form a suffix template takes after `stem`; empty when it cannot attach.
// `front` forces front harmony, as loanwords ending in a palatal l or t take
// it (festivaller, rolü, dikkate).
QString realize(const char16_t *tmpl, const QString &stem, bool front = false)
{
    const QString t = QString::fromUtf16(tmpl);
    QString out;
    QString built = stem;
    for (qsizetype i = 0; i < t.size(); ++i) {
        QChar c = t.at(i);
        if (c == u'(') {
            const QChar inner = t.at(i + 1);
            i += 2; // skip the letter and ')'
            const bool stemEndsInVowel = isVowel(built.back());
            const bool innerIsVowel = inner == u'I' || inner == u'A';
            if (innerIsVowel == stemEndsInVowel)
                continue; // buffer not needed
            c = inner;
        }
        QChar v = lastVowel(built);
        if (front && !std::any_of(out.cbegin(), out.cend(), isVowel))
            v = isRounded(v) ? QChar(u'ü') : QChar(u'e');
        QChar r;
        switch (c.unicode()) {
        case u'A': r = isBackVowel(v) ? QChar(u'a') : QChar(u'e'); break;
        case u'I': r = isBackVowel(v) ? (isRounded(v) ? QChar(u'u') : QChar(u'ı')) : (isRounded(v) ? QChar(u'ü') : QChar(u'i')); break;
        case u'D': r = isVoiceless(built.back()) ? QChar(u't') : QChar(u'd'); break;
        case u'C': r = isVoiceless(built.back()) ? QChar(u'ç') : QChar(u'c'); break;
        case u'K': r = QChar(u'k'); break;
        default: r = c;
        }
        out.append(r);
        built.append(r);
    }
    return out;
}

// Stems the dictionary may list: as written, and with the final consonant
// hardened again (gücü → güç, kitabı → kitap).
QStringList stemCandidates(const QString &stem)
{
    QStringList c{stem};
    if (stem.size() < 2)
        return c;
    const QChar last = stem.back();
    const QString head = stem.left(stem.size() - 1);
    if (last == u'c') c << head + u'ç';
    if (last == u'b') c << head + u'p';
    if (last == u'd') c << head + u't';
    if (last == u'ğ') c << head + u'k';
    if (last == u'g') c << head + u'k';
    // A high vowel drops before a vowel-initial suffix: şehri → şehir, ismi → isim.
    if (stem.size() >= 3 && !isVowel(last) && !isVowel(stem.at(stem.size() - 2))) {
        const QChar v = lastVowel(head);
        const QChar high = isBackVowel(v) ? (isRounded(v) ? QChar(u'u') : QChar(u'ı')) : (isRounded(v) ? QChar(u'ü') : QChar(u'i'));
        c << head + high + last;
    }
    return c;
}

struct Search {
    const LemmaCheck &known;
    QList<Analysis> results;
    QSet<QString> seen;
};

} // namespace

QList<Analysis> analyzeTurkish(const QString &input, const LemmaCheck &known)
{
    Search s{known, {}, {}};
    QString word = input;
    word.replace(u'’', u'\'');
    const qsizetype apos = word.indexOf(u'\'');
    if (apos > 0) {
        // A name with its suffixes: the name is the lemma, whatever dictionaries say.
        const QString name = word.left(apos);
        const QString suffixes = word.mid(apos + 1);
        Analysis a;
        a.lemma = name;
        a.segments.append({name, QString(), QStringLiteral("proper noun")});
        QString built = name;
        QString rest = suffixes;
        // Greedy: longest suffix that fits, left to right.
        while (!rest.isEmpty()) {
            int bestLen = 0;
            const Suffix *best = nullptr;
            QString bestForm;
            for (const Suffix &suf : kSuffixes) {
                if (suf.verbal)
                    continue;
                const QString f = realize(suf.tmpl, built.toLower());
                if (!f.isEmpty() && rest.startsWith(f) && (f.size() > bestLen || (best && f.size() == bestLen && suf.prior < best->prior))) {
                    bestLen = int(f.size());
                    best = &suf;
                    bestForm = f;
                }
            }
            if (!best) {
                a.segments.append({QStringLiteral("-") + rest, QString(), QStringLiteral("suffix")});
                break;
            }
            a.segments.append({QStringLiteral("-") + bestForm, QString::fromLatin1(best->tag), QString::fromLatin1(best->label)});
            built += bestForm;
            rest = rest.mid(bestLen);
        }
        return {a};
    }

    // Every split point: stem + a chain of suffixes that realise exactly.
    struct Frame {
        QString built; // stem plus suffixes so far, as realised
        qsizetype pos;
        QList<Segment> chain;
        bool stemVerbal; // the stem is a verb
        bool phaseVerbal; // the suffixes so far leave a verb
        int slot;
        int prior;
    };
    for (qsizetype cut = word.size(); cut >= 2; --cut) {
        const QString stem = word.left(cut);
        QList<Frame> stack{{stem, cut, {}, false, false, 0, 0}, {stem, cut, {}, true, true, 0, 0}};
        while (!stack.isEmpty()) {
            Frame f = stack.takeLast();
            if (f.pos == word.size()) {
                for (const QString &cand : stemCandidates(stem)) {
                    for (bool verbal : {f.stemVerbal}) {
                        QString lemma = cand;
                        if (verbal)
                            lemma += isBackVowel(lastVowel(cand)) ? QStringLiteral("mak") : QStringLiteral("mek");
                        const int rank = known(lemma);
                        if (rank == 0)
                            continue;
                        Analysis a;
                        a.lemma = lemma;
                        a.segments.append({stem, QString(), verbal ? QStringLiteral("verb stem") : QStringLiteral("stem")});
                        a.segments.append(f.chain);
                        a.score = rank * 10 + int(f.chain.size()) * 4 + f.prior * 3 + (verbal ? 1 : 0);
                        s.results.append(a);
                    }
                }
                continue;
            }
            if (f.chain.size() >= 6)
                continue;
            const QString rest = word.mid(f.pos);
            for (const Suffix &suf : kSuffixes) {
                if (suf.verbal != f.phaseVerbal || suf.slot < f.slot)
                    continue;
                if (suf.slot == f.slot && suf.slot > 0 && !f.chain.isEmpty())
                    continue; // one suffix a slot, derivation aside
                QString form = realize(suf.tmpl, f.built);
                if (form.isEmpty())
                    continue;
                if (!rest.startsWith(form) && f.chain.isEmpty() && (f.built.endsWith(u'l') || f.built.endsWith(u't'))) {
                    const QString front = realize(suf.tmpl, f.built, true);
                    if (rest.startsWith(front))
                        form = front;
                }
                if (!rest.startsWith(form) && form.endsWith(u'k')) {
                    // A final k softens to ğ before a vowel: -lık + -ı → -lığı.
                    const QString soft = form.left(form.size() - 1) + u'ğ';
                    if (rest.startsWith(soft) && rest.size() > soft.size() && isVowel(rest.at(soft.size())))
                        form = soft;
                }
                if (!rest.startsWith(form))
                    continue;
                Frame next{f.built + form, f.pos + form.size(), f.chain, f.stemVerbal,
                           suf.next < 0 ? f.phaseVerbal : suf.next == 1, suf.next < 0 ? suf.slot : 0, f.prior + suf.prior};
                if (suf.tag == QByteArrayView("REL"))
                    next.slot = 1; // "-ki" makes a new noun: evdekiler
                next.chain.append({QStringLiteral("-") + form, QString::fromLatin1(suf.tag), QString::fromLatin1(suf.label)});
                stack.append(next);
            }
        }
    }
    std::stable_sort(s.results.begin(), s.results.end(), [](const Analysis &a, const Analysis &b) { return a.score < b.score; });
    // One reading a lemma: the best.
    QList<Analysis> out;
    for (const Analysis &a : s.results) {
        if (!s.seen.contains(a.lemma)) {
            s.seen.insert(a.lemma);
            out.append(a);
        }
    }
    if (out.size() > 4)
        out.resize(4);
    return out;
}

QList<Analysis> analyzeEnglish(const QString &word, const LemmaCheck &known)
{
    struct Rule {
        const char *ending;
        const char *replacement;
        const char *tag;
        const char *label;
    };
    static const Rule rules[] = {
        {"", "", "", ""},
        {"ies", "y", "PL/3SG", "plural or he/she/it"},
        {"es", "", "PL/3SG", "plural or he/she/it"},
        {"s", "", "PL/3SG", "plural or he/she/it"},
        {"ied", "y", "PAST", "past / past participle"},
        {"ed", "", "PAST", "past / past participle"},
        {"ed", "e", "PAST", "past / past participle"},
        {"ing", "", "PROG", "-ing form"},
        {"ing", "e", "PROG", "-ing form"},
        {"er", "", "CMP", "comparative"},
        {"est", "", "SUP", "superlative"},
        {"ier", "y", "CMP", "comparative"},
        {"iest", "y", "SUP", "superlative"},
        {"'s", "", "POSS", "possessive"},
        {"’s", "", "POSS", "possessive"},
    };
    QList<Analysis> out;
    QSet<QString> seen;
    for (const Rule &r : rules) {
        const QString ending = QString::fromUtf8(r.ending);
        if (!word.endsWith(ending) || word.size() - ending.size() < 2)
            continue;
        QString base = word.left(word.size() - ending.size());
        QStringList candidates{base + QString::fromUtf8(r.replacement)};
        // "stopped" → stop: an ending doubles the final consonant.
        if (ending.startsWith(u'e') || ending.startsWith(u'i')) {
            if (base.size() > 2 && base.back() == base.at(base.size() - 2) && !isVowel(base.back()))
                candidates << base.left(base.size() - 1);
        }
        for (const QString &lemma : candidates) {
            const int rank = known(lemma);
            if (rank == 0 || seen.contains(lemma))
                continue;
            seen.insert(lemma);
            Analysis a;
            a.lemma = lemma;
            a.segments.append({lemma, QString(), QStringLiteral("base form")});
            if (!ending.isEmpty())
                a.segments.append({QStringLiteral("-") + ending, QString::fromUtf8(r.tag), QString::fromUtf8(r.label)});
            a.score = rank * 10 + (ending.isEmpty() ? 0 : 4);
            out.append(a);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Analysis &a, const Analysis &b) { return a.score < b.score; });
    return out;
}

} // namespace okur::glossary
