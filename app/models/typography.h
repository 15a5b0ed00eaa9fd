#pragma once
#include <QString>

namespace okur::app::typography {

/// Display form of stored text: straight double quotes become typographic
/// ones (“ ”). One character for one, so offsets into the text still hold.
QString forDisplay(const QString &text);

} // namespace okur::app::typography
