// Lemmatisation figures on the Universal Dependencies development sets:
// top-1 and any-analysis shares for content words (see tests/glossary/udlemmas.h).
//   bench_lemmas [--json FILE] [--misses N] [--causes N] [UD_DIR]
// --causes N prints the misses grouped by cause: the gold lemma ranked later (which kind of
// reading won, which kind had the gold lemma) or absent (the gold reading's word ending), N examples a group.
// UD_DIR defaults to tests/data/ud (the UD development sets, copied with their licences).
#include "benchutil.h"
#include "glossary/udlemmas.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <QStandardPaths>
#include <cstdio>

using namespace okur;

namespace {

// The kind of a reading, coarse enough to group misses: the stem's kind and its suffix tags.
QString readingKind(const glossary::Analysis &a)
{
    if (a.segments.isEmpty())
        return QStringLiteral("?");
    const QString label = a.segments.first().label;
    QString kind = label == QLatin1String(okur::glossary::labels::kVerbStem) ? QStringLiteral("V")
        : label == QLatin1String(okur::glossary::labels::kProperNoun)        ? QStringLiteral("NAME")
        : label == QLatin1String(okur::glossary::labels::kUnknownWord)       ? QStringLiteral("UNK")
                                                        : QStringLiteral("N");
    QStringList tags;
    for (qsizetype i = 1; i < a.segments.size(); ++i)
        tags << (a.segments[i].tag.isEmpty() ? QStringLiteral("?") : a.segments[i].tag);
    return tags.isEmpty() ? kind + QStringLiteral(" whole") : kind + u' ' + tags.first() + (tags.size() > 1 ? QStringLiteral("+…") : QString());
}

// Misses grouped by cause, largest group first, with up to `examples` words each.
void printCauses(const glossary::Glossary &g, const QList<udlemmas::Token> &tokens, const QString &language, int examples)
{
    QHash<QString, QStringList> groups;
    for (const udlemmas::Token &t : tokens) {
        const QList<glossary::Analysis> analyses = g.analyze(t.form, language);
        const QString gold = text::foldCase(t.lemma, language);
        const auto rootOf = [&](const glossary::Analysis &a) {
            return text::foldCase(language == QLatin1String("tr") ? udlemmas::rootOf(a) : a.lemma, language);
        };
        qsizetype at = -1;
        for (qsizetype i = 0; i < analyses.size() && at < 0; ++i)
            if (rootOf(analyses[i]) == gold)
                at = i;
        if (at == 0)
            continue;
        QString key;
        QString example = t.form + u' ' + t.upos + u' ' + t.lemma;
        if (at > 0) {
            key = QStringLiteral("later: %1 beat %2").arg(readingKind(analyses.first()), readingKind(analyses[at]));
            example += QStringLiteral(" → ") + rootOf(analyses.first()) + QStringLiteral(" (%1 vs %2)").arg(analyses.first().score).arg(analyses[at].score);
        } else {
            const QString lower = text::foldCase(t.form, language);
            const bool prefix = lower.startsWith(gold);
            key = QStringLiteral("absent: ") + (analyses.isEmpty() ? QStringLiteral("no reading")
                                               : !prefix ? QStringLiteral("gold not a prefix (altered stem)")
                                               : QStringLiteral("ending -") + lower.mid(gold.size()).right(4));
            if (!prefix || lower == gold)
                key = QStringLiteral("absent: ") + (analyses.isEmpty() ? QStringLiteral("no reading") : lower == gold ? QStringLiteral("form is the lemma") : QStringLiteral("gold not a prefix (altered stem)"));
            example += QStringLiteral(" → ") + (analyses.isEmpty() ? QStringLiteral("-") : rootOf(analyses.first()));
        }
        groups[key] << example;
    }
    QStringList keys = groups.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return groups[a].size() != groups[b].size() ? groups[a].size() > groups[b].size() : a < b;
    });
    for (const QString &k : keys) {
        std::printf("  %4d  %s\n", int(groups[k].size()), qPrintable(k));
        for (int i = 0; i < qMin(examples, int(groups[k].size())); ++i)
            std::printf("          %s\n", qPrintable(groups[k][i]));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    QString json;
    int showMisses = 0;
    int showCauses = -1;
    QStringList words; // --word W: print W's analyses and exit
    QString dir = QStringLiteral(OKUR_SOURCE_DIR "/tests/data/ud");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json"))
            json = args.value(++i);
        else if (args[i] == QLatin1String("--word"))
            words << args.value(++i);
        else if (args[i] == QLatin1String("--misses"))
            showMisses = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--causes"))
            showCauses = args.value(++i).toInt();
        else
            dir = args[i];
    }
    QString error;
    // Cold lookup: the dictionaries loaded and a first word answered, as `okur-cli lookup` does.
    QElapsedTimer cold;
    cold.start();
    auto dictionary = std::make_shared<glossary::Dictionary>();
    if (!dictionary->loadBundled(&error)) {
        std::fprintf(stderr, "cannot load the dictionaries: %s\n", qPrintable(error));
        return 1;
    }
    const glossary::Glossary glossary(dictionary);
    glossary.lookup(QStringLiteral("gittim"));
    const double coldMs = cold.nsecsElapsed() / 1e6;
    // And a whole process, to its first answer: the median of five runs of okur-cli beside this binary.
    QList<double> processMs;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/okur-cli");
    for (int i = 0; i < 5 && QFile::exists(cli); ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(cli, {QStringLiteral("lookup"), QStringLiteral("kitaplarımızdan")});
        p.waitForFinished();
        processMs << t.nsecsElapsed() / 1e6;
    }
    std::sort(processMs.begin(), processMs.end());
    std::printf("cold lookup: %.0f ms in process; okur-cli lookup %s ms (median of %d)\n", coldMs,
                processMs.isEmpty() ? "-" : qPrintable(QString::number(processMs[processMs.size() / 2], 'f', 0)), int(processMs.size()));
    for (const QString &w : words) {
        const QString language = w.section(u':', 0, 0).size() == 2 && w.contains(u':') ? w.section(u':', 0, 0) : QStringLiteral("tr");
        const QString word = w.contains(u':') ? w.section(u':', 1) : w;
        for (const glossary::Analysis &a : glossary.analyze(word, language)) {
            QStringList segs;
            for (const glossary::Segment &s : a.segments)
                segs << s.form + (s.tag.isEmpty() ? QString() : u' ' + s.tag);
            std::printf("%s\t%d\t%s\t%s\n", qPrintable(word), a.score, qPrintable(a.lemma), qPrintable(segs.join(u' ')));
        }
    }
    if (!words.isEmpty())
        return 0;
    bench::Results results(QStringLiteral("lemmas"));
    results.add(QStringLiteral("cold lookup in process"), QStringLiteral("ms"), {coldMs});
    if (!processMs.isEmpty())
        results.add(QStringLiteral("cold okur-cli lookup"), QStringLiteral("ms"), {processMs[processMs.size() / 2]});
    const struct {
        const char *name;
        const char *file;
        const char *language;
    } sets[] = {{"UD Turkish IMST dev", "tr_imst-ud-dev.conllu", "tr"},
                {"UD Turkish BOUN dev", "tr_boun-ud-dev.conllu", "tr"},
                {"UD English EWT dev", "en_ewt-ud-dev.conllu", "en"}};
    std::printf("%-22s %7s %7s %7s %9s\n", "set", "tokens", "top-1", "any", "µs/word");
    for (const auto &set : sets) {
        const QList<udlemmas::Token> tokens = udlemmas::readTokens(dir + u'/' + QString::fromUtf8(set.file));
        if (tokens.isEmpty()) {
            std::fprintf(stderr, "cannot read %s/%s\n", qPrintable(dir), set.file);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const udlemmas::Score s = udlemmas::score(glossary, tokens, QString::fromUtf8(set.language));
        const double us = t.nsecsElapsed() / 1e3 / tokens.size();
        std::printf("%-22s %7d %6.1f%% %6.1f%% %9.0f\n", set.name, s.tokens, 100 * s.top1Share(), 100 * s.anyShare(), us);
        for (int i = 0; i < qMin(showMisses, int(s.misses.size())); ++i)
            std::printf("    %s\n", qPrintable(s.misses[i]));
        if (showCauses >= 0)
            printCauses(glossary, tokens, QString::fromUtf8(set.language), showCauses);
        results.add(QString::fromUtf8(set.name) + QStringLiteral(": top-1"), QStringLiteral("%"), {100 * s.top1Share()});
        results.add(QString::fromUtf8(set.name) + QStringLiteral(": any"), QStringLiteral("%"), {100 * s.anyShare()});
    }
    if (!json.isEmpty() && !results.write(json))
        return 1;
    return 0;
}
