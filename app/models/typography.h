#pragma once
#include <QString>

namespace okur::app::typography {

/// Display form of stored text: typographic quotes and apostrophes of the
/// block's language (text::typographic). One character for one, so offsets
/// into the text still hold.
QString forDisplay(const QString &text, const QString &language = QString());

} // namespace okur::app::typography
