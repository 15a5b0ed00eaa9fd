#pragma once
// A reading's segments as the Turkish analyser's tests write them: "ev", "-de LOC", "-ki REL".
#include "glossary/morphology.h"

#include <QStringList>

namespace okur::glossary::testing {

inline QStringList segmentForms(const Analysis &a)
{
    QStringList out;
    for (const Segment &s : a.segments)
        out << (s.tag.isEmpty() ? s.form : s.form + u' ' + s.tag);
    return out;
}

} // namespace okur::glossary::testing
