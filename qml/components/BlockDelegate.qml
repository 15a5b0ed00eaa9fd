// One block of the reading flow: heading, paragraph or caption, set in a
// readable measure. Text is always plain: nothing in a document is markup.
import QtQuick
import QtQuick.Controls
import Okur

Item {
    id: block
    required property int index
    required property string text
    required property string kind
    required property string language
    required property int headingLevel
    required property string raw
    property real measureWidth: 600
    property bool showOriginal: false
    signal wordTapped(int position, rect area)

    property var markRects: []

    /// Marks a span of the text (a looked-up word, a term's occurrence).
    function highlight(start, length) {
        markRects = TextGeometry.rectsFor(label.text, label.font, label.width, label.lineHeight, start, length)
    }
    function clearHighlight() {
        markRects = []
    }

    readonly property bool isHeading: kind === "heading"
    readonly property bool isCaption: kind === "caption"

    width: ListView.view ? ListView.view.width : measureWidth
    implicitHeight: label.implicitHeight + label.y + (block.showOriginal ? original.height + 8 : 0)
                    + (isHeading ? 10 : isCaption ? 18 : 14)
    height: implicitHeight

    // Marks sit behind the text, so it stays readable in every theme.
    Repeater {
        model: block.markRects
        Rectangle {
            required property rect modelData
            x: label.x + modelData.x - 1
            y: label.y + modelData.y
            width: modelData.width + 2
            height: modelData.height
            radius: 3
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.35 : 0.22)
        }
    }

    Text {
        id: label
        objectName: "blockText"
        x: Math.max(0, (block.width - width) / 2)
        y: block.isHeading && block.index > 0 ? App.fontSize * 1.4 : 0
        width: block.measureWidth
        text: block.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: block.isCaption ? Theme.secondaryText : Theme.text
        font.family: Theme.serif
        font.pixelSize: block.isHeading ? Math.round(App.fontSize * (block.headingLevel === 1 ? 1.55 : 1.28))
                        : block.isCaption ? Math.round(App.fontSize * 0.82) : App.fontSize
        font.weight: block.isHeading ? Font.DemiBold : Font.Normal
        font.italic: block.isCaption
        lineHeight: block.isHeading ? 1.2 : 1.55
        Accessible.role: block.isHeading ? Accessible.Heading : Accessible.Paragraph
        Accessible.name: block.text
    }

    // The text as extracted, before repair: provenance on demand.
    Rectangle {
        id: original
        visible: block.showOriginal
        x: label.x
        y: label.y + label.implicitHeight + 8
        width: label.width
        height: rawText.implicitHeight + 20
        radius: 6
        color: Theme.surface
        Text {
            id: rawText
            x: 10
            y: 10
            width: parent.width - 20
            text: qsTr("Original, as extracted:") + "\n" + block.raw
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Math.round(App.fontSize * 0.72)
            color: Theme.secondaryText
        }
    }

    TapHandler {
        acceptedButtons: Qt.LeftButton
        onTapped: (eventPoint) => {
            const p = label.mapFromItem(block, eventPoint.position.x, eventPoint.position.y)
            const position = TextGeometry.positionAt(label.text, label.font, label.width, label.lineHeight, p.x, p.y)
            if (position < 0)
                return
            const r = TextGeometry.rectsFor(label.text, label.font, label.width, label.lineHeight, position, 1)[0]
            block.wordTapped(position, Qt.rect(label.x + r.x, label.y + r.y, r.width, r.height))
        }
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: blockMenu.popup()
    }
    TapHandler {
        onLongPressed: blockMenu.popup()
    }
    Menu {
        id: blockMenu
        MenuItem {
            text: block.showOriginal ? qsTr("Hide original text") : qsTr("Show original text")
            onTriggered: block.showOriginal = !block.showOriginal
        }
    }
}
