#include "synthetic.h"

#include "text/pipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace okur::bench {

SyntheticLibrary::SyntheticLibrary(const text::Lexicons &lexicons, quint32 seed) : m_rng(seed)
{
    QFile catalogue(QStringLiteral(":/okur/seeds/seeds.json"));
    catalogue.open(QIODevice::ReadOnly);
    const QJsonArray docs = QJsonDocument::fromJson(catalogue.readAll()).object().value(QStringLiteral("documents")).toArray();
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    for (const QJsonValue &v : docs) {
        QFile f(QStringLiteral(":/okur/seeds/") + v.toObject().value(QStringLiteral("file")).toString());
        f.open(QIODevice::ReadOnly);
        const text::PipelineResult r = text::processBytes(f.readAll(), lexicons);
        for (const auto &b : r.blocks) {
            if (b.kind != text::BlockKind::Paragraph)
                continue;
            for (const QString &s : b.text.split(sentenceEnd, Qt::SkipEmptyParts))
                (b.language == QLatin1String("tr") ? m_tr : m_en) << s;
        }
    }
}

documents::NewDocument SyntheticLibrary::document(int n, int chars)
{
    documents::NewDocument d;
    const bool turkish = n % 5 == 0;
    const QStringList &pool = turkish ? m_tr : m_en;
    d.id = QStringLiteral("synthetic-%1").arg(n);
    d.title = QStringLiteral("Synthetic document %1").arg(n);
    d.language = turkish ? QStringLiteral("tr") : QStringLiteral("en");
    d.origin = QStringLiteral("synthetic");
    d.repairVersion = text::kRepairVersion;
    int total = 0;
    while (total < chars) {
        text::TextBlock b;
        b.language = d.language;
        if (d.blocks.size() % 8 == 0) {
            b.kind = text::BlockKind::Heading;
            b.text = pool.at(m_rng.bounded(int(pool.size()))).section(u' ', 0, 5);
        } else {
            QStringList sentences;
            const int count = 3 + int(m_rng.bounded(5));
            for (int i = 0; i < count; ++i)
                sentences << pool.at(m_rng.bounded(int(pool.size())));
            b.text = sentences.join(u' ');
        }
        b.raw = b.text;
        total += int(b.text.size());
        d.raw += b.text + u'\n';
        d.blocks << b;
    }
    return d;
}

} // namespace okur::bench
