#include "pdfmodule.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace okur::formats {

namespace {

struct Loaded {
    const PdfModuleApi *api = nullptr;
    QString error;
};

/// Where the module is: beside the programs' folder as installed (/usr/bin → /usr/lib/okur) and as built
/// (build/bin → build/lib/okur); else by name, where the platform looks for an app's libraries (Android).
Loaded load()
{
    QStringList candidates;
    if (QCoreApplication::instance()) {
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/okur/okur-pdf"));
    }
    candidates << QStringLiteral("okur-pdf");
    QStringList errors;
    for (const QString &name : std::as_const(candidates)) {
        QLibrary library(name);
        // Kept loaded for the process's life: the reader's code lives in it.
        const auto entry = reinterpret_cast<const PdfModuleApi *(*)()>(library.resolve("okur_pdf_module"));
        if (!entry) {
            errors << library.errorString();
            continue;
        }
        const PdfModuleApi *api = entry();
        if (!api || api->abi != kPdfModuleAbi || !api->read) {
            errors << QStringLiteral("%1: made for another version of Okur").arg(library.fileName());
            library.unload();
            continue;
        }
        return {api, QString()};
    }
    return {nullptr, errors.join(QStringLiteral("; "))};
}

} // namespace

StructuredDocument readPdfThroughModule(const QByteArray &bytes)
{
    static const Loaded loaded = load(); // once, thread-safe
    if (!loaded.api) {
        StructuredDocument d;
        d.error = tr("PDF support (the okur-pdf module) could not be loaded: %1").arg(loaded.error);
        return d;
    }
    return loaded.api->read(bytes);
}

} // namespace okur::formats
