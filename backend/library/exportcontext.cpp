#include "exportcontext.h"

namespace okur::library {

QHash<QString, annotations::DocumentContext> exportContexts(DocumentStore &store)
{
    QHash<QString, annotations::DocumentContext> contexts;
    for (const auto &d : store.documents()) {
        annotations::DocumentContext c{d.title, {}};
        QString heading;
        for (const auto &b : store.blocks(d.id)) {
            if (b.kind == text::BlockKind::Heading)
                heading = b.text;
            c.headings << heading;
        }
        contexts.insert(d.id, c);
    }
    return contexts;
}

} // namespace okur::library
