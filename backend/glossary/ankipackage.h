#pragma once
#include "glossary/vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace okur::glossary {

/// The note type the package defines: its fields, in order.
inline const QStringList kAnkiFields = {QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Context"),
                                        QStringLiteral("Link")};

/// A field's text as Anki stores it so that it shows as typed: HTML-escaped,
/// line breaks as <br>. Pure.
QString ankiFieldHtml(const QString &text);

/// Anki's note guid for a saved word: derived from (language, lemma) only, so
/// importing a later export updates the note instead of adding a twin. Pure.
QString ankiGuid(const QString &language, const QString &lemma);

/// An Anki deck package (.apkg, the legacy format every Anki version opens):
/// a zip of `collection.anki2` (an SQLite collection in schema 11) and `media`
/// (`{}`). One note type "Okur word" (Front, Back, Context, Link), one deck
/// named `deck`, one note and one new card per word. Returns the file's bytes,
/// or empty bytes with `error` set. Uses a temporary directory, nothing else.
QByteArray toAnkiPackage(const QList<VocabularyItem> &items, const QString &deck, QString *error);

} // namespace okur::glossary
