// Find in the document: match count, next and previous, an exact toggle.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Rectangle {
    id: bar
    objectName: "findBar"
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
    Connections {
        target: bar.finder
        function onFound(hit) { bar.jump(hit) }
    }

    visible: active
    // Esc closes the bar wherever in it the focus is: after a click on an arrow or the Exact box too, not only in the
    // field (it had gone on to the page, which went back to the library).
    Keys.onEscapePressed: bar.close()
    // A phone gives the field the whole first row and the rest a second one,
    // so that what is typed stays readable.
    readonly property bool narrow: width < 600
    implicitHeight: active ? grid.implicitHeight + 8 : 0
    color: Theme.surface

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 4
        columns: bar.narrow ? 5 : 6
        rowSpacing: 0
        TextField {
            id: field
            objectName: "findField"
            placeholderText: qsTr("Find in document")
            placeholderTextColor: Theme.secondaryText // the style's hint colour read at 2.6:1
            Accessible.name: placeholderText
            Layout.fillWidth: true
            Layout.columnSpan: bar.narrow ? 4 : 1
            Layout.minimumHeight: Theme.touchTarget
            onTextChanged: {
                bar.finder.from = bar.start
                bar.finder.query = text // matched off the UI thread; found() jumps
            }
            Keys.onReturnPressed: event => bar.jump(event.modifiers & Qt.ShiftModifier ? bar.finder.previous() : bar.finder.next())
            Keys.onEscapePressed: bar.close()
        }
        ToolButton {
            visible: bar.narrow
            text: "×"; font.pixelSize: Theme.px(20); Accessible.name: qsTr("Close"); onClicked: bar.close()
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
        }
        Label {
            objectName: "findCount"
            text: bar.finder.loading && bar.finder.count === 0 ? ""
                  : bar.finder.count === 0 ? (field.text === "" ? "" : qsTr("No matches"))
                                         : qsTr("%1 / %2").arg(bar.finder.current + 1).arg(bar.finder.count)
            color: Theme.secondaryText
            Layout.fillWidth: bar.narrow
        }
        ToolButton { text: "‹"; font.pixelSize: Theme.px(22); enabled: bar.finder.count > 0; Accessible.name: qsTr("Previous match"); onClicked: bar.jump(bar.finder.previous())
            Layout.preferredWidth: Theme.touchTarget; Layout.preferredHeight: Theme.touchTarget }
        ToolButton { objectName: "findNext"; text: "›"; font.pixelSize: Theme.px(22); enabled: bar.finder.count > 0; Accessible.name: qsTr("Next match"); onClicked: bar.jump(bar.finder.next())
            Layout.preferredWidth: Theme.touchTarget; Layout.preferredHeight: Theme.touchTarget }
        CheckBox {
            text: qsTr("Exact")
            Accessible.name: text
            Accessible.description: ToolTip.text
            checked: bar.finder.exact
            onToggled: {
                bar.finder.from = bar.start
                bar.finder.exact = checked
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Match accents, case and word forms exactly")
        }
        ToolButton {
            visible: !bar.narrow
            text: "×"; font.pixelSize: Theme.px(20); Accessible.name: qsTr("Close"); onClicked: bar.close()
        }
    }
}
