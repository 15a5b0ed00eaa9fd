// New and learning words tinted behind a block's text (issue 22). The tint is
// the text's own colour at a low opacity plus an underline in the accent, so
// it reads in every theme and does not rest on hue: new words get the fuller
// fill and a thick line, learning 1-4 lighter fills and thinner lines, level 4
// nearly plain. Proper names and numbers never come here (BlockModel.statusSpans).
import QtQuick
import Okur

Repeater {
    id: tints
    /// The block delegate: its label and rects() place the tints.
    required property Item block
    required property Item label
    property var spans: []

    model: spans
    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    Item {
        id: word
        required property var modelData
        readonly property int status: modelData.status
        readonly property var parts: (tints.label.width, tints.label.font.pixelSize,
                                      tints.block.rects(modelData.start, modelData.length))
        objectName: "statusTint"
        Repeater {
            model: word.parts
            Item {
                required property rect modelData
                x: tints.label.x + modelData.x
                y: tints.label.y + modelData.y
                width: modelData.width
                height: modelData.height
                Rectangle {
                    anchors.fill: parent
                    anchors.topMargin: 2
                    anchors.bottomMargin: 2
                    radius: 2
                    color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b,
                                   (word.status === 0 ? 0.13 : 0.10 - 0.02 * word.status) * (Theme.contrast ? 1.6 : 1))
                }
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: word.status === 0 ? 2 : word.status <= 2 ? 1.5 : 1
                    opacity: word.status === 0 ? 0.9 : 0.75 - 0.12 * word.status
                    color: Theme.accent
                }
            }
        }
    }
    // qmllint enable unqualified
}
