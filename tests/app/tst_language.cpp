// The interface language: which translation a setting picks, that the shipped
// Turkish and English (plural) translations say what a translator wrote, that
// dates and numbers follow the language, and that the choice is kept.
#include "appstate.h"
#include "glossary/morphotactics.h"
#include "language.h"
#include "lookupmodel.h"
#include "library/healing.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::app;

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("turkish chosen") << "tr" << "en_US" << "tr";
        QTest::newRow("english chosen") << "en" << "tr_TR" << "en";
        QTest::newRow("system turkish") << "system" << "tr_TR" << "tr";
        QTest::newRow("system british") << "system" << "en_GB" << "en";
        QTest::newRow("system german: not shipped") << "system" << "de_DE" << "en";
        QTest::newRow("system C") << "system" << "C" << "en";
        QTest::newRow("unknown setting follows system") << "klingon" << "tr_TR" << "tr";
    }
    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(resolveLanguage(setting, QLocale(system)), expected);
    }

    void translations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("library title") << "tr" << QByteArray("LibraryPage") << QByteArray("Library") << -1 << "Kitaplık";
        QTest::newRow("vocabulary") << "tr" << QByteArray("VocabularyPage") << QByteArray("Vocabulary") << -1
                                    << "Kelime listesi";
        QTest::newRow("bookmark") << "tr" << QByteArray("ReaderPage") << QByteArray("Bookmarked") << -1
                                  << "Yer imi eklendi";
        QTest::newRow("tr plural") << "tr" << QByteArray("LibraryPage") << QByteArray("%Ln document(s)") << 5 << "5 belge";
        QTest::newRow("tr model text") << "tr" << QByteArray("okur::app::LibraryModel") << QByteArray("%Ln min read") << 3
                                       << "3 dk okuma";
        QTest::newRow("tr C++ message") << "tr" << QByteArray("okur::app::AppState") << QByteArray("Imported %Ln document(s).")
                                        << 2 << "2 belge içe aktarıldı.";
        // The backend's messages the app shows (import refusals).
        QTest::newRow("tr backend message") << "tr" << QByteArray("okur::text") << QByteArray("the file is empty") << -1
                                            << "dosya boş";
        QTest::newRow("tr store message") << "tr" << QByteArray("okur::documents")
                                          << QByteArray("the disk reported an error (%1)") << -1 << "disk bir hata bildirdi (%1)";
        // Qt's own strings (dialog buttons) come with it, from qt6-translations-l10n.
        QTest::newRow("qt dialog button") << "tr" << QByteArray("QPlatformTheme") << QByteArray("Cancel") << -1 << "İptal";
        QTest::newRow("en title stays") << "en" << QByteArray("LibraryPage") << QByteArray("Library") << -1 << "Library";
        QTest::newRow("en singular") << "en" << QByteArray("LibraryPage") << QByteArray("%Ln document(s)") << 1
                                     << "1 document";
        QTest::newRow("en plural") << "en" << QByteArray("LibraryPage") << QByteArray("%Ln document(s)") << 5
                                   << "5 documents";
        QTest::newRow("en zero") << "en" << QByteArray("TimelinePage") << QByteArray("%Ln dated sentence(s)") << 0
                                 << "0 dated sentences";
        // %Ln: counts are written the language's way (thousands grouped with a dot in Turkish).
        QTest::newRow("tr grouping") << "tr" << QByteArray("TimelinePage") << QByteArray("%Ln dated sentence(s)") << 1234
                                     << "1.234 tarihli cümle";
        QTest::newRow("en grouping") << "en" << QByteArray("TimelinePage") << QByteArray("%Ln dated sentence(s)") << 1234
                                     << "1,234 dated sentences";
    }
    void translations()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(installTranslation(language, QLocale(QStringLiteral("en_US"))));
        QCOMPARE(installedLanguage(), language);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("number");
        // Turkish writes day.month.year and a decimal comma, whatever the system says.
        QTest::newRow("tr on a US system") << "tr" << "en_US" << "10.07.2024" << "1.234,5";
        QTest::newRow("tr on a Turkish system") << "tr" << "tr_TR" << "10.07.2024" << "1.234,5";
        // English keeps an English system's own formats, else US ones.
        QTest::newRow("en on a British system") << "en" << "en_GB" << "10/07/2024" << "1,234.5";
        QTest::newRow("en on a Turkish system") << "en" << "tr_TR" << "7/10/24" << "1,234.5";
    }
    void formats()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, date);
        QFETCH(QString, number);
        QVERIFY(installTranslation(language, QLocale(system)));
        QCOMPARE(QLocale().toString(QDate(2024, 7, 10), QLocale::ShortFormat), date);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    }

    // A message made in a backend member function comes out in the language
    // (its tr() context is the one lupdate files it under).
    void backendReportIsTranslated()
    {
        okur::library::OpenReport report;
        report.opened = true;
        report.error = QStringLiteral("x");
        report.setAside = QStringLiteral("/tmp/library.sqlite.damaged");
        report.recoveredDocuments = 3;
        QVERIFY(installTranslation(QStringLiteral("tr")));
        QVERIFY2(report.message().startsWith(QStringLiteral("Kitaplık dosyası hasar görmüştü (x).")), qPrintable(report.message()));
        QVERIFY(installTranslation(QStringLiteral("en")));
        QVERIFY2(report.message().startsWith(QStringLiteral("The library file was damaged (x).")), qPrintable(report.message()));
    }

    // The card's morphology in the interface's language: every label the glossary writes, from its tables
    // (each Turkish suffix, each English ending) and its plain readings, has a Turkish translation.
    void glossaryLabelsAreTranslated()
    {
        using okur::glossary::Segment;
        QList<Segment> segments;
        int count = 0;
        const okur::glossary::turkish::Suffix *table = okur::glossary::turkish::suffixes(&count);
        for (int i = 0; i < count; ++i)
            segments.append({QString(), QString::fromLatin1(table[i].tag), QString::fromLatin1(table[i].label)});
        const auto any = [](const QString &) { return 1; };
        for (const QString &word : {QStringLiteral("studies"), QStringLiteral("walked"), QStringLiteral("walking"),
                                    QStringLiteral("taller"), QStringLiteral("tallest"), QStringLiteral("salesmen"),
                                    QStringLiteral("john's")}) {
            for (const okur::glossary::Analysis &a : okur::glossary::analyzeEnglish(word, any))
                segments.append(a.segments);
        }
        for (const okur::glossary::Analysis &a : okur::glossary::analyzeTurkish(QStringLiteral("Ankara'da"), any))
            segments.append(a.segments);
        for (const char *plain : okur::glossary::labels::kAll)
            segments.append({QString(), QString(), QString::fromLatin1(plain)});
        QVERIFY(segments.size() > count + 10);
        QVERIFY(installTranslation(QStringLiteral("tr")));
        for (const Segment &s : segments)
            QVERIFY2(segmentLabel(s) != s.label, qPrintable(s.label));
        QCOMPARE(segmentLabel({QStringLiteral("yound"), QStringLiteral("TYPO"), QStringLiteral("misspelt: young")}),
                 QStringLiteral("yazım yanlışı: young"));
        QCOMPARE(segmentLabel({QStringLiteral("-den"), QStringLiteral("ABL"), QStringLiteral("from (ablative)")}),
                 QStringLiteral("ayrılma durumu"));
        QVERIFY(installTranslation(QStringLiteral("en")));
        QCOMPARE(segmentLabel({QStringLiteral("-den"), QStringLiteral("ABL"), QStringLiteral("from (ablative)")}),
                 QStringLiteral("from (ablative)"));
    }

    // An entry's part of speech (the curated glossary's, FreeDict's "verb") in the interface's language too.
    void partsOfSpeechAreTranslated()
    {
        QVERIFY(installTranslation(QStringLiteral("tr")));
        for (const char *pos : okur::glossary::kPartsOfSpeech)
            QVERIFY2(partOfSpeechLabel(QString::fromLatin1(pos)) != QLatin1String(pos), pos);
        QCOMPARE(partOfSpeechLabel(QStringLiteral("verb")), QStringLiteral("fiil"));
        QCOMPARE(partOfSpeechLabel(QString()), QString());
        // Every part of speech the curated glossary names is one of them.
        QFile glossary(QStringLiteral(":/okur/glossary/glossary-tr-en.tsv"));
        QVERIFY(glossary.open(QIODevice::ReadOnly));
        const QSet<QString> known(std::cbegin(okur::glossary::kPartsOfSpeech), std::cend(okur::glossary::kPartsOfSpeech));
        int named = 0;
        for (const QByteArray &line : glossary.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (line.startsWith('#') || fields.size() < 3)
                continue;
            QVERIFY2(known.contains(QString::fromUtf8(fields[1])), line.constData());
            ++named;
        }
        QVERIFY(named > 500);
        QVERIFY(installTranslation(QStringLiteral("en")));
        QCOMPARE(partOfSpeechLabel(QStringLiteral("verb")), QStringLiteral("verb"));
    }

    void missingTranslationChangesNothing()
    {
        QVERIFY(installTranslation(QStringLiteral("tr")));
        QVERIFY(!installTranslation(QStringLiteral("de")));
        QVERIFY(!installTranslation(QString()));
        QCOMPARE(installedLanguage(), QStringLiteral("tr"));
        QCOMPARE(QCoreApplication::translate("LibraryPage", "Library"), QStringLiteral("Kitaplık"));
    }

    void settingIsKept()
    {
        QTemporaryDir dir;
        okur::library::Library library(dir.path());
        QVERIFY(library.open());
        {
            AppState state(&library, false);
            QCOMPARE(state.language(), QStringLiteral("system"));
            state.setLanguage(QStringLiteral("tr"));
            QCOMPARE(state.language(), QStringLiteral("tr"));
            QCOMPARE(installedLanguage(), QStringLiteral("tr"));
            state.setLanguage(QStringLiteral("klingon")); // refused, kept
            QCOMPARE(state.language(), QStringLiteral("tr"));
        }
        installTranslation(QStringLiteral("en"));
        {
            // A new start reads the stored choice and installs it before any QML.
            AppState state(&library, false);
            QCOMPARE(state.language(), QStringLiteral("tr"));
            QCOMPARE(installedLanguage(), QStringLiteral("tr"));
            QCOMPARE(QCoreApplication::translate("LibraryPage", "Library"), QStringLiteral("Kitaplık"));
            state.setLanguage(QStringLiteral("en"));
            QCOMPARE(QCoreApplication::translate("LibraryPage", "%Ln document(s)", nullptr, 2), QStringLiteral("2 documents"));
        }
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
