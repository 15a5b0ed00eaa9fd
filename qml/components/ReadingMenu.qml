// The reading settings menu: text size and theme. Made on first use (see ThemeMenu).
import QtQuick
import QtQuick.Controls
import Okur

Menu {
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
