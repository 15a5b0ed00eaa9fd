#pragma once
#include <QString>
#include <QStringList>

namespace okur::glossary {

/// The senses of a FreeDict (dictd) article: numbered lines ("1. ..."),
/// without the headword/pronunciation line, each cleaned of domain labels
/// such as "(bot.)" and trailing full stops. Each sense is a list of
/// comma-separated equivalents. Pure.
QList<QStringList> parseFreedictSenses(const QString &body, const QString &headword);

/// True for an equivalent worth showing: letters, short, no leftovers of
/// markup or cross-references. Pure.
bool isCleanEquivalent(const QString &s);

} // namespace okur::glossary
