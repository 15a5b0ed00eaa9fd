// One side of a row of the parallel view: the row's sentences in one
// language. A tap marks a sentence (and so its counterpart on the other side);
// a long press, or G on a marked sentence, glosses it word by word.
import QtQuick
import Okur

Column {
    id: side
    required property var sentences
    required property int row
    required property int sideIndex // 0 left, 1 right
    required property string language
    property bool heading: false
    /// {row, side, index} of the tapped sentence, or null.
    property var marked: null
    signal tapped(int index)
    signal glossRequested(int index)

    spacing: 4
    Repeater {
        model: side.sentences
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Text {
            id: sentence
            required property var modelData
            required property int index
            readonly property bool isMarked: side.marked !== null && side.marked.row === side.row
                                             && side.marked.side === side.sideIndex && side.marked.index === index
            // The counterpart: the other side of the marked sentence's row.
            readonly property bool isCounterpart: side.marked !== null && side.marked.row === side.row
                                                  && side.marked.side !== side.sideIndex
            objectName: "sentence_" + side.sideIndex + "_" + side.row + "_" + index
            width: side.width
            text: modelData.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.family: side.heading ? Theme.sans : Theme.readingFace
            font.pixelSize: side.heading ? App.readingSize - 2 : App.readingSize - 1
            font.weight: side.heading ? Font.DemiBold : Font.Normal
            lineHeight: 1.3
            color: Theme.text
            padding: 4
            activeFocusOnTab: true
            Accessible.role: Accessible.Paragraph
            Accessible.name: text
            Accessible.description: isCounterpart ? qsTr("Translation of the marked sentence") : ""
            // Marked and counterpart differ in fill and in a bar beside the
            // text, so the pair reads without telling colours apart.
            Rectangle {
                anchors.fill: parent
                z: -1
                radius: 4
                color: sentence.isMarked ? Theme.hover : "transparent"
                border.width: sentence.isCounterpart ? 2 : 0
                border.color: Theme.accent
            }
            Rectangle {
                visible: sentence.isMarked || sentence.isCounterpart
                width: 3
                height: parent.height
                x: -6
                color: Theme.accent
            }
            FocusRing {}
            Keys.onReturnPressed: side.tapped(index)
            Keys.onSpacePressed: side.tapped(index)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_G) {
                    side.glossRequested(index)
                    event.accepted = true
                }
            }
            TapHandler {
                onTapped: { sentence.forceActiveFocus(); side.tapped(sentence.index) }
                onLongPressed: side.glossRequested(sentence.index)
            }
        }
        // qmllint enable unqualified
    }
}
