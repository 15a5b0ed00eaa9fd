#include "hyphenator.h"

#include <cstdio>
#include <cstdlib>
#include <hyphen.h>

namespace okur::text {

struct Hyphenator::Dict {
    HyphenDict *dict = nullptr;
    ~Dict()
    {
        if (dict) {
            hnj_hyphen_free(dict);
        }
    }
};

Hyphenator::Hyphenator(const QByteArray &patterns) : m_dict(std::make_unique<Dict>())
{
    if (patterns.isEmpty()) {
        return;
    }
    // libhyphen reads a FILE: the patterns come from the app's resources, so
    // they are read from memory.
    QByteArray copy = patterns;
    FILE *f = fmemopen(copy.data(), size_t(copy.size()), "r");
    if (!f) {
        return;
    }
    m_dict->dict = hnj_hyphen_load_file(f);
    std::fclose(f);
}

Hyphenator::~Hyphenator() = default;

bool Hyphenator::isValid() const
{
    return m_dict->dict != nullptr;
}

QList<qsizetype> Hyphenator::points(QStringView word) const
{
    QList<qsizetype> out;
    if (!m_dict->dict || word.size() < 5) {
        return out;
    }
    // The patterns are lower case; a word with letters outside Latin-1's
    // ASCII part is not English, and its UTF-8 bytes would not map one for one.
    for (QChar c : word) {
        if (c.unicode() > 0x7f) {
            return out;
        }
    }
    const QByteArray bytes = word.toString().toLower().toLatin1();
    QByteArray hyphens(bytes.size() + 5, '\0');
    char **rep = nullptr;
    int *pos = nullptr;
    int *cut = nullptr;
    if (hnj_hyphen_hyphenate3(m_dict->dict, bytes.constData(), int(bytes.size()), hyphens.data(), nullptr, &rep, &pos,
                              &cut, 2, 3, 2, 3) == 0) {
        // An odd digit after letter i: a break between i and i + 1.
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
            if (hyphens.at(i) & 1) {
                out.append(i + 1);
            }
        }
    }
    if (rep) {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            std::free(rep[i]);
        }
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return out;
}

} // namespace okur::text
