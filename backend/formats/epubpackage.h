#pragma once
#include "structured.h"

#include <QHash>

// The XML files of an EPUB package, parsed with QXmlStreamReader (no DTD
// loading, no external entities). Internal to the EPUB reader.
namespace okur::formats::epub {

struct ManifestItem {
    QString path;      ///< resolved path inside the zip
    QString mediaType;
    QString properties;
};

struct Package {
    QString title;
    QStringList authors;
    QString language;
    QString date;
    QHash<QString, ManifestItem> manifest; ///< by id
    QStringList spine;                     ///< manifest ids of the linear spine
    QString ncxId;                         ///< the spine's toc attribute (EPUB 2)
    QString error;
};

struct TocEntry {
    QString label;
    QString target; ///< resolved path inside the zip, with "#fragment" when given
};

/// Resolves `href` (percent-encoded, relative to `baseFile`) to a zip path, keeping a fragment.
QString resolveHref(const QString &baseFile, const QString &href);

/// The OPF's path from META-INF/container.xml; empty when none.
QString rootFilePath(const QByteArray &containerXml);

Package parsePackage(const QByteArray &opf, const QString &opfPath);

/// True when META-INF/encryption.xml encrypts anything but fonts (obfuscation).
bool encryptsContent(const QByteArray &encryptionXml);

/// Contents from an EPUB 3 nav document (<nav epub:type="toc">) or an NCX.
QList<TocEntry> parseNav(const QByteArray &nav, const QString &navPath);
QList<TocEntry> parseNcx(const QByteArray &ncx, const QString &ncxPath);

/// Whether XML bytes declare entities (refused: they can expand without bound).
bool declaresEntities(const QByteArray &xml);

} // namespace okur::formats::epub
