#include "types.h"

namespace okur::text {

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Heading: return QStringLiteral("heading");
    case BlockKind::Caption: return QStringLiteral("caption");
    case BlockKind::Paragraph: break;
    }
    return QStringLiteral("paragraph");
}

BlockKind blockKindFromName(const QString &name)
{
    if (name == QLatin1String("heading")) {
        return BlockKind::Heading;
    }
    if (name == QLatin1String("caption")) {
        return BlockKind::Caption;
    }
    return BlockKind::Paragraph;
}

} // namespace okur::text
