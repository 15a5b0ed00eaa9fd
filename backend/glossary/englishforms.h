#pragma once
#include "stemweights.h"

#include <QByteArray>

namespace okur::glossary::english {

/// Values in the table of English forms, OR-ed together.
constexpr int kAccepted = 1; ///< the spell checker accepts the form (a base or a base with its affixes)
constexpr int kListed = 2;   ///< a base its .dic lists as written, with its flags below
/// The bit of an upper-case hunspell flag letter ('A'..'Z') in a listed base's value.
constexpr int flagBit(char flag) { return 1 << (2 + (flag - 'A')); }

/// Every form a hunspell .aff/.dic pair with one-letter flags accepts without
/// compounding (en_US): each base, with each suffix and prefix its flags allow,
/// and their cross products. Built at build time and read in place, so a
/// lookup needs no spell checker; the same function builds it when the
/// prebuilt table is missing.
StemWeights formTable(const QByteArray &aff, const QByteArray &dic);

/// A listed base's flag letters ("DGS"), or a null array when `value` is not a listed base.
QByteArray flagLetters(int value);

} // namespace okur::glossary::english
