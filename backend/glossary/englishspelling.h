#pragma once
#include <QStringList>

#include <functional>

namespace okur::glossary::english {

/// Every word one slip of the keys from `word` (lower case): two neighbouring
/// letters swapped (auhtority), a letter left out (accomodate), one doubled or
/// stray (appologies) or one struck for another (preety), in that order, each
/// once and none equal to `word`. Empty for a word shorter than four letters or
/// with anything but the letters a-z: a short word has too many neighbours to
/// tell a slip from another word, and a name or code is no slip. Pure.
QStringList singleEdits(const QString &word);

} // namespace okur::glossary::english

namespace okur::glossary::english {

/// The word `word` most likely stands for when no word list knows it: of its
/// `singleEdits`, the one `commonness` rates highest (0 for a word it does not
/// know), the earlier on a tie; empty when none is known. Pure.
QString likeliestSlip(const QString &word, const std::function<double(const QString &)> &commonness);

} // namespace okur::glossary::english
