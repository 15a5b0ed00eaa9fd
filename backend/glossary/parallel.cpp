#include "parallel.h"

#include "glossary.h"
#include "text/alignment.h"
#include "text/selection.h"
#include "text/words.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace okur::glossary {

namespace {

// A translation shorter than half its original is a summary (the extended
// abstract beside a whole body), which a sentence alignment cannot follow.
constexpr double kMinLengthRatio = 0.5;

QList<Passage> runs(const QList<text::TextBlock> &blocks)
{
    QList<Passage> out;
    for (int i = 0; i < blocks.size(); ++i) {
        const text::TextBlock &b = blocks[i];
        if (out.isEmpty() || out.last().language != b.language) {
            out.append({b.language, i, 0, 0});
        }
        ++out.last().count;
        out.last().length += int(b.text.size());
    }
    return out;
}

// What a sentence offers as anchors: on the source side each content word's
// translations, on the target side the lemmas it contains.
struct Profile {
    QList<QSet<QString>> sourceWords;
    QSet<QString> targetKeys;
};

// Numbers and acronyms (2020, TÜRKSOY, COVID-19) read the same in both languages.
QString literalKey(const QString &word)
{
    bool digit = false, lower = false;
    for (QChar c : word) {
        digit = digit || c.isDigit();
        lower = lower || c.isLower();
    }
    return (digit || (!lower && word.size() >= 2)) ? QStringLiteral("#") + word.toCaseFolded() : QString();
}

class Anchors {
public:
    /// Anchors of texts in `language`; `asSource`: this side's words are looked up in the dictionary.
    Anchors(const Glossary *g, QString language, QString other, bool asSource)
        : m_glossary(g), m_source(std::move(language)), m_target(std::move(other)), m_asSource(asSource)
    {
    }

    Profile profile(const QString &text)
    {
        Profile p;
        for (const text::WordSpan &w : text::words(text)) {
            const QString literal = literalKey(w.text);
            QSet<QString> translations = m_asSource ? translationsOf(w.text) : QSet<QString>();
            if (!literal.isEmpty()) {
                translations.insert(literal);
            }
            if (m_asSource && !translations.isEmpty()) {
                p.sourceWords.append(translations);
            }
            // The same text read as the target side.
            if (!literal.isEmpty()) {
                p.targetKeys.insert(literal);
            } else if (m_glossary) {
                const QString lemma = m_glossary->lemmaOf(w.text, m_source).toCaseFolded();
                if (!Glossary::isStopword(lemma, m_source)) {
                    p.targetKeys.insert(lemma);
                }
            }
        }
        return p;
    }

private:
    QSet<QString> translationsOf(const QString &word)
    {
        if (!m_glossary) {
            return {};
        }
        const QString lemma = m_glossary->lemmaOf(word, m_source);
        if (Glossary::isStopword(lemma.toCaseFolded(), m_source)) {
            return {};
        }
        auto it = m_cache.constFind(lemma);
        if (it != m_cache.constEnd()) {
            return *it;
        }
        QSet<QString> out;
        const QList<Entry> entries = m_glossary->dictionary().lookup(lemma, m_source);
        // The first three articles, a curated word's parts of speech counted as one (right: doğru, hak).
        QSet<QString> articles;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &entry = entries.at(i);
            const QString article = entry.source == QLatin1String(kCuratedSource)
                                        ? entry.headword + u'\t' + entry.source
                                        : QString::number(i);
            if (!articles.contains(article) && articles.size() == 3) {
                continue;
            }
            articles.insert(article);
            for (const QString &sense : entry.senses) {
                for (const text::WordSpan &w : text::words(sense)) {
                    const QString l = m_glossary->lemmaOf(w.text, m_target).toCaseFolded();
                    if (!Glossary::isStopword(l, m_target)) {
                        out.insert(l);
                    }
                }
            }
        }
        m_cache.insert(lemma, out);
        return out;
    }

    const Glossary *m_glossary;
    QString m_source, m_target;
    bool m_asSource;
    QHash<QString, QSet<QString>> m_cache;
};

// How well the bead's sentences are anchored in each other: for each
// sentence, the share of its content words with a counterpart on the other
// side; the bead is as good as its worst sentence, so a sentence merged into
// a bead it does not belong to (a dropped one) pulls the bead down.
double anchorEvidence(const QList<const Profile *> &source, const QList<const Profile *> &target)
{
    QSet<QString> keys, translations;
    for (const Profile *p : target) {
        keys.unite(p->targetKeys);
    }
    for (const Profile *p : source) {
        for (const QSet<QString> &w : p->sourceWords) {
            translations.unite(w);
        }
    }
    double worst = 1.0;
    bool any = false;
    for (const Profile *p : source) {
        if (p->sourceWords.isEmpty()) {
            continue;
        }
        int matched = 0;
        for (const QSet<QString> &w : p->sourceWords) {
            matched += w.intersects(keys) ? 1 : 0;
        }
        worst = qMin(worst, double(matched) / double(p->sourceWords.size()));
        any = true;
    }
    for (const Profile *p : target) {
        if (p->targetKeys.isEmpty()) {
            continue;
        }
        int matched = 0;
        for (const QString &k : p->targetKeys) {
            matched += translations.contains(k) ? 1 : 0;
        }
        worst = qMin(worst, double(matched) / double(p->targetKeys.size()));
        any = true;
    }
    return any ? worst : 0.0;
}

struct Unit {
    ParallelSentence sentence;
    Profile profile;
};

QList<Unit> sentencesOf(const QList<text::TextBlock> &blocks, int first, int count, Anchors &anchors)
{
    QList<Unit> out;
    for (int b = first; b < first + count; ++b) {
        const text::TextBlock &block = blocks[b];
        const bool heading = block.kind == text::BlockKind::Heading;
        const QList<text::TextSpan> spans = heading ? QList<text::TextSpan>{{0, int(block.text.size())}}
                                                    : text::sentenceSpans(block.text, block.language);
        for (const text::TextSpan &s : spans) {
            Unit u;
            u.sentence = {b, s.start, s.length, block.text.mid(s.start, s.length), heading};
            u.profile = anchors.profile(u.sentence.text);
            out.append(u);
        }
    }
    return out;
}

QList<text::Bead> alignUnits(const QList<Unit> &left, const QList<Unit> &right)
{
    QList<int> ls, rs;
    for (const Unit &u : left) {
        ls.append(int(u.sentence.text.size()));
    }
    for (const Unit &u : right) {
        rs.append(int(u.sentence.text.size()));
    }
    return text::alignByLength(ls, rs, [&](int s, int ns, int t, int nt) {
        QList<const Profile *> a, b;
        for (int i = s; i < s + ns; ++i) {
            a.append(&left[i].profile);
        }
        for (int j = t; j < t + nt; ++j) {
            b.append(&right[j].profile);
        }
        return anchorEvidence(a, b);
    });
}

} // namespace

QList<QPair<Passage, Passage>> translatedPassages(const QList<text::TextBlock> &blocks)
{
    const QList<Passage> rs = runs(blocks);
    struct Candidate {
        int a;
        double ratio;
    };
    QList<Candidate> candidates;
    for (int i = 0; i + 1 < rs.size(); ++i) {
        if (rs[i].language.isEmpty() || rs[i + 1].language.isEmpty()) {
            continue;
        }
        const double lo = qMin(rs[i].length, rs[i + 1].length), hi = qMax(rs[i].length, rs[i + 1].length);
        if (hi > 0 && lo / hi >= kMinLengthRatio) {
            candidates.append({i, lo / hi});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) { return x.ratio > y.ratio; });
    QSet<int> used;
    QList<int> chosen;
    for (const Candidate &c : candidates) {
        if (!used.contains(c.a) && !used.contains(c.a + 1)) {
            used << c.a << c.a + 1;
            chosen.append(c.a);
        }
    }
    std::sort(chosen.begin(), chosen.end());
    QList<QPair<Passage, Passage>> out;
    for (int a : chosen) {
        out.append({rs[a], rs[a + 1]});
    }
    return out;
}

bool hasParallelText(const QList<text::TextBlock> &blocks)
{
    return !translatedPassages(blocks).isEmpty();
}

ParallelText alignDocument(const QList<text::TextBlock> &blocks, const QString &mainLanguage, const Glossary *glossary)
{
    ParallelText out;
    const QList<QPair<Passage, Passage>> pairs = translatedPassages(blocks);
    if (pairs.isEmpty()) {
        return out;
    }
    const QPair<Passage, Passage> &firstPair = pairs.first();
    out.leftLanguage = firstPair.second.language == mainLanguage ? mainLanguage : firstPair.first.language;
    out.rightLanguage =
        out.leftLanguage == firstPair.first.language ? firstPair.second.language : firstPair.first.language;
    // Anchors read the dictionary from Turkish (whose morphology gives the
    // lemmas), so the Turkish side, when there is one, is the source.
    const bool leftIsSource = out.rightLanguage != QLatin1String("tr");
    Anchors leftAnchors(glossary, out.leftLanguage, out.rightLanguage, leftIsSource);
    Anchors rightAnchors(glossary, out.rightLanguage, out.leftLanguage, !leftIsSource);
    for (int p = 0; p < pairs.size(); ++p) {
        Passage l = pairs[p].first, r = pairs[p].second;
        if (l.language != out.leftLanguage) {
            std::swap(l, r);
        }
        if (l.language != out.leftLanguage || r.language != out.rightLanguage) {
            continue; // a third language: not part of this view
        }
        const QList<Unit> ls = sentencesOf(blocks, l.first, l.count, leftAnchors);
        const QList<Unit> rs = sentencesOf(blocks, r.first, r.count, rightAnchors);
        // Paragraphs first, each as the union of its sentences.
        auto paragraphs = [](const QList<Unit> &units) {
            QList<Unit> out;
            QList<QList<int>> members;
            for (int i = 0; i < units.size(); ++i) {
                if (out.isEmpty() || out.last().sentence.block != units[i].sentence.block) {
                    Unit u;
                    u.sentence.block = units[i].sentence.block;
                    out.append(u);
                    members.append(QList<int>());
                }
                Unit &u = out.last();
                u.sentence.text += units[i].sentence.text + u' ';
                u.profile.sourceWords += units[i].profile.sourceWords;
                u.profile.targetKeys.unite(units[i].profile.targetKeys);
                members.last().append(i);
            }
            return QPair<QList<Unit>, QList<QList<int>>>(out, members);
        };
        const auto [lp, lm] = paragraphs(ls);
        const auto [rp, rm] = paragraphs(rs);
        // Named copies: a lambda may not capture structured bindings before C++20 (clang refuses).
        const QList<Unit> &leftParagraphs = lp;
        const QList<Unit> &rightParagraphs = rp;
        const QList<text::Bead> paraBeads = leftIsSource ? alignUnits(lp, rp) : [&] {
            QList<text::Bead> b = alignUnits(rightParagraphs, leftParagraphs);
            for (text::Bead &x : b) {
                x = {x.targetStart, x.targetCount, x.sourceStart, x.sourceCount};
            }
            return b;
        }();
        for (const text::Bead &pb : paraBeads) {
            QList<Unit> lsub, rsub;
            for (int i = pb.sourceStart; i < pb.sourceStart + pb.sourceCount; ++i) {
                for (int k : lm[i]) {
                    lsub.append(ls[k]);
                }
            }
            for (int j = pb.targetStart; j < pb.targetStart + pb.targetCount; ++j) {
                for (int k : rm[j]) {
                    rsub.append(rs[k]);
                }
            }
            QList<text::Bead> beads;
            if (lsub.isEmpty() || rsub.isEmpty()) {
                for (int i = 0; i < lsub.size(); ++i) {
                    beads.append({i, 1, 0, 0});
                }
                for (int j = 0; j < rsub.size(); ++j) {
                    beads.append({0, 0, j, 1});
                }
            } else if (leftIsSource) {
                beads = alignUnits(lsub, rsub);
            } else {
                beads = alignUnits(rsub, lsub);
                for (text::Bead &x : beads) {
                    x = {x.targetStart, x.targetCount, x.sourceStart, x.sourceCount};
                }
            }
            for (const text::Bead &b : beads) {
                ParallelRow row;
                row.passage = p;
                for (int i = b.sourceStart; i < b.sourceStart + b.sourceCount; ++i) {
                    row.left.append(lsub[i].sentence);
                }
                for (int j = b.targetStart; j < b.targetStart + b.targetCount; ++j) {
                    row.right.append(rsub[j].sentence);
                }
                out.rows.append(row);
            }
        }
    }
    return out;
}

} // namespace okur::glossary
