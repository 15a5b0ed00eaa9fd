// A block's highlights, behind its text: each a run of rectangles over the lines it covers, and a highlight
// with a note a mark at its end, so the note is found again. Its items are the block's children (a
// Repeater's items go to its parent), placed by the text's label.
import QtQuick
import Okur

Repeater {
    id: highlights
    /// The block's text item, which the rectangles follow.
    required property Text textItem
    /// The block's rects(start, length): the spans of its text, one per line, in the label's coordinates.
    required property var rectsOf

    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    Item {
        id: highlight
        required property var modelData
        readonly property color fill: Theme.highlightColor(modelData.color)
        readonly property var parts: (highlights.textItem.width, highlights.textItem.font.pixelSize,
                                      highlights.rectsOf(modelData.start, modelData.end - modelData.start))
        Repeater {
            model: highlight.parts
            Rectangle {
                required property rect modelData
                x: highlights.textItem.x + modelData.x - 1
                y: highlights.textItem.y + modelData.y + 2
                width: modelData.width + 2
                height: modelData.height - 4
                radius: 2
                color: highlight.fill
            }
        }
        Rectangle {
            readonly property var last: highlight.parts.length > 0 ? highlight.parts[highlight.parts.length - 1] : null
            objectName: "noteMark"
            visible: highlight.modelData.hasNote === true && last !== null
            x: last ? highlights.textItem.x + last.x + last.width - width / 2 : 0
            y: last ? highlights.textItem.y + last.y - height / 3 : 0
            width: 10
            height: 10
            radius: 5
            color: Theme.accent
            border.width: 1
            border.color: Theme.background
            Accessible.name: qsTr("Note")
        }
    }
    // qmllint enable unqualified
}
