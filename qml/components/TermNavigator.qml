// Steps through a key term's occurrences in the reader: "‹ 3 / 12 ›".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Rectangle {
    id: bar
    property string term: ""
    property var occurrences: []
    property int current: 0
    signal go(int block, int start, int length)
    signal dismissed()

    function start(termText, list) {
        term = termText
        occurrences = list
        current = 0
        if (list.length > 0)
            go(list[0].block, list[0].start, list[0].length)
    }
    function dismiss() {
        occurrences = []
        dismissed()
    }
    function step(delta) {
        if (occurrences.length === 0)
            return
        current = (current + delta + occurrences.length) % occurrences.length
        const o = occurrences[current]
        go(o.block, o.start, o.length)
    }

    visible: occurrences.length > 0
    implicitHeight: visible ? Theme.touchTarget + 8 : 0
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 4
        Label {
            text: bar.term
            textFormat: Text.PlainText
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 / %2").arg(bar.current + 1).arg(bar.occurrences.length)
            color: Theme.secondaryText
        }
        ToolButton {
            text: "‹"
            font.pixelSize: Theme.px(22)
            Accessible.name: qsTr("Previous occurrence")
            onClicked: bar.step(-1)
        }
        ToolButton {
            text: "›"
            font.pixelSize: Theme.px(22)
            Accessible.name: qsTr("Next occurrence")
            onClicked: bar.step(1)
        }
        ToolButton {
            text: "×"
            font.pixelSize: Theme.px(20)
            Accessible.name: qsTr("Stop")
            onClicked: bar.dismiss()
        }
    }
}
