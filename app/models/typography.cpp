#include "typography.h"

#include "text/quotes.h"

namespace okur::app::typography {

QString forDisplay(const QString &text, const QString &language) { return text::typographic(text, language); }

} // namespace okur::app::typography
