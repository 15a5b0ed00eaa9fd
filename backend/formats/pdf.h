#pragma once
#include "structured.h"

namespace okur::formats {

/// Most pages read from one PDF: bounds the cost of a hostile file.
constexpr int kMaxPdfPages = 3000;

/// Reads a PDF held in memory through poppler: its text layer, laid out by
/// layoutPdfPages() into `lines` for the text pipeline, plus title, author
/// and date from the document information. Refuses a broken cross-reference
/// table, a password, no pages, and no text layer ("scanned?").
/// Lives in its own target (okurpdf) because poppler-qt6 pulls in QtGui.
StructuredDocument readPdf(const QByteArray &bytes);

/// True when the last startxref points at a cross-reference table or stream. Pure.
bool pdfXrefLooksIntact(const QByteArray &bytes);

} // namespace okur::formats
