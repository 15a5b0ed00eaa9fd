#include "decode.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace okur::text {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("okur::text", s); }
}

DecodeResult decodeUtf8(const QByteArray &bytes)
{
    DecodeResult result;
    if (bytes.size() > kMaxImportBytes) {
        result.error = tr("the file is too large (%1 MB; the limit is %2 MB)")
                           .arg(double(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                           .arg(kMaxImportBytes / (qint64(1024) * 1024));
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error = tr("the file is UTF-16; save it as UTF-8 and import it again");
        return result;
    }
    if (bytes.contains('\0')) {
        result.error = tr("the file looks binary (it contains NUL bytes), not text");
        return result;
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(view);
    if (decoder.hasError()) {
        result.error = tr("the file is not valid UTF-8 text");
        return result;
    }

    QString clean;
    clean.reserve(decoded.size());
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded.at(i);
        if (c == u'\r') {
            clean.append(u'\n');
            if (i + 1 < decoded.size() && decoded.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c == u'\n' || c == u'\t') { // NOLINT(bugprone-branch-clone): kept before the control-character branch, which would drop them
            clean.append(c);
        } else if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
            // Control characters carry no text; a line/paragraph separator is a line end.
            if (c == QChar(0x2028) || c == QChar(0x2029)) {
                clean.append(u'\n');
            }
        } else {
            clean.append(c);
        }
    }
    result.text = clean.normalized(QString::NormalizationForm_C);
    return result;
}

} // namespace okur::text
