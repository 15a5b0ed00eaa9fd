#include "exportcontext.h"

#include <QCoreApplication>
#include <QFile>

namespace okur::library {

QHash<QString, annotations::DocumentContext> exportContexts(documents::DocumentStore &store)
{
    QHash<QString, annotations::DocumentContext> contexts;
    for (const auto &d : store.documents()) {
        annotations::DocumentContext c{d.title, d.author, d.source, {}, {}};
        QString heading;
        for (const auto &b : store.blocks(d.id)) {
            if (b.kind == text::BlockKind::Heading) {
                heading = b.text;
            }
            c.headings << heading;
            c.blocks << b.text;
        }
        contexts.insert(d.id, c);
    }
    return contexts;
}

AnnotationImport importW3cFile(documents::DocumentStore &store, annotations::AnnotationStore &annotations, const QString &path)
{
    AnnotationImport r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QCoreApplication::translate("okur", "%1: cannot read").arg(path);
        return r;
    }
    // Refused by size before reading: a file read in part would fail as broken JSON.
    if (f.size() > annotations::kMaxW3cBytes) {
        r.error = QCoreApplication::translate("okur", "%1: too large (%2 MB; the limit is %3 MB)")
                      .arg(path)
                      .arg((f.size() + (1 << 20) - 1) >> 20)
                      .arg(annotations::kMaxW3cBytes >> 20);
        return r;
    }
    const annotations::W3cImport read = annotations::readW3c(f.readAll(), exportContexts(store));
    r.skipped = read.skipped;
    if (!read.error.isEmpty()) {
        r.error = path + QStringLiteral(": ") + read.error;
        return r;
    }
    for (const auto &a : read.annotations) {
        r.orphaned += a.orphaned && !a.deleted ? 1 : 0;
    }
    r.merge = annotations.merge(read.annotations);
    if (!r.merge.ok) {
        r.error = QCoreApplication::translate("okur", "nothing imported: %1").arg(r.merge.error);
    }
    return r;
}

} // namespace okur::library
