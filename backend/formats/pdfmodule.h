#pragma once
#include "structured.h"

#include <QByteArray>

namespace okur::formats {

/// What the PDF module (okur-pdf, a library loaded on the first PDF) gives: the reader of formats/pdf.h.
/// PDF support needs poppler and the seventeen libraries it brings (NSS, TIFF, OpenJPEG, ...): linked into the
/// programs, every start of the app or the CLI paid for loading and relocating them, for a format most
/// starts never read. Bump kPdfModuleAbi when StructuredDocument or this struct changes: a stale module is
/// refused rather than trusted.
struct PdfModuleApi {
    int abi;
    StructuredDocument (*read)(const QByteArray &bytes);
};
constexpr int kPdfModuleAbi = 1;

/// Reads a PDF through the module, loading it the first time (thread-safe). When the module cannot be
/// found or is stale, the document carries the error, which names the module and what went wrong.
StructuredDocument readPdfThroughModule(const QByteArray &bytes);

} // namespace okur::formats
