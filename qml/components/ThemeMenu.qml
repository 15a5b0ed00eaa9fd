// Reading settings: theme and font size, from a toolbar button.
import QtQuick
import QtQuick.Controls
import Okur

ToolButton {
    id: button
    text: "Aa"
    font.family: Theme.serif
    font.pixelSize: 17
    font.capitalization: Font.MixedCase
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Reading settings")
    Accessible.name: qsTr("Reading settings")
    // The menu is made on first use: its items would cost the first frame.
    onClicked: {
        if (menuLoader.item)
            menuLoader.item.open()
        else
            menuLoader.active = true
    }

    Loader {
        id: menuLoader
        active: false
        onLoaded: item.open()
        sourceComponent: Menu {
            y: button.height
            MenuItem {
                text: qsTr("Larger text (Ctrl+=)")
                onTriggered: App.zoomIn()
            }
            MenuItem {
                text: qsTr("Smaller text (Ctrl+-)")
                onTriggered: App.zoomOut()
            }
            MenuSeparator {}
            Repeater {
                model: [
                    { key: "system", label: qsTr("Follow system") },
                    { key: "light", label: qsTr("Light") },
                    { key: "sepia", label: qsTr("Sepia") },
                    { key: "dark", label: qsTr("Dark") }
                ]
                MenuItem {
                    required property var modelData
                    text: modelData.label
                    checkable: true
                    checked: App.theme === modelData.key
                    onTriggered: App.theme = modelData.key
                }
            }
        }
    }
}
