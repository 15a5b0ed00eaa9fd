#include "glossary.h"

#include "englishforms.h"
#include "englishrank.h"
#include "englishspelling.h"
#include "turkishrules.h"
#include "text/casing.h"
#include "text/words.h"

#include <QFile>
#include <QResource>
#include <QScopeGuard>
#include <QSet>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmath>

namespace okur::glossary {

namespace {


// A function word of the curated glossary is chosen on purpose (için, birlikte):
// it is read as itself before any decomposition (iç + -in, birlik + -te).
constexpr int kFixedWordCost = 4;


// Which of an English word's homographs its reading calls for: 1 a verb's (an -ing or past form), -1 a noun's
// or adjective's (a plural, a comparative), 0 either (the base form; -s is a plural or he/she/it).
int verbFormPreference(const Analysis &a)
{
    const QString tag = a.segments.size() > 1 ? a.segments.last().tag : QString();
    if (tag == QLatin1String("PROG") || tag == QLatin1String("PAST")) {
        return 1;
    }
    if (tag == QLatin1String("PL") || tag == QLatin1String("CMP") || tag == QLatin1String("SUP")) {
        return -1;
    }
    return 0;
}

// A capitalised English word (Soviet, Polish, Mark) not opening a sentence is read first as the name its lower-case
// entry gives in one capitalised word (soviet: "meclis; idare meclisi | Sovyet Rusya'da idare meclisi; Sovyet"):
// that sense leads, its group with it; the other groups keep their order.
void nameSenseFirst(Entry *e)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < e->senses.size() && at < 0; ++i) {
        const QString &s = e->senses.at(i);
        // Not an abbreviation in capitals (art: "(kıs.) AB, BA").
        at = s.size() > 1 && s.front().isUpper() && s.at(1).isLower() && !s.contains(u' ') ? i : -1;
    }
    if (at <= 0) {
        return;
    }
    const bool grouped = e->senseGroups.size() == e->senses.size();
    const auto groupOf = [&](qsizetype i) { return grouped ? e->senseGroups.at(i) : 0; };
    QList<qsizetype> order{at};
    for (qsizetype i = 0; i < e->senses.size(); ++i) { // its group's other senses
        if (i != at && groupOf(i) == groupOf(at)) {
            order << i;
        }
    }
    for (qsizetype i = 0; i < e->senses.size(); ++i) { // then the other groups
        if (groupOf(i) != groupOf(at)) {
            order << i;
        }
    }
    QStringList senses;
    QList<int> groups;
    for (const qsizetype i : std::as_const(order)) {
        senses << e->senses.at(i);
        if (grouped) {
            groups << e->senseGroups.at(i);
        }
    }
    e->senses = senses;
    e->senseGroups = groups;
}

// A resource stored uncompressed, as its bytes in place; empty when missing.
QByteArray inPlace(const QString &path)
{
    const QResource r(path);
    if (!r.isValid() || r.compressionAlgorithm() != QResource::NoCompression || !r.data()) {
        return {};
    }
    return QByteArray::fromRawData(reinterpret_cast<const char *>(r.data()), qsizetype(r.size()));
}

} // namespace

Glossary::Glossary(std::shared_ptr<const Dictionary> dictionary) : m_dictionary(std::move(dictionary)) {}

const QHash<QString, QString> &Glossary::terms() const
{
    std::call_once(m_termsOnce, [this] { buildTerms(); });
    return m_terms;
}

void Glossary::buildTerms() const
{
    for (const QString &lang : {QStringLiteral("tr"), QStringLiteral("en")}) {
        // The field's terms come from the curated glossary; FreeDict's phrases are not terms.
        for (const QString &head : m_dictionary->multiwordHeadwords(lang, 0)) {
            QStringList lemmas;
            for (const QString &w : head.split(u' ', Qt::SkipEmptyParts)) {
                lemmas << lemmaOf(w, lang);
            }
            if (lemmas.size() > 1 && lemmas.size() <= 4) {
                m_terms.insert(lang + u'\t' + termKey(lemmas), head);
                m_longestTerm = qMax(m_longestTerm, int(lemmas.size()));
            }
        }
    }
}

QString Glossary::termKey(const QStringList &lemmas) const
{
    return lemmas.join(u' ');
}

void Glossary::loadWordLists() const
{
    std::call_once(m_wordListsOnce, [this] {
        // Both are Qt resources of okurdata; without them analysis still
        // works, with plainer ranking and no English irregular forms.
        // Tables built at build time (okur-lexindex), read in place; built here only when missing.
        m_stems = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/tr-stems.bin")));
        QFile dic(QStringLiteral(":/okur/hunspell/tr_TR.dic"));
        QFile aff(QStringLiteral(":/okur/hunspell/tr_TR.aff"));
        if (m_stems.isEmpty() && dic.open(QIODevice::ReadOnly)) {
            m_stems = StemWeights::fromDic(dic.readAll(), aff.open(QIODevice::ReadOnly) ? aff.readAll() : QByteArray());
        }
        m_enForms = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/en-forms.bin")));
        QFile enAff(QStringLiteral(":/okur/hunspell/en_US.aff"));
        QFile enDic(QStringLiteral(":/okur/hunspell/en_US.dic"));
        if (m_enForms.isEmpty() && enAff.open(QIODevice::ReadOnly) && enDic.open(QIODevice::ReadOnly)) {
            m_enForms = english::formTable(enAff.readAll(), enDic.readAll());
        }
        m_enUsage = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/en-usage.bin")));
        m_enTags = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/en-tags.bin")));
        m_enAdverbs = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/en-adverbs.bin")));
        m_enNames = StemWeights::fromBytes(inPlace(QStringLiteral(":/okur/lexindex/en-names.bin")));
        for (const char *pos : {"verb", "noun", "adj", "adv"}) {
            QFile exc(QStringLiteral(":/okur/wordnet/%1.exc").arg(QLatin1String(pos)));
            if (!exc.open(QIODevice::ReadOnly)) {
                continue;
            }
            for (const QByteArray &line : exc.readAll().split('\n')) {
                const QList<QByteArray> f = line.trimmed().split(' ');
                if (f.size() < 2) {
                    continue;
                }
                QStringList &bases = m_irregular[QString::fromUtf8(f[0]).replace(u'_', u' ')];
                for (qsizetype i = 1; i < f.size(); ++i) {
                    const QString base = QString::fromUtf8(f[i]).replace(u'_', u' ');
                    if (!bases.contains(base) && base != QString::fromUtf8(f[0])) {
                        bases.append(base);
                    }
                }
            }
        }
    });
}

int Glossary::knownRank(const QString &lemma, const QString &language) const
{
    if (lemma.size() < 2) {
        return 0;
    }
    int cost = 0;
    // The curated entries (in memory) say what kind of word it is; the store only whether it is listed, by its
    // keys: reading the store's lines for every candidate lemma kept the whole store resident.
    if (m_dictionary->contains(lemma, language)) {
        // The curated glossary's function words (postpositions, conjunctions, adverbs) are read as themselves.
        static const QStringList fixed{QStringLiteral("postposition"), QStringLiteral("conjunction"),
                                       QStringLiteral("adverb")};
        const QStringList curated = m_dictionary->curatedPos(lemma, language);
        cost = curated.isEmpty() ? 20 : fixed.contains(curated.first()) ? kFixedWordCost : 10;
    }
    if (language == QLatin1String("tr")) {
        loadWordLists();
        int flags = m_stems.flags(lemma);
        // A verb listed by its infinitive is as common as its root's suffixes say; not a noun in -mAk
        // (yaşmak "veil", which takes a plural), whose root's suffixes are another word's (yaş "age").
        if (flags >= 0 && (lemma.endsWith(QLatin1String("mak")) || lemma.endsWith(QLatin1String("mek"))) &&
            !m_stems.takesPlural(lemma)) {
            flags = qMax(flags, m_stems.flags(lemma.chopped(3)));
        }
        if (flags >= 0) {
            // A stem that takes many suffixes is a common one.
            const int c = 32 - int(4 * std::log(1.0 + flags));
            cost = cost ? qMin(cost, c) - 2 : c;
        }
    }
    // Any other form the English word list accepts (reintroduce, amazing): from the
    // prebuilt table of en_US's forms, so a lookup loads no spell checker. A Turkish
    // lemma is a stem of tr_TR.dic or its infinitive, which the stem table answers.
    if (cost == 0 && language == QLatin1String("en")) {
        loadWordLists();
        const int forms = m_enForms.value(lemma.toUtf8());
        cost = forms >= 0 && (forms & english::kAccepted) ? 40 : 0;
    }
    return cost == 0 ? 0 : qMax(cost, 1);
}

namespace {

// The word inside the quotation marks a tokenizer left on it ("Venüs", ''Soslar, 'Oğlum); the word itself when it
// has none, or nothing but them. An apostrophe opens no Turkish word, but opens English clitics ('s, 'em); and
// closes English words (students', goin'): only Turkish loses it, and only in front.
QString withoutQuotes(const QString &word, const QString &language)
{
    static const QString quotes = QStringLiteral("\"“”„«»");
    const bool turkish = language == QLatin1String("tr");
    const auto opening = [&](QChar c) { return quotes.contains(c) || (turkish && (c == u'\'' || c == u'‘' || c == u'’')); };
    qsizetype from = 0;
    qsizetype to = word.size();
    while (from < to && opening(word.at(from))) {
        ++from;
    }
    while (to > from && quotes.contains(word.at(to - 1))) {
        --to;
    }
    const QString inner = word.mid(from, to - from);
    return std::any_of(inner.cbegin(), inner.cend(), [](QChar c) { return c.isLetter(); }) ? inner : word;
}

} // namespace

QList<Analysis> Glossary::analyze(const QString &word, const QString &language) const
{
    const QString inner = withoutQuotes(word, language);
    if (inner.size() != word.size()) {
        return analyze(inner, language);
    }
    const QString cacheKey = language + u'\t' + word;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_cache.constFind(cacheKey);
        if (it != m_cache.constEnd()) {
            return *it;
        }
    }
    QList<Analysis> result = analyzeUncached(word, language);
    QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() > 100000) {
        m_cache.clear();
    }
    m_cache.insert(cacheKey, result);
    return result;
}

QList<Analysis> Glossary::analyzeUncached(const QString &word, const QString &language) const
{
    const QString lower = text::foldCase(word, language);
    const LemmaCheck known = [this, &language](const QString &l) { return knownRank(l, language); };
    // A headword of both the dictionary and hunspell's stem list: FreeDict also lists
    // some inflected forms (geldim, buraya), which the stem list does not.
    const LemmaCheck headword = [this, &language](const QString &l) {
        loadWordLists();
        const bool verb = l.endsWith(QLatin1String("mak")) || l.endsWith(QLatin1String("mek"));
        const bool stem = m_stems.flags(l) >= 0 || (verb && m_stems.flags(l.chopped(3)) >= 0);
        const int listed = (m_dictionary->contains(l, language) ? kInDictionary : 0) | (stem ? kInStemList : 0);
        const QStringList curated = m_dictionary->curatedPos(l, language);
        const bool function =
            curated.contains(QLatin1String("postposition")) || curated.contains(QLatin1String("conjunction"));
        return listed | (m_stems.bound(l) ? kBoundStem : 0) | (m_stems.verbOnly(l) ? kVerbRootOnly : 0) |
               (function ? kFunctionWord : 0) | (verb && m_stems.nounInMak(l) ? kNounOnly : 0) |
               (verb && listed && transparentCausative(l) ? kTransparentCausative : 0);
    };
    QList<Analysis> out;
    if (language == QLatin1String("tr")) {
        out = analyzeTurkishWord(word, lower, known, headword);
    } else {
        out = analyzeEnglishWord(word, lower, known);
    }
    // An unknown capitalised word is a name, its own lemma; any other unknown
    // word is its own lemma too (a misspelling, a code, a rare word), marked so.
    // A letter no list analyses that a dictionary has is that word: the article a, A opening a sentence (a), I (as
    // the dictionary spells it).
    if (out.isEmpty() && !word.isEmpty() && word.size() <= 2048) { // a URL is its own lemma too
        const bool listed = word.size() == 1 && m_dictionary->contains(lower, language);
        const bool name = word.front().isUpper() && !listed;
        const QList<Entry> asWritten = listed ? m_dictionary->lookup(word, language) : QList<Entry>();
        const bool capital =
            std::any_of(asWritten.cbegin(), asWritten.cend(), [&](const Entry &e) { return e.headword == word; });
        Analysis a;
        a.lemma = name || capital ? word : lower;
        a.root = a.lemma;
        a.segments.append({a.lemma, QString(),
                           QString::fromLatin1(name     ? labels::kProperNoun
                                               : listed ? labels::kBaseForm
                                                        : labels::kUnknownWord)});
        a.score = kUnknownScore;
        // An unknown English word in a plain plural -s (audiobooks, Iraqis) is
        // most likely the plural of an unknown singular: that first, the word itself after.
        // A capitalised one only after a consonant: names end in a vowel + s (Hamas, Lourdes, Staikos).
        const bool plural =
            language == QLatin1String("en") && word.size() > 4 && lower.endsWith(u's') &&
            !lower.endsWith(QLatin1String("ss")) && !lower.endsWith(QLatin1String("us")) &&
            !lower.endsWith(QLatin1String("sis")) && !lower.endsWith(QLatin1String("'s")) &&
            (word.front().isLower() || !QStringLiteral("aeiouy").contains(lower.at(lower.size() - 2))) &&
            std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u'-'; });
        if (plural) {
            Analysis p = a;
            p.lemma = a.lemma.chopped(1);
            p.root = p.lemma;
            p.segments = {{p.lemma, QString(), a.segments.first().label},
                          {QStringLiteral("-s"), QStringLiteral("PL"), QStringLiteral("plural")}};
            p.score = kUnknownScore - 1;
            out.append(p);
        }
        out.append(a);
    }
    return out;
}

QString Glossary::lemmaOf(const QString &word, const QString &language) const
{
    const QList<Analysis> a = analyze(word, language);
    return a.isEmpty() ? text::foldCase(word, language) : text::foldCase(a.first().lemma, language);
}

QString briefGloss(const LookupResult &r, int most)
{
    return briefSenses(r.entries, most).join(QStringLiteral("; "));
}

LookupResult Glossary::lookupWord(const QString &word, const QString &language, bool sentenceStart) const
{
    LookupResult r;
    r.query = word;
    r.language = language;
    r.analyses = analyze(word, language);
    r.statusLemma = r.analyses.isEmpty() ? QString() : r.analyses.first().lemma;
    showCuratedWordFirst(&r.analyses, word, language);
    QSet<QString> seen;
    auto addEntries = [&](const QString &headword) {
        for (const Entry &e : m_dictionary->lookup(headword, language)) {
            const QString k = e.headword + u'\t' + e.source + u'\t' + e.pos;
            if (!seen.contains(k)) {
                seen.insert(k);
                r.entries.append(e);
            }
        }
    };
    addEntries(word);
    for (const Analysis &a : r.analyses) {
        addEntries(a.lemma);
    }
    // A British spelling the dictionaries do not list (realise, neighbour) has the American one's entries; an
    // adverb they do not list (recently, quickly), its adjective's (the card names whose they are).
    if (r.entries.isEmpty() && language == QLatin1String("en")) {
        loadWordLists();
    }
    for (qsizetype i = 0; r.entries.isEmpty() && language == QLatin1String("en") && i < r.analyses.size(); ++i) {
        for (const english::Respelling &american : english::americanSpellings(r.analyses.at(i).lemma)) {
            addEntries(american.american);
        }
        const QString adverb = text::foldCase(r.analyses.at(i).lemma, language);
        const int place = m_enAdverbs.value(adverb.toUtf8());
        const QList<Segment> &segments = r.analyses.at(i).segments;
        if (place > 0) {
            addEntries(english::adverbBases(adverb).value(place - 1));
        } else if (segments.size() == 2 && segments.last().tag == QLatin1String("ADV")) {
            addEntries(segments.first().form); // one no list knows, read as its adjective's (resultantly)
        }
    }
    // Entries of the best lemma first, then the surface form's own. Of an English word's homographs, the verb's
    // first when the word is a verb's form (backed, backing), last when a noun's plural or a comparative; an
    // adjective's last when the word reads as a plural or a verb's -s, which no English adjective takes (rights: hak).
    if (!r.analyses.isEmpty()) {
        const QString best = text::foldCase(r.analyses.first().lemma, language);
        const int verbFirst = language == QLatin1String("en") ? verbFormPreference(r.analyses.first()) : 0;
        const QList<Segment> &bestSegments = r.analyses.first().segments;
        const bool plural =
            language == QLatin1String("en") && bestSegments.size() > 1 &&
            (bestSegments.last().tag == QLatin1String("PL") || bestSegments.last().tag == QLatin1String("PL/3SG"));
        std::stable_sort(r.entries.begin(), r.entries.end(), [&](const Entry &a, const Entry &b) {
            const bool ab = text::foldCase(a.headword, language) == best;
            const bool bb = text::foldCase(b.headword, language) == best;
            if (ab != bb) {
                return ab;
            }
            const bool av = a.pos == QLatin1String("verb");
            const bool bv = b.pos == QLatin1String("verb");
            if (verbFirst != 0 && ab && av != bv) {
                return verbFirst > 0 ? av : bv;
            }
            const bool aj = a.pos == QLatin1String("adjective");
            const bool bj = b.pos == QLatin1String("adjective");
            if (plural && ab && aj != bj) {
                return bj;
            }
            return a.rank < b.rank;
        });
    }
    if (language == QLatin1String("en")) {
        orderCuratedHomographs(&r);
    }
    if (language == QLatin1String("en") && !sentenceStart && word.size() > 1 && word.front().isUpper() &&
        !english::allCapitals(word)) {
        for (Entry &e : r.entries) {
            if (e.headword.front().isLower() && e.source.startsWith(QLatin1String("FreeDict"))) {
                nameSenseFirst(&e);
            }
        }
    }
    return r;
}

LookupResult Glossary::lookup(const QString &input, const QString &languageHint) const
{
    const QString query = input.simplified();
    QString language = languageHint;
    if (language.isEmpty()) {
        // Guess: Turkish letters, else whichever language knows the word better.
        bool turkishLetters = false;
        for (const QChar c : query) {
            turkishLetters = turkishLetters || QStringLiteral("ıİşŞğĞçÇöÖüÜ").contains(c);
        }
        if (turkishLetters) {
            language = QStringLiteral("tr");
        } else {
            const QList<Analysis> en = analyze(query.section(u' ', 0, 0), QStringLiteral("en"));
            const QList<Analysis> tr = analyze(query.section(u' ', 0, 0), QStringLiteral("tr"));
            const bool enKnown = !en.isEmpty() && en.first().score < kUnknownScore;
            const bool trKnown = !tr.isEmpty() && tr.first().score < kUnknownScore;
            language = (enKnown && (!trKnown || en.first().score <= tr.first().score)) ? QStringLiteral("en")
                                                                                       : QStringLiteral("tr");
        }
    }
    if (!query.contains(u' ')) {
        return lookupWord(query, language);
    }

    // A phrase: its own entry, or the term its lemmas make, or its head word.
    LookupResult r;
    r.query = query;
    r.language = language;
    r.entries = m_dictionary->lookup(query, language);
    const QString term = termOfWords(query.split(u' '), language);
    if (!term.isEmpty()) {
        r.term = term;
        if (r.entries.isEmpty()) {
            r.entries = m_dictionary->lookup(term, language);
        }
    }
    if (r.entries.isEmpty()) {
        LookupResult last = lookupWord(query.section(u' ', -1), language);
        r.analyses = last.analyses;
        r.entries = last.entries;
    }
    return r;
}

QList<KeyTerm> Glossary::keyTerms(const QList<QPair<QString, QString>> &blocks, int limit) const
{
    QHash<QString, KeyTerm> terms;
    for (int b = 0; b < blocks.size(); ++b) {
        const QString &language = blocks[b].second;
        const QList<text::WordSpan> ws = text::words(blocks[b].first);
        QStringList lemmas;
        for (const text::WordSpan &w : ws) {
            lemmas << lemmaOf(w.text, language);
        }
        for (int i = 0; i < ws.size(); ++i) {
            // Multiword terms of the field, then single content lemmas.
            for (int n = qMin(longestTerm(), 4); n >= 2; --n) {
                if (i + n > ws.size()) {
                    continue;
                }
                const QString head = Glossary::terms().value(language + u'\t' + termKey(lemmas.mid(i, n)));
                if (head.isEmpty()) {
                    continue;
                }
                KeyTerm &t = terms[language + u'\t' + head];
                t.lemma = head;
                t.language = language;
                ++t.count;
                t.occurrences.append({b, ws[i].start, ws[i + n - 1].start + ws[i + n - 1].length - ws[i].start});
            }
            // A compound joined by hyphens counts whole where the dictionary lists it (well-known); else its words
            // count, unless one is a prefix the dictionary lists (post-Soviet: neither post nor soviet), when none
            // does (Azerbaijan-Pakistan: both names).
            const auto [firstPart, lastPart] = text::hyphenatedRun(blocks[b].first, ws, i);
            int end = ws[i].start + ws[i].length;
            QString l = lemmas[i];
            if (lastPart > firstPart) {
                const int compoundEnd = ws[lastPart].start + ws[lastPart].length;
                const QString compound = blocks[b].first.mid(ws[firstPart].start, compoundEnd - ws[firstPart].start);
                if (!m_dictionary->lookup(lemmaOf(compound, language), language).isEmpty()) {
                    if (firstPart < i) {
                        continue;
                    }
                    l = lemmaOf(compound, language);
                    end = compoundEnd;
                } else {
                    bool prefixed = false;
                    for (int p = firstPart; p < lastPart && !prefixed; ++p) {
                        prefixed = !m_dictionary->lookup(ws[p].text + u'-', language).isEmpty();
                    }
                    if (prefixed) {
                        continue;
                    }
                }
            }
            if (isStopword(l, language) || ws[i].text.front().isDigit()) {
                continue;
            }
            KeyTerm &t = terms[language + u'\t' + l];
            t.lemma = l;
            t.language = language;
            ++t.count;
            t.occurrences.append({b, ws[i].start, end - ws[i].start});
        }
    }
    QList<KeyTerm> out;
    for (KeyTerm &t : terms) {
        const QList<Entry> e = m_dictionary->lookup(t.lemma, t.language);
        if (e.isEmpty()) {
            continue; // a key term the reader can study has a meaning to show
        }
        t.senses = briefSenses(e, 3);
        t.lemma = e.first().headword; // as the dictionary writes it: "Azerbaycan", not "azerbaycan"
        out.append(t);
    }
    std::sort(out.begin(), out.end(), [](const KeyTerm &a, const KeyTerm &b) {
        const bool am = a.lemma.contains(u' '), bm = b.lemma.contains(u' ');
        const int wa = a.count * (am ? 3 : 1), wb = b.count * (bm ? 3 : 1); // terms are rarer, and worth more
        return wa != wb ? wa > wb : a.lemma < b.lemma;
    });
    if (out.size() > limit) {
        out.resize(limit);
    }
    return out;
}

} // namespace okur::glossary
