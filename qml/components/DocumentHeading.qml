// The document's title, author and date at the top of the reader, as a book's title page.
import QtQuick
import Okur

Column {
    id: heading
    // The ReaderView, typed ListView: the ReaderView names this file as its header, and a cycle of types does
    // not load in Qt 6.4; so qmllint knows only a ListView's members.
    required property ListView reader
    required property FontMetrics faceMetrics

    objectName: "documentHeading"
    readonly property real measure: Math.min(reader.width - 2 * reader.sideMargin, faceMetrics.averageCharacterWidth * 68) // qmllint disable type
    x: Math.max(0, (reader.width - measure) / 2)
    width: measure
    bottomPadding: Math.round(App.fontSize * 1.6)
    spacing: 6
    // A reader at the start stays at the start while the title wraps into its lines.
    onHeightChanged: if (reader.restored && reader.topBlock === 0 && reader.topOffset === 0 && !reader.moving) reader.positionViewAtBeginning() // qmllint disable type
    Text {
        objectName: "documentTitle"
        width: parent.width
        visible: !(heading.reader.model && heading.reader.model.titleInText)
        text: heading.reader.model ? heading.reader.model.title : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Theme.readingFace
        font.pixelSize: Math.round(App.readingSize * 1.75)
        font.weight: Font.DemiBold
        lineHeightMode: Text.FixedHeight
        lineHeight: Math.round(font.pixelSize * 1.25)
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "documentAuthor"
        width: parent.width
        visible: text !== ""
        text: heading.reader.model ? [heading.reader.model.author, heading.reader.model.date].filter(s => s !== "").join("  ·  ") : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.family: Theme.readingFace
        font.pixelSize: Math.round(App.readingSize * 0.95)
        font.italic: true
        color: Theme.secondaryText
    }
}
