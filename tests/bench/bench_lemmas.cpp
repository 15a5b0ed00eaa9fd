// Lemmatisation figures on the Universal Dependencies development sets:
// top-1 and any-analysis shares for content words (see tests/glossary/udlemmas.h).
//   bench_lemmas [--json FILE] [--misses N] [UD_DIR]
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    QString json;
    int showMisses = 0;
    QStringList words; // --word W: print W's analyses and exit
    QString dir = QStringLiteral(OKUR_SOURCE_DIR "/tests/data/ud");
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json"))
            json = args.value(++i);
        else if (args[i] == QLatin1String("--word"))
            words << args.value(++i);
        else if (args[i] == QLatin1String("--misses"))
            showMisses = args.value(++i).toInt();
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
    const glossary::Glossary glossary(dictionary, text::Lexicons{});
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
        results.add(QString::fromUtf8(set.name) + QStringLiteral(": top-1"), QStringLiteral("%"), {100 * s.top1Share()});
        results.add(QString::fromUtf8(set.name) + QStringLiteral(": any"), QStringLiteral("%"), {100 * s.anyShare()});
    }
    if (!json.isEmpty() && !results.write(json))
        return 1;
    return 0;
}
