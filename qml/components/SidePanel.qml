// The reader's side panel (a drawer on phones): contents and annotations.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ColumnLayout {
    id: side
    required property TocModel toc
    required property AnnotationModel annotations
    property string documentId: ""
    signal openTheme(string themeId)
    property int currentEntry: -1
    property alias currentTab: tabs.currentIndex
    signal goToBlock(int block)
    signal goToPassage(int block, int start, int length)
    spacing: 0

    DocumentSummaryCard {
        documentId: side.documentId
        Layout.fillWidth: true
        onGoToPassage: (block, start, length) => side.goToPassage(block, start, length)
        onOpenTheme: id => side.openTheme(id)
    }
    TabBar {
        id: tabs
        Layout.fillWidth: true
        background: Rectangle { color: Theme.background }
        TabButton { Accessible.name: text; text: qsTr("Contents"); font.capitalization: Font.MixedCase }
        TabButton { Accessible.name: text; text: qsTr("Notes (%1)").arg(side.annotations.count); font.capitalization: Font.MixedCase }
    }
    StackLayout {
        currentIndex: tabs.currentIndex
        Layout.fillWidth: true
        Layout.fillHeight: true
        TocPanel {
            objectName: "tocList"
            model: side.toc
            currentEntry: side.currentEntry
            onEntryActivated: block => side.goToBlock(block)
        }
        AnnotationsPanel {
            annotations: side.annotations
            onActivated: (block, start, length) => side.goToPassage(block, start, length)
        }
    }
}
