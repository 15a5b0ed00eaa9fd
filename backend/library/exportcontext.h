#pragma once
#include "annotations/formats.h"
#include "documentstore.h"

namespace okur::library {

/// Titles and section headings of every document, as annotation exports
/// group by them.
QHash<QString, annotations::DocumentContext> exportContexts(DocumentStore &store);

} // namespace okur::library
