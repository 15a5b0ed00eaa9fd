#pragma once
#include "library/library.h"

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace okur::app {

/// The app-wide state QML binds to as the `App` singleton: the library's
/// readiness, reading preferences (theme, font size) and the last open
/// document. C++ owns it; main() creates it before the engine loads QML.
class AppState : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    /// The open library, for the models' `library` property.
    Q_PROPERTY(okur::library::Library *library READ library CONSTANT)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// True once the window's first frame is on screen (main() says so): what that frame does not show is made after it.
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    /// What the background work is doing, in words ("" when idle).
    Q_PROPERTY(QString work READ work NOTIFY workChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool systemDark READ systemDark CONSTANT)
    Q_PROPERTY(int fontSize READ fontSize WRITE setFontSize NOTIFY fontSizeChanged)
    /// The system's text scaling (its font against the usual 11 pt desktop font, never below 1).
    Q_PROPERTY(double textScale READ textScale NOTIFY textScaleChanged)
    /// The reading text's pixel size: the reader's setting times the system's text scaling.
    Q_PROPERTY(int readingSize READ readingSize NOTIFY readingSizeChanged)
    Q_PROPERTY(QString lastDocument READ lastDocument WRITE setLastDocument NOTIFY lastDocumentChanged)
    Q_PROPERTY(QString libraryDirectory READ libraryDirectory CONSTANT)
    Q_PROPERTY(QString notice READ notice CONSTANT)
    /// The interface language setting: "system", "en" or "tr"; stored with the
    /// other reading settings and applied at once (QQmlEngine::retranslate()).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The interface's language as shipped ("en" or "tr"): a document in the other is one the reader studies.
    Q_PROPERTY(QString interfaceLanguage READ interfaceLanguage NOTIFY languageChanged)
    /// Reading settings, stored with the others: the face ("charis", bundled,
    /// or "dejavu"), the line spacing (the line's pitch in ems), the
    /// page margins ("narrow", "normal", "wide") and justified, hyphenated text.
    Q_PROPERTY(QString readingFace READ readingFace WRITE setReadingFace NOTIFY readingChanged)
    Q_PROPERTY(qreal lineSpacing READ lineSpacing WRITE setLineSpacing NOTIFY readingChanged)
    Q_PROPERTY(QString margins READ margins WRITE setMargins NOTIFY readingChanged)
    Q_PROPERTY(bool justify READ justify WRITE setJustify NOTIFY readingChanged)
    /// "Mark words to learn": tint new and learning words in a language the reader studies.
    Q_PROPERTY(bool markWords READ markWords WRITE setMarkWords NOTIFY readingChanged)
    /// Pages rather than one continuous scroll (Aa): a page ends at its last whole line. Its own signal: the layout
    /// does not change, so the reader keeps its line rather than holding through a relayout.
    Q_PROPERTY(bool paged READ paged WRITE setPaged NOTIFY pagedChanged)

public:
    static constexpr int kMinFontSize = 12;
    static constexpr int kMaxFontSize = 32;

    explicit AppState(library::Library *library, bool systemDark, QObject *parent = nullptr);
    static AppState *create(QQmlEngine *, QJSEngine *);
    static AppState *instance();

    library::Library *library() const { return m_library; }
    bool ready() const;
    bool busy() const;
    QString work() const;
    QString error() const;
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool systemDark() const { return m_systemDark; }
    int fontSize() const { return m_fontSize; }
    double textScale() const { return m_textScale; }
    int readingSize() const { return qRound(m_fontSize * m_textScale); }
    /// How much larger than usual the system sets text, from its font: 11 pt
    /// (GNOME's and Windows' size at 100 %) is 1; smaller fonts never shrink the reading text. Pure.
    static double textScaleFor(const QFont &systemFont);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setFontSize(int size);
    QString lastDocument() const { return m_lastDocument; }
    void setLastDocument(const QString &id);
    QString libraryDirectory() const;
    QString notice() const;
    QString language() const { return m_language; }
    QString interfaceLanguage() const;
    void setLanguage(const QString &language);
    QString readingFace() const { return m_readingFace; }
    void setReadingFace(const QString &face);
    qreal lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(qreal spacing);
    QString margins() const { return m_margins; }
    void setMargins(const QString &margins);
    bool justify() const { return m_justify; }
    void setJustify(bool justify);
    bool markWords() const { return m_markWords; }
    void setMarkWords(bool mark);
    bool paged() const { return m_paged; }
    void setPaged(bool paged);

    /// Imports local files (URLs from a file dialog) in the background;
    /// the outcome arrives as importFinished(message).
    Q_INVOKABLE void importFiles(const QList<QUrl> &urls);

    bool started() const { return m_started; }
    void setStarted();

    Q_INVOKABLE void zoomIn() { setFontSize(m_fontSize + 1); }
    Q_INVOKABLE void zoomOut() { setFontSize(m_fontSize - 1); }

Q_SIGNALS:
    void readyChanged();
    void busyChanged();
    void startedChanged();
    void workChanged();
    void errorChanged();
    void themeChanged();
    void fontSizeChanged();
    void textScaleChanged();
    void readingSizeChanged();
    void lastDocumentChanged();
    void languageChanged();
    void readingChanged();
    void pagedChanged();
    void importFinished(const QString &message, const QString &firstId);

private:
    void saveSetting(const QString &key, const QString &value);
    library::Library *m_library;
    bool m_systemDark;
    QString m_theme = QStringLiteral("system");
    int m_fontSize = 18;
    double m_textScale = 1.0;
    QString m_lastDocument;
    QString m_language = QStringLiteral("system");
    QString m_readingFace = QStringLiteral("charis");
    qreal m_lineSpacing = 1.65;
    QString m_margins = QStringLiteral("normal");
    bool m_justify = false;
    bool m_markWords = true;
    bool m_paged = false;
    bool m_started = false;
    QPointer<QQmlEngine> m_engine;
};

/// The library as QML sees it: a value for the models' `library` property,
/// never created or read from QML.
struct LibraryForeign {
    Q_GADGET
    QML_FOREIGN(okur::library::Library)
    QML_ANONYMOUS
};

} // namespace okur::app
