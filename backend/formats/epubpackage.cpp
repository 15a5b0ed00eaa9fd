#include "epubpackage.h"

#include <QDir>
#include <QUrl>
#include <QXmlStreamReader>

namespace okur::formats::epub {

namespace {

QString attribute(const QXmlStreamReader &x, QLatin1String name)
{
    // Prefixes vary (opf:, epub:); the local name is what matters.
    for (const QXmlStreamAttribute &a : x.attributes()) {
        if (a.name() == name) {
            return a.value().toString().trimmed();
        }
    }
    return {};
}

QString isoDate(const QString &s)
{
    const QString t = s.trimmed();
    if (t.size() >= 10 && t[4] == u'-' && t[7] == u'-') {
        return t.left(10);
    }
    if (t.size() >= 7 && t[4] == u'-') {
        return t.left(7);
    }
    return t.size() == 4 ? t : QString();
}

} // namespace

bool declaresEntities(const QByteArray &xml)
{
    return xml.contains("<!ENTITY");
}

QString resolveHref(const QString &baseFile, const QString &href)
{
    const QString decoded = QUrl::fromPercentEncoding(href.trimmed().toUtf8());
    const qsizetype hash = decoded.indexOf(u'#');
    const QString file = hash < 0 ? decoded : decoded.left(hash);
    const QString fragment = hash < 0 ? QString() : decoded.mid(hash);
    if (file.isEmpty()) {
        return baseFile + fragment;
    }
    const qsizetype slash = baseFile.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : baseFile.left(slash + 1);
    QString path = QDir::cleanPath(file.startsWith(u'/') ? file.mid(1) : dir + file);
    while (path.startsWith(QLatin1String("../"))) {
        path = path.mid(3);
    }
    return path + fragment;
}

QString rootFilePath(const QByteArray &containerXml)
{
    QXmlStreamReader x(containerXml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("rootfile")) {
            const QString type = attribute(x, QLatin1String("media-type"));
            if (type.isEmpty() || type == QLatin1String("application/oebps-package+xml")) {
                return resolveHref(QString(), attribute(x, QLatin1String("full-path")));
            }
        }
    }
    return {};
}

Package parsePackage(const QByteArray &opf, const QString &opfPath)
{
    Package p;
    QXmlStreamReader x(opf);
    bool inMetadata = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isEndElement() && x.name() == QLatin1String("metadata")) {
            inMetadata = false;
        }
        if (!x.isStartElement()) {
            continue;
        }
        const auto name = x.name();
        if (name == QLatin1String("metadata")) {
            inMetadata = true;
        } else if (inMetadata && name == QLatin1String("title") && p.title.isEmpty()) {
            p.title = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (inMetadata && name == QLatin1String("creator")) {
            const QString a = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (!a.isEmpty()) {
                p.authors << a;
            }
        } else if (inMetadata && name == QLatin1String("language") && p.language.isEmpty()) {
            p.language = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (inMetadata && name == QLatin1String("date") && p.date.isEmpty()) {
            p.date = isoDate(x.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QLatin1String("item")) {
            ManifestItem item;
            item.path = resolveHref(opfPath, attribute(x, QLatin1String("href")));
            item.mediaType = attribute(x, QLatin1String("media-type"));
            item.properties = attribute(x, QLatin1String("properties"));
            p.manifest.insert(attribute(x, QLatin1String("id")), item);
        } else if (name == QLatin1String("spine")) {
            p.ncxId = attribute(x, QLatin1String("toc"));
        } else if (name == QLatin1String("itemref")) {
            if (attribute(x, QLatin1String("linear")) != QLatin1String("no")) {
                p.spine << attribute(x, QLatin1String("idref"));
            }
        }
    }
    if (x.hasError()) {
        p.error = x.errorString();
    }
    return p;
}

bool encryptsContent(const QByteArray &encryptionXml)
{
    QXmlStreamReader x(encryptionXml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("EncryptionMethod")) {
            const QString alg = attribute(x, QLatin1String("Algorithm"));
            // Font obfuscation (IDPF, Adobe) protects fonts, not the text.
            if (alg != QLatin1String("http://www.idpf.org/2008/embedding") &&
                alg != QLatin1String("http://ns.adobe.com/pdf/enc#RC")) {
                return true;
            }
        }
    }
    // An unreadable encryption.xml is no proof the text is clear.
    return x.hasError();
}

QList<TocEntry> parseNav(const QByteArray &nav, const QString &navPath)
{
    QList<TocEntry> entries;
    QXmlStreamReader x(nav);
    int navDepth = 0; // depth inside the toc <nav>; 0 outside
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (navDepth > 0) {
                ++navDepth;
                if (x.name() == QLatin1String("a")) {
                    TocEntry e;
                    e.target = resolveHref(navPath, attribute(x, QLatin1String("href")));
                    e.label = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                    --navDepth;
                    if (!e.label.isEmpty()) {
                        entries << e;
                    }
                }
            } else if (x.name() == QLatin1String("nav")
                       && attribute(x, QLatin1String("type")).split(u' ').contains(QLatin1String("toc"))) {
                navDepth = 1;
            }
        } else if (x.isEndElement() && navDepth > 0) {
            --navDepth;
        }
    }
    return entries;
}

QList<TocEntry> parseNcx(const QByteArray &ncx, const QString &ncxPath)
{
    QList<TocEntry> entries;
    QXmlStreamReader x(ncx);
    QList<TocEntry> open; // navPoints are nested: a point's label comes before its children
    bool inNavMap = false;
    while (!x.atEnd()) {
        x.readNext();
        const auto name = x.name();
        if (x.isStartElement()) {
            if (name == QLatin1String("navMap")) {
                inNavMap = true;
            } else if (inNavMap && name == QLatin1String("navPoint")) {
                open.append(TocEntry());
            } else if (inNavMap && name == QLatin1String("text") && !open.isEmpty() && open.last().label.isEmpty()) {
                open.last().label = x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else if (inNavMap && name == QLatin1String("content") && !open.isEmpty()) {
                open.last().target = resolveHref(ncxPath, attribute(x, QLatin1String("src")));
                if (!open.last().label.isEmpty()) {
                    entries << open.last();
                }
            }
        } else if (x.isEndElement()) {
            if (name == QLatin1String("navMap")) {
                inNavMap = false;
            } else if (name == QLatin1String("navPoint") && !open.isEmpty()) {
                open.removeLast();
            }
        }
    }
    return entries;
}

} // namespace okur::formats::epub
