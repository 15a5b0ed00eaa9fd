// The reading settings menu: text size, theme, face, line spacing, margins and pages,
// justification and interface language. Made on first use (see ThemeMenu).
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
    property string documentId: ""
    signal sideBySide()
    // Opened at its top each time: taller than a laptop's window, it had kept the scroll it was closed at, so
    // "Larger text" was hidden and the top entry in view made the text smaller.
    onAboutToShow: {
        const list = contentItem as ListView
        if (list)
            list.positionViewAtBeginning()
    }
    // Offered only for a document with a passage and its translation.
    readonly property ParallelModel parallel: ParallelModel { library: App.library; documentId: menu.documentId }
    // An entry only when there is something to show (none in the library's menu).
    Repeater {
        model: menu.parallel.available ? 1 : 0
        MenuItem {
            objectName: "sideBySideItem"
            Accessible.name: text
            text: qsTr("Side by side")
            // From a delegate, Qt 6.4's qmllint sees the root as a plain Menu, without this file's signals.
            onTriggered: menu.sideBySide() // qmllint disable type
        }
    }
    MenuItem {
        objectName: "largerText"
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
    // The Repeaters' models are keys, their labels the delegates' own bindings: a model that held translated labels
    // was made again when the language changed, and a Menu puts items made again at its end (the groups mixed).
    Repeater {
        model: ["system", "light", "sepia", "dark", "contrast"]
        MenuItem {
            id: themeItem
            Accessible.name: text
            required property string modelData
            objectName: "theme_" + modelData
            text: ({ system: qsTr("Follow system"), light: qsTr("Light"), sepia: qsTr("Sepia"), dark: qsTr("Dark"),
                     contrast: qsTr("High contrast") })[modelData]
            checkable: true
            checked: App.theme === modelData
            onTriggered: App.theme = modelData
            // One choice of several: a radio mark, not a check box.
            indicator: RadioMark { control: themeItem }
            Accessible.role: Accessible.RadioButton
        }
    }
    MenuSeparator {}
    // The entries that open the submenus below are made from this: named by their title.
    delegate: MenuItem { Accessible.name: text; objectName: subMenu ? subMenu.objectName + "Entry" : "" }
    // Face, line spacing and margins in submenus: inline, the menu would
    // outgrow a laptop's screen.
    Menu {
        objectName: "faceMenu"
        title: qsTr("Reading face")
        Repeater {
            // Charis SIL ships with the app.
            model: [
                { key: "charis", label: "Charis SIL" }, // i18n: keep (a font's name)
                { key: "dejavu", label: "DejaVu Serif" } // i18n: keep (a font's name)
            ]
            MenuItem {
                id: faceItem
                required property var modelData
                objectName: "face_" + modelData.key
                text: modelData.label
                font.family: modelData.label
                checkable: true
                checked: App.readingFace === modelData.key
                onTriggered: App.readingFace = modelData.key
                indicator: RadioMark { control: faceItem }
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
            }
        }
    }
    Menu {
        objectName: "spacingMenu"
        title: qsTr("Line spacing")
        Repeater {
            model: [1.4, 1.65, 1.9]
            MenuItem {
                id: spacingItem
                required property real modelData
                required property int index
                objectName: "spacing_" + modelData
                text: [qsTr("Tight lines"), qsTr("Normal lines"), qsTr("Loose lines")][index]
                checkable: true
                checked: Math.abs(App.lineSpacing - modelData) < 0.01
                onTriggered: App.lineSpacing = modelData
                indicator: RadioMark { control: spacingItem }
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
            }
        }
    }
    Menu {
        objectName: "marginsMenu"
        title: qsTr("Margins and pages")
        Repeater {
            model: ["narrow", "normal", "wide"]
            MenuItem {
                id: marginsItem
                required property string modelData
                objectName: "margins_" + modelData
                text: ({ narrow: qsTr("Narrow margins"), normal: qsTr("Normal margins"), wide: qsTr("Wide margins") })[modelData]
                checkable: true
                checked: App.margins === modelData
                onTriggered: App.margins = modelData
                indicator: RadioMark { control: marginsItem }
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
            }
        }
        MenuSeparator {}
        // Pages or one continuous scroll: here rather than in the menu itself, which must fit a phone's height.
        Repeater {
            model: [false, true] // paged
            MenuItem {
                id: modeItem
                required property bool modelData
                objectName: modelData ? "pagedMode" : "scrollMode"
                text: modelData ? qsTr("Page by page") : qsTr("Continuous scroll")
                checkable: true
                checked: App.paged === modelData
                onTriggered: App.paged = modelData
                indicator: RadioMark { control: modeItem }
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
            }
        }
    }
    MenuItem {
        objectName: "justify"
        Accessible.name: text
        text: qsTr("Justify and hyphenate")
        checkable: true
        checked: App.justify
        onTriggered: App.justify = !App.justify
    }
    MenuItem {
        objectName: "markWords"
        Accessible.name: text
        text: qsTr("Mark words to learn")
        checkable: true
        checked: App.markWords
        onTriggered: App.markWords = !App.markWords
    }
    MenuSeparator {}
    Repeater {
        // Each language by its own name, so a reader lost in the other one finds theirs.
        model: ["system", "en", "tr"]
        MenuItem {
            id: languageItem
            Accessible.name: text
            required property string modelData
            objectName: "language_" + modelData
            text: modelData === "system" ? qsTr("System language")
                : modelData === "en" ? "English" // i18n: keep (a language's own name)
                : "Türkçe" // i18n: keep (a language's own name)
            checkable: true
            checked: App.language === modelData
            onTriggered: App.language = modelData
            indicator: RadioMark { control: languageItem }
            Accessible.role: Accessible.RadioButton
        }
    }
}
