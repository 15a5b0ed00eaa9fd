#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okur::themes {

QList<Theme> loadCatalogue(const QByteArray &json, QString *error)
{
    QList<Theme> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        if (error) {
            *error = pe.errorString();
        }
        return out;
    }
    for (const QJsonValue v : doc.object().value(QStringLiteral("themes")).toArray()) {
        const QJsonObject o = v.toObject();
        Theme t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.titleEn = o.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString();
        t.titleTr = o.value(QStringLiteral("title")).toObject().value(QStringLiteral("tr")).toString();
        t.descriptionEn = o.value(QStringLiteral("description")).toObject().value(QStringLiteral("en")).toString();
        t.descriptionTr = o.value(QStringLiteral("description")).toObject().value(QStringLiteral("tr")).toString();
        for (const QJsonValue k : o.value(QStringLiteral("keys")).toArray()) {
            t.keys << k.toString();
        }
        if (!t.id.isEmpty() && !t.keys.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

QList<Theme> bundledCatalogue(QString *error)
{
    QFile f(QStringLiteral(":/okur/themes/themes.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("the theme catalogue is missing from this build");
        }
        return {};
    }
    return loadCatalogue(f.readAll(), error);
}

} // namespace okur::themes
