// Starts the real app offscreen at phone and desktop size, grabs the window
// and checks that document text was drawn.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Rows of the image that carry ink: text lines show as many such rows.
int inkRows(const QImage &img, int fromY)
{
    const QRgb bg = img.pixel(img.width() - 2, img.height() - 2);
    int rows = 0;
    for (int y = fromY; y < img.height(); ++y) {
        int ink = 0;
        for (int x = 0; x < img.width(); x += 2) {
            const QRgb p = img.pixel(x, y);
            if (qAbs(qGray(p) - qGray(bg)) > 80)
                ++ink;
        }
        rows += ink > 3 ? 1 : 0;
    }
    return rows;
}
} // namespace

class TestScreenshot : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void renders_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("page");
        QTest::newRow("phone reader") << "390x844" << "kultur-dijital-diplomasi" << "light" << "";
        QTest::newRow("desktop reader") << "1280x800" << "cultural-diplomacy-post-soviet" << "dark" << "";
        // The reader above is reopened at start-up, alone on the stack: going
        // back makes the library.
        QTest::newRow("phone library") << "390x844" << "" << "sepia" << "library";
        QTest::newRow("desktop library") << "1280x800" << "" << "light" << "library";
    }
    void renders()
    {
        QFETCH(QString, size);
        QFETCH(QString, document);
        QFETCH(QString, theme);
        QFETCH(QString, page);
        const QString shot = m_dir.filePath(QStringLiteral("%1-%2.png").arg(size, document.isEmpty() ? QStringLiteral("library") : document));
        QStringList args = {QStringLiteral("--library"), m_dir.filePath(QStringLiteral("lib")), QStringLiteral("--size"), size,
                            QStringLiteral("--theme"), theme, QStringLiteral("--screenshot"), shot};
        if (!document.isEmpty())
            args << QStringLiteral("--open") << document;
        if (!page.isEmpty())
            args << QStringLiteral("--page") << page;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(OKUR_BIN_DIR "/okur"), args);
        QVERIFY(app.waitForFinished(60000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(app.exitCode() == 0, qPrintable(out + QString::fromUtf8(app.readAllStandardError())));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("rendered-blocks: (\\d+)")).match(out);
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toInt() >= 3, qPrintable(out));
        if (page == QLatin1String("library"))
            QVERIFY2(out.contains(QStringLiteral("shown: library")), qPrintable(out));

        const QImage img(shot);
        QVERIFY(!img.isNull());
        const QStringList wh = size.split(u'x');
        QCOMPARE(img.width(), wh[0].toInt());
        QCOMPARE(img.height(), wh[1].toInt());
        const int rows = inkRows(img, 60);
        qInfo() << size << (document.isEmpty() ? "library" : qPrintable(document)) << "ink rows:" << rows;
        QVERIFY2(rows > img.height() / 5, qPrintable(QString::number(rows)));
    }

    // --help and a bad option print and exit at once, while the font thread started first may still run:
    // every run ends cleanly (one in ten crashed in static destructors).
    void commandLineExitsCleanly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "--library <DIR>";
        QTest::newRow("help-all") << QStringList{QStringLiteral("--help-all")} << 0 << "--library <DIR>";
        QTest::newRow("bad option") << QStringList{QStringLiteral("--no-such-option")} << 1 << "no-such-option";
    }
    void commandLineExitsCleanly()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (int run = 0; run < 20; ++run) {
            QProcess app;
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(OKUR_BIN_DIR "/okur"), args);
            QVERIFY(app.waitForFinished(30000));
            const QString out = QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QVERIFY2(app.exitCode() == code, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(out)));
            QVERIFY2(out.contains(says), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
