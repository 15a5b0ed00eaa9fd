#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <memory>

namespace okur::text {

/// Line-break points inside words from TeX-style hyphenation patterns
/// (libhyphen, the patterns LibreOffice uses; English ships with the app).
/// Owns its loaded patterns; not thread-safe: one per thread.
class Hyphenator {
public:
    /// Patterns in libhyphen's .dic format (UTF-8). Invalid patterns make a
    /// hyphenator that finds no points (isValid() false).
    explicit Hyphenator(const QByteArray &patterns);
    ~Hyphenator();
    Hyphenator(const Hyphenator &) = delete;
    Hyphenator &operator=(const Hyphenator &) = delete;

    bool isValid() const;
    /// Indices inside `word` (a run of letters) where a line may break,
    /// leaving at least two letters before and three after.
    QList<qsizetype> points(QStringView word) const;

private:
    struct Dict;
    std::unique_ptr<Dict> m_dict;
};

} // namespace okur::text
