// The reading settings menu: text size, theme and interface language. Made on first use (see ThemeMenu).
import QtQuick
import QtQuick.Controls
import Okur

Menu {
    id: menu
    // As wide as its widest entry (Turkish ones are longer than the style's
    // 200 px), within a phone's width.
    width: {
        let widest = 0
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i)
            if (entry)
                widest = Math.max(widest, entry.implicitWidth)
        }
        return Math.min(Math.max(implicitWidth, widest + leftPadding + rightPadding), 360)
    }
    MenuItem {
        Accessible.name: text
        text: qsTr("Larger text (Ctrl+=)")
        onTriggered: App.zoomIn()
    }
    MenuItem {
        Accessible.name: text
        text: qsTr("Smaller text (Ctrl+-)")
        onTriggered: App.zoomOut()
    }
    MenuSeparator {}
    Repeater {
        model: [
            { key: "system", label: qsTr("Follow system") },
            { key: "light", label: qsTr("Light") },
            { key: "sepia", label: qsTr("Sepia") },
            { key: "dark", label: qsTr("Dark") },
            { key: "contrast", label: qsTr("High contrast") }
        ]
        MenuItem {
            Accessible.name: text
            required property var modelData
            text: modelData.label
            checkable: true
            checked: App.theme === modelData.key
            onTriggered: App.theme = modelData.key
        }
    }
    MenuSeparator {}
    Repeater {
        // Each language by its own name, so a reader lost in the other one finds theirs.
        model: [
            { key: "system", label: qsTr("System language") },
            { key: "en", label: "English" }, // i18n: keep (a language's own name)
            { key: "tr", label: "Türkçe" } // i18n: keep (a language's own name)
        ]
        MenuItem {
            Accessible.name: text
            required property var modelData
            objectName: "language_" + modelData.key
            text: modelData.label
            checkable: true
            checked: App.language === modelData.key
            onTriggered: App.language = modelData.key
        }
    }
}
