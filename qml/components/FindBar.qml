// Find in the document: match count, next and previous, an exact toggle.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Rectangle {
    id: bar
    required property FindModel finder
    property bool active: false
    signal go(int block, int start, int length)
    signal closed()

    function open(fromBlock) {
        active = true
        field.forceActiveFocus()
        field.selectAll()
        start = fromBlock
    }
    function close() {
        active = false
        finder.query = ""
        closed()
    }
    function jump(hit) {
        if (hit.block !== undefined)
            go(hit.block, hit.start, hit.length)
    }
    property int start: 0

    visible: active
    implicitHeight: active ? Theme.touchTarget + 8 : 0
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 4
        TextField {
            id: field
            placeholderText: qsTr("Find in document")
            Layout.fillWidth: true
            onTextChanged: {
                bar.finder.query = text
                bar.jump(bar.finder.firstFrom(bar.start))
            }
            Keys.onReturnPressed: event => bar.jump(event.modifiers & Qt.ShiftModifier ? bar.finder.previous() : bar.finder.next())
            Keys.onEscapePressed: bar.close()
        }
        Label {
            text: bar.finder.count === 0 ? (field.text === "" ? "" : qsTr("No matches"))
                                         : qsTr("%1 / %2").arg(bar.finder.current + 1).arg(bar.finder.count)
            color: Theme.secondaryText
        }
        ToolButton { text: "‹"; font.pixelSize: 22; enabled: bar.finder.count > 0; Accessible.name: qsTr("Previous match"); onClicked: bar.jump(bar.finder.previous()) }
        ToolButton { text: "›"; font.pixelSize: 22; enabled: bar.finder.count > 0; Accessible.name: qsTr("Next match"); onClicked: bar.jump(bar.finder.next()) }
        CheckBox {
            text: qsTr("Exact")
            checked: bar.finder.exact
            onToggled: {
                bar.finder.exact = checked
                bar.jump(bar.finder.firstFrom(bar.start))
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Match accents, case and word forms exactly")
        }
        ToolButton { text: "×"; font.pixelSize: 20; Accessible.name: qsTr("Close"); onClicked: bar.close() }
    }
}
