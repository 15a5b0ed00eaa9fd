// The reader's top bar: back, the contents (on a narrow window), the title, find, bookmark, key terms, the
// learner's panel, the share read and the reading menu, over a line that shows how far the reader is.
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Okur

// The template, not the style's bar: its background is the app's own, and the style's would compile its shadow
// effects before the reader's first frame.
T.ToolBar {
    id: bar
    required property string documentId
    required property BlockModel blocks
    required property ReaderView reader
    property bool wide: false
    signal back()
    signal openContents()
    signal toggleFind()
    signal bookmark()
    signal openKeyTerms()
    signal openStatistics()
    signal openParallel()

    implicitHeight: 56
    background: Rectangle {
        color: Theme.background
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
    }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        // The bar's two symbols share one size, and its two figures one weight: each size and weight of a face shown
        // is a font engine to set up before the first frame.
        ToolbarButton {
            text: "←"
            font.pixelSize: Theme.px(20)
            tip: qsTr("Back to the library (Esc)")
            onClicked: bar.back()
        }
        ToolbarButton {
            objectName: "contentsButton"
            visible: !bar.wide
            text: "☰"
            font.pixelSize: Theme.px(20)
            tip: qsTr("Contents and notes")
            onClicked: bar.openContents()
        }
        Text {
            text: bar.blocks.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            opacity: width >= 48 ? 1 : 0 // a lone "…" where a phone's bar leaves the title no room
            font.family: Theme.serif
            font.pixelSize: Theme.px(16)
            color: Theme.text
            Layout.fillWidth: true
            Layout.leftMargin: 8
        }
        ToolbarButton {
            tip: qsTr("Find in this document (Ctrl+F)")
            onClicked: bar.toggleFind()
            SearchIcon { anchors.centerIn: parent; color: Theme.text }
        }
        ToolbarButton {
            text: "⚑"
            font.family: Theme.sans
            tip: qsTr("Bookmark this place (Ctrl+B)")
            onClicked: bar.bookmark()
        }
        ToolbarButton {
            text: qsTr("Terms")
            tip: qsTr("Key terms of this document and their meanings")
            onClicked: bar.openKeyTerms()
        }
        LearnPanel {
            visible: bar.blocks.markWords
            compact: !bar.wide
            documentId: bar.documentId; blocks: bar.blocks; reader: bar.reader
            onOpenStatistics: bar.openStatistics()
        }
        Text {
            visible: bar.wide
            // Said what it is: beside "7% known", a bare "0%" read as a second share of the same thing.
            text: qsTr("%1% read").arg(Math.round(bar.reader.progress * 100))
            Accessible.name: qsTr("%1% of the document read").arg(Math.round(bar.reader.progress * 100))
            color: Theme.secondaryText
            font.pixelSize: Theme.px(13)
            font.weight: Font.Medium // as the known share beside it
            Layout.rightMargin: 4
        }
        ThemeMenu {
            documentId: bar.documentId
            onSideBySide: bar.openParallel()
            onMenuClosed: bar.reader.forceActiveFocus() // Space turns the page, not the menu open again
        }
    }
    T.ProgressBar {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 3
        from: 0
        to: 1
        value: bar.reader.progress
        background: Item {}
        contentItem: Item {
            Rectangle {
                width: parent.width * bar.reader.progress
                height: parent.height
                color: Theme.accent
            }
        }
    }
}
