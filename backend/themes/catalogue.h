#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace okur::themes {

/// One theme of the catalogue: a stable id, titles and descriptions in
/// English and Turkish, and the lemmas and phrases that signal it.
struct Theme {
    QString id;
    QString titleEn, titleTr;
    QString descriptionEn, descriptionTr;
    QStringList keys;
};

/// Reads a catalogue (assets/themes/themes.json); empty with `error` set on failure.
QList<Theme> loadCatalogue(const QByteArray &json, QString *error);
/// The bundled catalogue from the app's resources.
QList<Theme> bundledCatalogue(QString *error);

} // namespace okur::themes
