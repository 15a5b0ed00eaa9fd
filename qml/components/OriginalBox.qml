// A block's text as extracted, before repair: provenance, shown on demand
// under the paragraph (BlockDelegate's menu).
import QtQuick
import Okur

Rectangle {
    id: box
    required property string raw
    height: rawText.implicitHeight + 20
    radius: 6
    color: Theme.surface
    Text {
        id: rawText
        objectName: "originalText"
        x: 10
        y: 10
        width: box.width - 20
        text: qsTr("Original, as extracted:") + "\n" + box.raw
        textFormat: Text.PlainText
        wrapMode: Text.WrapAnywhere
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Math.round(App.readingSize * 0.72)
        color: Theme.secondaryText
    }
}
