// The Okur GUI: parses the command line, opens the library, loads the QML shell.
#include "annotations/formats.h"
#include "benchmark.h"
#include "e2eprobe.h"
#include "engine.h"
#include "library/library.h"
#include "memory.h"
#include "models/appstate.h"
#include "models/inputmode.h"
#include "screenshot.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFuture>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QResource>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(OkurPlugin)

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    okur::app::limitAllocatorArenas();
    QGuiApplication app(argc, argv);
    // The reading face travels with the app (assets/CMakeLists.txt), so a
    // machine without it sets the text the same way. Registering it reads the
    // system's font list first (fontconfig: a third of the floor app's whole
    // start-up), so it runs on the other core while this one opens the library;
    // QFontDatabase is thread-safe. The window waits for it below.
    // The faces are stored uncompressed and handed over in place: read into a
    // copy they held ~3 MB of heap for as long as the app runs.
    // The interface's family is often an alias ("Sans Serif"): every size
    // asked for would be resolved twice, alias then font. It is resolved here
    // too, once, so the main thread does not load a face at a size no item
    // uses just to learn its name (QFontInfo loads one; font engines are
    // cached per thread, the font database is shared).
    QFuture<QString> fonts = QtConcurrent::run([]() {
        for (const char *face : {"Regular", "Bold", "Italic"}) {
            const QString path = QStringLiteral(":/okur/reading/CharisSIL-%1.ttf").arg(QLatin1String(face));
            const QResource resource(path);
            const bool inPlace = resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression &&
                                 resource.data() &&
                                 QFontDatabase::addApplicationFontFromData(QByteArray::fromRawData(
                                     reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()))) >= 0;
            if (!inPlace) {
                QFontDatabase::addApplicationFont(path);
            }
        }
        return QFontInfo(QGuiApplication::font()).family();
    });
    QGuiApplication::setOrganizationName(QStringLiteral("Okur"));
    QGuiApplication::setApplicationName(QStringLiteral("Okur"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Okur"));
    // Wayland finds the window's icon and name through the installed desktop file (cmake/Packaging.cmake).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.okur_reader.Okur"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Okur, a reader for studying texts"));
    const QCommandLineOption helpOpt = parser.addHelpOption();
    QCommandLineOption libraryOpt(QStringLiteral("library"), QStringLiteral("Library folder."), QStringLiteral("DIR"));
    QCommandLineOption quitOpt(QStringLiteral("quit-after-first-frame"),
                               QStringLiteral("Print first-frame-ms and quit (benchmarks)."));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and quit."),
                               QStringLiteral("FILE"));
    QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."),
                               QStringLiteral("WxH"));
    QCommandLineOption openOpt(QStringLiteral("open"), QStringLiteral("Open a document by id."), QStringLiteral("ID"));
    QCommandLineOption lookupOpt(QStringLiteral("lookup"), QStringLiteral("With --open: look up a word as if tapped."),
                                 QStringLiteral("WORD"));
    QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("With --screenshot: open vocabulary or terms."),
                               QStringLiteral("PAGE"));
    QCommandLineOption themeOpt(QStringLiteral("theme"),
                                QStringLiteral("light, dark, sepia, contrast (high contrast) or system."),
                                QStringLiteral("THEME"));
    QCommandLineOption benchOpt(QStringLiteral("bench-reader"),
                                QStringLiteral("Time opening a document and 100 lookups, print peak memory, quit."),
                                QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("link"), QStringLiteral("okur://document/ID#block=N: open a passage."),
                                 QStringLiteral("[link]"));
    parser.addOptions({libraryOpt, quitOpt, shotOpt, sizeOpt, openOpt, themeOpt, lookupOpt, pageOpt, benchOpt});
    // --help, --version and a bad option print and exit() at once: the font thread must be done first, or
    // static destructors run under it (a crash in one run of ten).
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(helpOpt) ||
        QCoreApplication::arguments().contains(QStringLiteral("--help-all"))) {
        fonts.waitForFinished();
    }
    parser.process(app);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    okur::library::Library library(okur::library::resolveLibraryDir(parser.value(libraryOpt)));

    // The engine's loader thread compiles the shell while this thread opens
    // the library (on a first start, creating it waits on the disk).
    const QUrl shell(QStringLiteral("qrc:/Okur/Main.qml"));
    // A plain engine, not QQmlApplicationEngine: that one looks for a "+selector" variant of every QML file it
    // loads (QQmlFileSelector), a few resource lookups each, a tenth of the loader thread's work on the reader's
    // types, which the first frame waits for; and it loads Qt's translations, which Language does. Okur has no
    // variants; Qt's dialogs have, and setUpEngine chooses theirs.
    auto engine = std::make_unique<QQmlEngine>();
    okur::app::setUpEngine(engine.get());
    QObject::connect(engine.get(), &QQmlEngine::quit, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(engine.get(), &QQmlEngine::exit, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    new QQmlComponent(engine.get(), shell, QQmlComponent::Asynchronous, engine.get());

    const bool opened = library.open();
    if (!opened) {
        std::fprintf(stderr, "okur: %s\n", qPrintable(library.error()));
    }

    const bool systemDark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    okur::app::AppState state(&library, systemDark);
    okur::app::InputMode::instance(); // watching from the first event: the first key counts for the focus ring
    if (parser.isSet(themeOpt)) {
        state.setTheme(parser.value(themeOpt));
    }
    if (parser.isSet(openOpt)) {
        state.setLastDocument(parser.value(openOpt));
    }
    // okur://document/ID#block=N (the links exports write): open there.
    for (const QString &arg : parser.positionalArguments()) {
        const okur::annotations::PassageLink link = okur::annotations::parsePassageLink(arg);
        // The bundled documents may not be in a new library yet: the reader
        // opens the id once they are, at the block when it was stored.
        if (!opened || !link.ok) {
            std::fprintf(stderr, "okur: cannot open %s\n", qPrintable(arg));
            continue;
        }
        okur::documents::ReadingPosition at = library.store().position(link.documentId);
        at.valid = true;
        at.block = link.block;
        at.offset = 0;
        library.store().setPosition(link.documentId, at);
        state.setLastDocument(link.documentId);
    }
    // The first page compiles on the loader thread too, beside the shell, which names no page: the reader when the
    // last document read reopens, else the library. Made from the same URL in Main.qml, it is then ready or nearly.
    new QQmlComponent(engine.get(),
                      shell.resolved(QUrl(state.lastDocument().isEmpty() ? QStringLiteral("pages/LibraryPage.qml")
                                                                         : QStringLiteral("pages/ReaderPage.qml"))),
                      QQmlComponent::Asynchronous, engine.get());
    // At exit the background work stops at its next unit while the QML is
    // torn down; the next start completes it.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &library, &okur::library::Library::cancelBackgroundWork);
    // The QML goes first at exit: it refers to the state and the library.
    const auto destroyQmlFirst = qScopeGuard([&engine]() { engine.reset(); });

    // Text is laid out as the window is made, in the reading face.
    {
        // The interface's font by its name (see above).
        QFont ui = QGuiApplication::font();
        ui.setFamily(fonts.result());
        QGuiApplication::setFont(ui);
    }
    QQmlComponent component(engine.get(), shell); // waits for the compilation started above
    const qint64 shellMs = sinceStart.elapsed();
    // Declared after the scope guard above: the window is destroyed before the engine.
    const QStringList wh = parser.value(sizeOpt).split(u'x');
    const std::unique_ptr<QObject> root(
        okur::app::createShell(component, wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    const qint64 createdMs = sinceStart.elapsed(); // with the first page
    if (!window || component.isError()) {
        std::fprintf(stderr, "okur: %s\n", qPrintable(component.errorString()));
        return 1;
    }

    // Dictionaries, imports and summaries load once the first frame is up:
    // on two cores they would otherwise slow it down.
    if (opened) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &library, [&library]() { library.startBackgroundWork(); },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(quitOpt)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&sinceStart, shellMs, createdMs]() {
                // The phases, from main(): the shell compiled, the window and its first page made, the frame shown.
                std::printf("first-frame-ms: %lld\npeak-rss-mb: %.1f\nshell-compiled-ms: %lld\npage-made-ms: %lld\n",
                            static_cast<long long>(sinceStart.elapsed()), okur::app::peakResidentMegabytes(),
                            static_cast<long long>(shellMs), static_cast<long long>(createdMs));
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
    }
    // What the first frame does not show is made after it (App.started). frameSwapped comes from the render thread;
    // the state, the QML's, hears it on this one, after --quit-after-first-frame has printed (tst_screenshot reads
    // what was loaded before that line).
    QObject::connect(window, &QQuickWindow::frameSwapped, &state, [&state]() { state.setStarted(); },
                     Qt::SingleShotConnection);
    okur::app::E2eProbe::installIfRequested(window, &library, &state);
    if (parser.isSet(benchOpt)) {
        okur::app::runReaderBenchmark(window, &library, parser.value(benchOpt));
    }
    if (parser.isSet(shotOpt)) {
        okur::app::takeScreenshotWhenRendered(window, &library, parser.value(shotOpt), parser.value(lookupOpt),
                                              parser.value(pageOpt));
    }

    return app.exec();
}
