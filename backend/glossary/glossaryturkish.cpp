// The glossary's Turkish readings: names before an apostrophe and names the stem list spells with their capital,
// then the morphology's readings; which causatives mean what their bases mean; and the card's first reading of a
// word the curated (Turkish-English) glossary lists whole.
#include "glossary.h"

#include "text/casing.h"
#include "turkishrules.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace okur::glossary {

QList<Analysis> Glossary::analyzeTurkishWord(const QString &word, const QString &lower, const LemmaCheck &known,
                                             const LemmaCheck &headword) const
{
    QList<Analysis> out;
    // Keep a proper name's capital in its lemma.
    const qsizetype apos = lower.indexOf(QRegularExpression(QStringLiteral("['’]")));
    if (apos > 0) {
        // The name first; then the word read without its apostrophe, for
        // a common noun inside a name ("Gülhane Parkı'ndan": park).
        out = analyzeTurkish(word.left(apos) + u'\'' + lower.mid(apos + 1), known, headword);
        QString joined = lower;
        joined.remove(apos, 1);
        for (const Analysis &a : analyzeTurkish(joined, known, headword)) {
            if (a.lemma.compare(out.first().lemma, Qt::CaseInsensitive) != 0) {
                out.append(a);
            }
        }
        // A compound name's head is a common noun with the compound marker
        // ("Gülhane Parkı'ndan", "Türkiye Cumhuriyeti'nin"): that noun is the word's lemma.
        const QString head = compoundNameHead(lower.left(apos), known, headword);
        const auto it = std::find_if(out.begin() + 1, out.end(), [&](const Analysis &a) { return a.root == head; });
        if (!head.isEmpty() && it != out.end()) {
            const Analysis first = *it;
            out.erase(it);
            out.prepend(first);
        }
        return out;
    }
    out = analyzeTurkish(lower, known, headword);
    // A name the word list spells with its capital comes first: Kayseri is no kayser + -i.
    if (Analysis name = listedName(word); !name.lemma.isEmpty()) {
        name.score = out.isEmpty() ? kNameThreshold : qMin(out.first().score, kNameThreshold);
        out.removeIf([&](const Analysis &a) { return a.lemma.compare(name.lemma, Qt::CaseInsensitive) == 0; });
        out.prepend(name);
    }
    // A capitalised word without an apostrophe may be a name (Yeltsin, Yura, Eren):
    // read as itself unless a reading as a common word is a good one.
    if (!word.isEmpty() && word.front().isUpper() && word.size() > 2 && !word.at(1).isUpper()) {
        // The stem list spelling the word in lower case (beynimin, karnımızı) says it is a common word too.
        const bool itself = (headword && (headword(lower) & kInStemList)) ||
                            std::any_of(out.cbegin(), out.cend(), [&](const Analysis &a) { return a.lemma == lower; });
        const bool named =
            std::any_of(out.cbegin(), out.cend(), [&](const Analysis &a) { return a.lemma == word; });
        if (!itself && !named) {
            Analysis a;
            a.lemma = word;
            a.root = word;
            a.segments.append({word, QString(), QString::fromLatin1(labels::kProperNoun)});
            a.score = kNameThreshold;
            // First when no common reading is a good one; else still offered, last:
            // a capital mid-sentence may be a name (Sezer, Aktan, Bursa).
            // A long chain of suffixes is the evidence of a common word, not its cost: a name runs none on
            // without an apostrophe (Yaptıklarınızı, Kuşkudayım).
            const int suffixes = out.isEmpty() ? 0 : int(out.first().segments.size()) - 1;
            if (out.isEmpty() || out.first().score - kNameSuffixAllowance * suffixes > kNameThreshold) {
                out.prepend(a);
            } else {
                a.score = kUnknownScore;
                out.append(a);
            }
        }
    }
    return out;
}

Analysis Glossary::listedName(const QString &word) const
{
    // Title case only: a word in capitals (a heading) or in lower case is no name by its spelling.
    if (word.size() < 3 || !word.front().isUpper() || word.size() > 64 ||
        std::any_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); })) {
        return {};
    }
    loadWordLists();
    const QString tr = QStringLiteral("tr");
    // Spelt with its capital only: Babası, Zirvesi are listed too, and so are babası, zirvesi's stems.
    const auto nameOnly = [&](const QString &name) {
        return m_stems.flags(name) >= 0 && m_stems.flags(text::foldCase(name, tr)) < 0;
    };
    // A name of a place or a people made from a proper name (Ankara-lı, Karadeniz-li, Türk-çe, İslam-cı).
    static const QRegularExpression derivation(QStringLiteral("(?:l[ıiuü]|[cç][ıiuüae])$"));
    const auto derivedName = [&](const QString &name) {
        const QRegularExpressionMatch m = derivation.match(name);
        return m.hasMatch() && name.size() - 2 >= 3 && m_stems.name(name.chopped(2));
    };
    const bool listedWhole = knownRank(text::foldCase(word, tr), tr) > 0;
    for (qsizetype n = word.size(); n >= 3; --n) {
        const QString name = word.left(n);
        if (!nameOnly(name)) {
            continue;
        }
        const QString rest = text::foldCase(word.mid(n), tr);
        // A proper name takes its suffixes after an apostrophe (Bursa'da): bare, or no reading. A name derived
        // from one takes them as a noun does (Akşehirli-ler), unless the whole is a common word (Türk-ü: türkü).
        const bool proper = m_stems.name(name);
        if ((!proper && !derivedName(name)) || (!rest.isEmpty() && (proper || listedWhole))) {
            continue;
        }
        Analysis a = analyzeTurkishName(name, rest);
        // Every letter after the name read as a suffix.
        if (std::any_of(a.segments.cbegin(), a.segments.cend(),
                        [](const Segment &s) { return s.tag.isEmpty() && s.label == QLatin1String(labels::kSuffix); })) {
            continue;
        }
        // A derived name shows what it is made of: Ankara, -lı.
        const Analysis parts = proper ? Analysis() : analyzeTurkishName(name.chopped(2), text::foldCase(name.right(2), tr));
        if (parts.segments.size() == 2 && !parts.segments.last().tag.isEmpty()) {
            a.segments.removeFirst();
            a.segments = parts.segments + a.segments;
        }
        return a;
    }
    return {};
}

bool Glossary::transparentCausative(const QString &infinitive) const
{
    // Asked for every causative-shaped candidate of every word analysed: answered once each, since it reads senses.
    {
        QMutexLocker lock(&m_causativesMutex);
        const auto it = m_causatives.constFind(infinitive);
        if (it != m_causatives.constEnd()) {
            return *it;
        }
    }
    const bool transparent = causativeSharesSense(infinitive);
    QMutexLocker lock(&m_causativesMutex);
    if (m_causatives.size() > 100000) {
        m_causatives.clear();
    }
    m_causatives.insert(infinitive, transparent);
    return transparent;
}

bool Glossary::causativeSharesSense(const QString &infinitive) const
{
    const QString tr = QStringLiteral("tr");
    const QString stem = infinitive.chopped(3);
    QStringList bases;
    // -t after a vowel or an l or r (bekle-t, belir-t); -DIr after anything (genişle-dir, dol-dur).
    if (stem.size() >= 4 && stem.endsWith(u't')) {
        const QString base = stem.chopped(1);
        if (turkish::isVowel(base.back()) || base.endsWith(u'l') || base.endsWith(u'r')) {
            bases << base;
        }
    }
    static const QRegularExpression dir(QStringLiteral("[dt][ıiuü]r$"));
    if (stem.size() >= 5 && dir.match(stem).hasMatch()) {
        bases << stem.chopped(3);
    }
    // The senses as phrases, without the infinitive's "to" ("to wait" is "wait"), and without the verb of being or
    // of making that a state takes: an intransitive's "be in evidence" meets its causative's "evidence" (belirmek,
    // belirtmek), "become warm" meets "warm".
    const auto senses = [&](const QString &verb) {
        static const QLatin1String stateVerbs[] = {QLatin1String("be in "), QLatin1String("be "),
                                                   QLatin1String("become "), QLatin1String("get "),
                                                   QLatin1String("make ")};
        QSet<QString> out;
        for (const Entry &e : m_dictionary->lookup(verb, tr)) {
            for (QString s : e.senses) {
                s = s.trimmed().toLower();
                if (s.startsWith(QLatin1String("to "))) {
                    s = s.mid(3);
                }
                for (const QLatin1String &state : stateVerbs) {
                    if (s.startsWith(state) && s.size() > state.size()) {
                        s = s.mid(state.size());
                        break;
                    }
                }
                if (!s.isEmpty()) {
                    out.insert(s);
                }
            }
        }
        return out;
    };
    for (const QString &base : bases) {
        const QString baseVerb =
            base + (turkish::isBackVowel(turkish::lastVowel(base)) ? QStringLiteral("mak") : QStringLiteral("mek"));
        if (m_dictionary->contains(baseVerb, tr) && senses(infinitive).intersects(senses(baseVerb))) {
            return true;
        }
    }
    return false;
}

// The card shows a word that the curated glossary lists whole, as anything but a verb, first as itself: the reader
// tapped yer "place" or karar "decision". The analyser, which lemmatises for search and is measured on UD, may rank
// another reading first: a bare verb root (the imperative of yermek, kararmak, whose rank takes their roots' uses,
// and those are the noun's) or a verb's form (ye-r, kar-ar). So is an adjective, a predicate's word, with nothing
// after it but a copula and a person: vardır is var "there is" + -dır before varmak "arrive" + causative, vardı
// "there was" before "arrived". Not a noun: geliş-ti, görüş-tü are verbs' (gelişti "developed"), whatever nouns
// the stems are too. A curated verb or noun made from the first reading's verb comes before that reading (below).
// The other readings follow, in the analyser's order.
void Glossary::showCuratedWordFirst(QList<Analysis> *analyses, const QString &word, const QString &language) const
{
    const auto curatedNominal = [&](const QString &lemma) {
        const QStringList curated = m_dictionary->curatedPos(text::foldCase(lemma, language), language);
        return std::any_of(curated.cbegin(), curated.cend(), [](const QString &pos) {
            return !pos.isEmpty() && pos != QLatin1String("verb");
        });
    };
    const auto curatedAdjective = [&](const QString &lemma) {
        return m_dictionary->curatedPos(text::foldCase(lemma, language), language).contains(QStringLiteral("adjective"));
    };
    const auto asWritten = [&](const Analysis &a) {
        return a.segments.first().label != QLatin1String(labels::kVerbStem);
    };
    const QString folded = text::foldCase(word, language);
    auto first = analyses->end();
    if (curatedNominal(folded)) {
        first = std::find_if(analyses->begin(), analyses->end(), [&](const Analysis &a) {
            return a.segments.size() == 1 && asWritten(a) && text::foldCase(a.lemma, language) == folded;
        });
    }
    // A verb's reading first, and a curated adjective's as a predicate after it.
    static const QSet<QString> predicate{QStringLiteral("COP"),      QStringLiteral("PAST.COP"),
                                         QStringLiteral("EVID.COP"), QStringLiteral("COND.COP"),
                                         QStringLiteral("WHILE"),    QStringLiteral("1SG"),
                                         QStringLiteral("2SG"),      QStringLiteral("1PL"),
                                         QStringLiteral("2PL"),      QStringLiteral("3PL")};
    if (first == analyses->end() && !analyses->isEmpty() && !asWritten(analyses->first())) {
        first = std::find_if(analyses->begin(), analyses->end(), [&](const Analysis &a) {
            return a.segments.size() > 1 && asWritten(a) &&
                   std::all_of(a.segments.cbegin() + 1, a.segments.cend(),
                               [](const Segment &s) { return predicate.contains(s.tag); }) &&
                   curatedAdjective(a.lemma);
        });
    }
    // A derived verb the curated glossary lists as a verb of its own, before the reading through its base (UD's
    // lemma: karşılaştıran is karşılaş + -tır + -an, but the card's word is karşılaştırmak "compare", not
    // karşılaşmak "encounter").
    if (first == analyses->end() && !analyses->isEmpty() && !asWritten(analyses->first())) {
        // Not when the first reading already has that lemma (belirtildi: belirtmek, its root belir as UD's).
        const QString base = analyses->first().segments.first().form;
        const QString lemma = analyses->first().lemma;
        first = std::find_if(analyses->begin() + 1, analyses->end(), [&](const Analysis &a) {
            const QString stem = a.segments.first().form;
            return !asWritten(a) && a.lemma != lemma && stem.size() > base.size() && stem.startsWith(base) &&
                   m_dictionary->curatedPos(text::foldCase(a.lemma, language), language).contains(QStringLiteral("verb"));
        });
    }
    // A noun the curated glossary lists whole, made from the verb of the first reading by that reading's next
    // suffix, with the same endings after it: çalışmaları is çalışma "study" + -lar + -ı before çalış + -ma + -lar
    // + -ı (gelişme "development", görüşme "meeting", yarışma "contest").
    // Not a negative verb (çalışmayız, "we do not work", is no "we are a study").
    if (first == analyses->end() && !analyses->isEmpty() && !asWritten(analyses->first()) &&
        analyses->first().segments.size() > 1 && analyses->first().segments.at(1).tag != QLatin1String("NEG")) {
        const QList<Segment> &verb = analyses->first().segments;
        const QString noun = verb.at(0).form + verb.at(1).form.mid(1); // "çalış" + "-ma"
        first = std::find_if(analyses->begin() + 1, analyses->end(), [&](const Analysis &a) {
            if (!asWritten(a) || a.segments.size() != verb.size() - 1 ||
                text::foldCase(a.segments.first().form, language) != text::foldCase(noun, language) ||
                !curatedNominal(a.lemma)) {
                return false;
            }
            for (qsizetype i = 1; i < a.segments.size(); ++i) {
                if (a.segments.at(i).tag != verb.at(i + 1).tag || a.segments.at(i).form != verb.at(i + 1).form) {
                    return false;
                }
            }
            return true;
        });
    }
    if (first != analyses->end() && first != analyses->begin()) {
        std::rotate(analyses->begin(), first, first + 1);
    }
}

} // namespace okur::glossary
