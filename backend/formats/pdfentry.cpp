// The PDF module's one entry point: okur-pdf is loaded with QLibrary on the first PDF (formats/pdfmodule.h).
#include "pdf.h"
#include "pdfmodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const okur::formats::PdfModuleApi *okur_pdf_module()
{
    static const okur::formats::PdfModuleApi api{okur::formats::kPdfModuleAbi, &okur::formats::readPdf};
    return &api;
}
