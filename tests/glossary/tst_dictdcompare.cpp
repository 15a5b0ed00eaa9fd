// Compares Okur's converted FreeDict tur-eng dictionary with what the
// reference `dict` client returns from a real dictd that the test starts on
// 127.0.0.1 with the same system dictd files: no sense lost, numbered senses
// kept in their groups, spaces kept, homographs apart.
#include "glossary/dictionary.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace okur::glossary;

namespace {

// One definition as `dict` shows it: headword and numbered sense groups.
struct Definition {
    QString headword;
    QList<QStringList> groups;
};

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                 QStringLiteral("/sbin"), QStringLiteral("/bin")});
}

// A port nobody listens on now: the kernel picks it for a socket we close.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = -1;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// `dict` output: "From ... [fd-tur-eng]:", a blank line, "  headword /ipa/",
// then the sense lines ("  1. a, b" or "  a, b").
QList<Definition> parseDictOutput(const QString &out)
{
    static const QRegularExpression numberedLine(QStringLiteral("^\\d+\\.\\s*(.*)$"));
    QList<Definition> defs;
    bool expectHead = false;
    for (const QString &raw : out.split(u'\n')) {
        if (raw.startsWith(QLatin1String("From "))) {
            defs.append(Definition());
            expectHead = true;
            continue;
        }
        const QString line = raw.trimmed();
        if (defs.isEmpty() || line.isEmpty())
            continue;
        if (expectHead) {
            defs.last().headword = line.section(QStringLiteral(" /"), 0, 0).trimmed();
            expectHead = false;
            continue;
        }
        const auto m = numberedLine.match(line);
        QStringList group;
        for (const QString &e : (m.hasMatch() ? m.captured(1) : line).split(u',', Qt::SkipEmptyParts))
            group << e.trimmed();
        defs.last().groups.append(group);
    }
    return defs;
}

QString squeeze(QString s)
{
    s.remove(u' ').remove(u'-');
    return s;
}

} // namespace

class TestDictdCompare : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_dictd;
    int m_port = -1;
    Dictionary m_dict;

    QString dictOutput(const QString &word, const QString &database = QStringLiteral("fd-tur-eng"))
    {
        QProcess p;
        p.start(findTool(QStringLiteral("dict")), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                   QString::number(m_port), QStringLiteral("-d"), database, word});
        if (!p.waitForFinished(10000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Why a definition disagrees, or empty when Okur has it all.
    QString disagreement(const Definition &d, int *restored)
    {
        const QList<Entry> entries = m_dict.lookup(d.headword, QStringLiteral("tr"));
        const auto e = std::find_if(entries.cbegin(), entries.cend(), [&](const Entry &x) {
            return x.headword == d.headword && x.source == QLatin1String("FreeDict tur-eng");
        });
        if (e == entries.cend())
            return QStringLiteral("no entry spelt %1").arg(d.headword);
        QSet<QString> theirs;
        for (qsizetype g = 0; g < d.groups.size(); ++g) {
            for (const QString &x : d.groups[g]) {
                theirs.insert(squeeze(x));
                qsizetype i = 0;
                while (i < e->senses.size() && squeeze(e->senses[i]) != squeeze(x))
                    ++i;
                if (i == e->senses.size())
                    return QStringLiteral("lost \"%1\"").arg(x);
                if (x.contains(u' ') && e->senses[i] != x)
                    return QStringLiteral("spaces lost: \"%1\" for \"%2\"").arg(e->senses[i], x);
                if (e->senses[i] != x)
                    ++*restored;
                // Unnumbered articles have one group; numbered ones keep their numbers.
                const int group = e->senseGroups.value(i, -1);
                if (d.groups.size() > 1 && group != int(g) + 1)
                    return QStringLiteral("\"%1\" in sense %2, not %3").arg(x).arg(group).arg(g + 1);
            }
        }
        for (const QString &s : e->senses) {
            if (!theirs.contains(squeeze(s)))
                return QStringLiteral("\"%1\" is not %2's (homographs merged?)").arg(s, d.headword);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dictd = findTool(QStringLiteral("dictd"));
        QVERIFY2(!dictd.isEmpty() && !findTool(QStringLiteral("dict")).isEmpty(),
                 "dictd and dict are missing: run scripts/setup.sh");
        QVERIFY(m_dir.isValid());
        // dictd run by root drops to its own user, which must write the log.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        QFile conf(m_dir.filePath(QStringLiteral("dictd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("global {\n}\ndatabase fd-tur-eng {\n  data \"%1/freedict-tur-eng.dict.dz\"\n"
                                  "  index \"%1/freedict-tur-eng.index\"\n}\n"
                                  "database fd-eng-tur {\n  data \"%1/freedict-eng-tur.dict.dz\"\n"
                                  "  index \"%1/freedict-eng-tur.index\"\n}\n")
                       .arg(QStringLiteral(OKUR_DICTD_DIR))
                       .toUtf8());
        conf.close();
        m_port = freePort();
        QVERIFY(m_port > 0);
        m_dictd.setProcessChannelMode(QProcess::MergedChannels);
        m_dictd.start(dictd, {QStringLiteral("--config"), conf.fileName(), QStringLiteral("--pid-file"),
                              m_dir.filePath(QStringLiteral("dictd.pid")), QStringLiteral("-L"),
                              m_dir.filePath(QStringLiteral("dictd.log")), QStringLiteral("-p"), QString::number(m_port),
                              QStringLiteral("--listen-to"), QStringLiteral("127.0.0.1"), QStringLiteral("--locale"),
                              QStringLiteral("C.UTF-8"), QStringLiteral("-d"), QStringLiteral("nodetach")});
        QVERIFY2(m_dictd.waitForStarted(5000), qPrintable(m_dictd.errorString()));
        for (int i = 0; i < 400 && !accepts(m_port) && m_dictd.state() == QProcess::Running; ++i)
            QThread::msleep(50);
        QVERIFY2(accepts(m_port), m_dictd.readAll().constData());
        QString error;
        QVERIFY2(m_dict.loadBundled(&error), qPrintable(error));
        // To measure another build's store (before → after figures): OKUR_DICTCOMPARE_STORE=FILE.
        if (const QString other = qEnvironmentVariable("OKUR_DICTCOMPARE_STORE"); !other.isEmpty()) {
            QFile f(other);
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_dict.loadStore(f.readAll());
        }
    }

    void cleanupTestCase()
    {
        // Also after a failed check: Qt Test runs this whenever initTestCase started.
        if (m_dictd.state() != QProcess::NotRunning) {
            m_dictd.terminate();
            if (!m_dictd.waitForFinished(3000)) {
                m_dictd.kill();
                m_dictd.waitForFinished(3000);
            }
        }
    }

    void hardCases_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("definitions"); // how many `dict` finds (homographs count apart)
        for (const char *w : {"iş", "almak", "olmak", "kullanmak", "atom", "atlas", "Ankara", "Amerika", "Anadolu"})
            QTest::newRow(w) << QString::fromUtf8(w) << 1;
        QTest::newRow("bir: a, an") << QStringLiteral("bir") << 1;
        QTest::newRow("Mısır/mısır") << QStringLiteral("Mısır") << 2;
        QTest::newRow("Çek/çek") << QStringLiteral("Çek") << 2;
    }
    void hardCases()
    {
        QFETCH(QString, word);
        QFETCH(int, definitions);
        const QList<Definition> defs = parseDictOutput(dictOutput(word));
        QCOMPARE(defs.size(), definitions);
        int restored = 0;
        for (const Definition &d : defs)
            QVERIFY2(disagreement(d, &restored).isEmpty(), qPrintable(d.headword + QStringLiteral(": ") + disagreement(d, &restored)));
    }

    // The issue's findings, against what an English reader knows the phrases to be.
    void issueFindings_data()
    {
        QTest::addColumn<QString>("headword");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("present");    // a sense the entries must have ...
        QTest::addColumn<int>("within");         // ... among the first `within` of one entry
        QTest::addColumn<QString>("absent");     // a sense no entry may have
        const QString tr = QStringLiteral("tr"), en = QStringLiteral("en");
        QTest::newRow("lay hold of") << "almak" << tr << "lay hold of" << 100 << "layholdof";
        QTest::newRow("make use of") << "kullanmak" << tr << "make use of" << 100 << "makeuseof";
        QTest::newRow("come about") << "olmak" << tr << "come about" << 100 << "comeabout";
        QTest::newRow("United States of America") << "Amerika" << tr << "United States of America" << 100 << "";
        QTest::newRow("job within three") << "iş" << tr << "job" << 3 << "";
        QTest::newRow("work first") << "iş" << tr << "work" << 3 << "";
        QTest::newRow("a, an") << "bir" << tr << "a" << 3 << "antonomasia";
        QTest::newRow("bir: no autochthon") << "bir" << tr << "one" << 3 << "autochthon";
        QTest::newRow("âla: no spankiny") << "âla" << tr << "" << 100 << "spankiny";
        QTest::newRow("go-between") << "go-between" << en << "aracı" << 3 << "";
        QTest::newRow("well-to-do") << "well-to-do" << en << "zengin" << 3 << "";
        QTest::newRow("document, documentary") << "documentary" << en << "belge" << 3 << "";
        QTest::newRow("corn is not Egypt") << "mısır" << tr << "corn" << 3 << "Egypt";
        // Labels the source glued into words, taken out again ("(sig.)orta" for sigorta).
        QTest::newRow("insurance is sigorta") << "insurance" << en << "sigorta" << 1 << "orta";
        QTest::newRow("cigarette is sigara") << "cigarette" << en << "sigara" << 1 << "ara";
        QTest::newRow("dressing is a headword") << "dressing" << en << "pansuman" << 6 << "";
        QTest::newRow("orta is no insurance") << "orta" << tr << "middle" << 3 << "insurance";
        QTest::newRow("ara is no cigarette") << "ara" << tr << "" << 100 << "cigarette";
        QTest::newRow("sigorta is insurance") << "sigorta" << tr << "insurance" << 1 << "";
    }

    // Function words WordNet has no lemma for are counted by the treebank in FreeDict's inverted articles: ile had
    // been con and cum, with no "with"; için pro, as and after; bu "hurrah" alone. They gain no more than a word
    // WordNet counts a few times: dişi stays "female" before "she". (The curated glossary, which the card shows
    // first, is left out here.)
    void functionWordsInverted_data()
    {
        QTest::addColumn<QString>("headword");
        QTest::addColumn<QString>("first");
        QTest::newRow("ile") << "ile"
                             << "with";
        QTest::newRow("için") << "için"
                              << "for";
        QTest::newRow("-dan") << "-dan"
                              << "from";
        QTest::newRow("bu") << "bu"
                            << "this";
        QTest::newRow("dişi") << "dişi"
                              << "female";
    }
    void functionWordsInverted()
    {
        QFETCH(QString, headword);
        QFETCH(QString, first);
        QStringList firsts;
        for (const Entry &e : m_dict.lookup(headword, QStringLiteral("tr"))) {
            if (e.source == QLatin1String("FreeDict eng-tur")) {
                firsts << e.senses.value(0);
            }
        }
        QVERIFY2(firsts.contains(first), qPrintable(firsts.join(u',')));
    }
    void issueFindings()
    {
        QFETCH(QString, headword);
        QFETCH(QString, language);
        QFETCH(QString, present);
        QFETCH(int, within);
        QFETCH(QString, absent);
        const QList<Entry> entries = m_dict.lookup(headword, language);
        QVERIFY(!entries.isEmpty());
        bool found = present.isEmpty();
        for (const Entry &e : entries) {
            found = found || e.senses.mid(0, within).contains(present);
            QVERIFY2(absent.isEmpty() || !e.senses.contains(absent), qPrintable(e.senses.join(u',')));
        }
        QVERIFY2(found, qPrintable(headword + QStringLiteral(": no ") + present));
    }

    void sampleAgrees()
    {
        // Every 7th headword of the index: ~150 of 1,026, spread over the alphabet.
        QFile index(QStringLiteral(OKUR_DICTD_DIR "/freedict-tur-eng.index"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QStringList sample;
        int n = 0;
        while (!index.atEnd()) {
            const QString head = QString::fromUtf8(index.readLine()).section(u'\t', 0, 0);
            if (!head.startsWith(QLatin1String("00")) && n++ % 7 == 0 && !sample.contains(head))
                sample << head;
        }
        int total = 0, agree = 0, restored = 0;
        QStringList misses;
        for (const QString &word : std::as_const(sample)) {
            for (const Definition &d : parseDictOutput(dictOutput(word))) {
                ++total;
                const QString why = disagreement(d, &restored);
                if (why.isEmpty())
                    ++agree;
                else
                    misses << d.headword + QStringLiteral(": ") + why;
            }
        }
        const double share = total ? 100.0 * agree / total : 0;
        qInfo("dict vs Okur: %d of %d definitions agree (%.1f%%), %d equivalents with spaces restored", agree, total,
              share, restored);
        for (const QString &m : std::as_const(misses))
            qInfo("  %s", qPrintable(m));
        QVERIFY(total >= 100);
        // What may differ by design: equivalents the converter judges noise (markup,
        // digits, more than four words). FreeDict tur-eng has few; 97% leaves room
        // for those and catches any rule that loses or merges senses wholesale.
        QVERIFY2(share >= 97.0, qPrintable(misses.join(u'\n')));
    }

    // eng-tur's articles run their senses into phrases ("orgazma varmak.come about olmak, vaki olmak"). Against
    // what `dict` shows of a sample of its headwords: each sense Okur gives the headword is text of its articles
    // (those the index files under it, or under it and a variant, "upward upwards", "lugsaillug", and those they
    // refer to, "(bak.) lickerish"), and none is a phrase's (the headword inside it) or two sentences glued at a stop.
    void engTurSensesAreTheArticles()
    {
        QFile index(QStringLiteral(OKUR_DICTD_DIR "/freedict-eng-tur.index"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QStringList keys, sample;
        while (!index.atEnd()) {
            const QString head = QString::fromUtf8(index.readLine()).section(u'\t', 0, 0);
            if (!head.startsWith(QLatin1String("00")))
                keys << head;
        }
        // Every 150th single word, and the articles the converter was wrong on.
        for (qsizetype n = 0; n < keys.size(); n += 150) {
            if (!keys[n].contains(u' '))
                sample << keys[n];
        }
        sample << QStringLiteral("come") << QStringLiteral("adequate") << QStringLiteral("evidence")
               << QStringLiteral("alchemy") << QStringLiteral("affable") << QStringLiteral("light");
        // Compared without spaces, stops, brackets and hyphens: labels come out ("gümrüğe (mal.) beyannamesi
        // vermek") and glued ones give their letters back ("takip e(den.)" is "takip eden").
        static const QRegularExpression noise(QStringLiteral("[\\s.()\\-]"));
        static const QRegularExpression glued(QStringLiteral("\\p{L}{2}\\.\\p{L}"));
        static const QRegularExpression reference(QStringLiteral("\\(bak\\.\\)\\s*([\\w-]+)"));
        int senses = 0, lost = 0, comparable = 0;
        QStringList wrong, unlisted;
        for (const QString &word : std::as_const(sample)) {
            QString articles, own;
            for (const QString &k : std::as_const(keys)) {
                // The index lost the separators of some ("lugsaillug" for "lugsail, lug").
                if (k.split(u' ').contains(word) || (word.size() >= 3 && k.size() > 2 * word.size() && k.startsWith(word) && k.endsWith(word))) {
                    const QString out = dictOutput(k, QStringLiteral("fd-eng-tur"));
                    own += k == word ? out : QString();
                    articles += out;
                }
            }
            QVERIFY2(articles.contains(QLatin1String("fd-eng-tur")), qPrintable(word));
            QStringList referred;
            for (auto it = reference.globalMatch(articles); it.hasNext();) {
                const QString target = it.next().captured(1);
                if (!target.startsWith(u'-') && !referred.contains(target))
                    referred << target;
            }
            // What "(kıs.)" expands, in English, is followed too ("st: (kıs.) Saint, Street": aziz, cadde).
            static const QRegularExpression expanded(QStringLiteral("\\(kıs\\.\\)([^\\n]*)"));
            for (auto it = expanded.globalMatch(articles); it.hasNext();) {
                for (QString target : it.next().captured(1).split(QRegularExpression(QStringLiteral("[,.]")))) {
                    target = target.trimmed();
                    static const QRegularExpression words(QStringLiteral("^[A-Za-z' ]+$"));
                    if (words.match(target).hasMatch() && !referred.contains(target))
                        referred << target;
                }
            }
            for (const QString &target : std::as_const(referred))
                articles += dictOutput(target, QStringLiteral("fd-eng-tur"));
            articles.remove(noise);
            bool found = false;
            for (const Entry &e : m_dict.lookup(word, QStringLiteral("en"))) {
                if (e.source != QLatin1String("FreeDict eng-tur") || e.headword.compare(word, Qt::CaseInsensitive) != 0)
                    continue;
                found = true;
                for (const QString &s : e.senses) {
                    if (s.startsWith(QStringLiteral("→ ")))
                        continue; // a reference the converter could not follow, shown as one
                    ++senses;
                    // A name may have its own name in it: Cepheus takımyıldızı.
                    const bool leaked = !s.front().isUpper() && s.split(u' ').contains(word, Qt::CaseInsensitive) &&
                                        s.compare(word, Qt::CaseInsensitive) != 0;
                    // As the source wrote it: a suffix bare ("nin", Okur's "-nin"), the capital İ lost (ingiliz).
                    QString source = QString(s).remove(noise);
                    if (source.startsWith(u'-') && !articles.contains(source))
                        source.remove(0, 1);
                    if (!articles.contains(source))
                        source.replace(u'İ', u'i');
                    if (!articles.contains(source) || leaked || glued.match(s).hasMatch())
                        wrong << word + QStringLiteral(": ") + s;
                }
            }
            // No headword lost: cutting a sense never takes all of an article. Not counted: an article that only
            // refers ("(bak.) cayman") or whose own headword line differs from the index's key (camp-site, oct.).
            const QList<Definition> defs = parseDictOutput(own);
            // The converter restores the separators the source lost (basrelief is filed as "bas relief"): found
            // through its first equivalent, whose Turkish entry names it.
            for (const Definition &d : defs) {
                QString first = d.groups.value(0).value(0);
                first = first.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)"))).remove(u'.').simplified();
                for (const Entry &e : m_dict.lookup(first, QStringLiteral("tr"))) {
                    for (const QString &sense : e.senses)
                        found = found || squeeze(sense).compare(word, Qt::CaseInsensitive) == 0;
                }
            }
            const bool sameHead = std::any_of(defs.cbegin(), defs.cend(), [&](const Definition &d) { return d.headword == word; });
            if (sameHead && !articles.contains(QLatin1String("bak"))) {
                ++comparable;
                if (!found) {
                    ++lost;
                    unlisted << word;
                }
            }
        }
        qInfo("dict fd-eng-tur vs Okur: %d senses of %lld headwords, %lld wrong", senses, qlonglong(sample.size()),
              qlonglong(wrong.size()));
        qInfo("%d of %d headwords without an entry: %s", lost, comparable, qPrintable(unlisted.join(u' ')));
        QVERIFY(senses >= 500);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // What is missing by design: an article whose every equivalent is markup or a description of more than four
        // words (erudition, igloo, postilion), 15 of 222 here and 16 in session 23's store. A rule that cut
        // articles away wholesale would show far more.
        QVERIFY2(lost * 100 <= comparable * 7, qPrintable(unlisted.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestDictdCompare)
#include "tst_dictdcompare.moc"
