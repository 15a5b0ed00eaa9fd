// One theme's key facts and summary: sentences from every document, each with
// its source; tap a word for the glossary, a fact or a sentence's source to read it in place.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    required property string themeId
    property bool wide: width >= 840
    signal back()
    signal openPassage(string documentId, int block, int start, int length)
    signal openTimeline(string themeId)
    title: summary.title
    background: Rectangle { color: Theme.background }

    SummaryModel { id: summary; library: App.library; themeId: page.themeId }
    LookupModel { id: lookup; library: App.library }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            ToolbarButton { text: "←"; font.pixelSize: Theme.px(22); tip: qsTr("Back"); onClicked: page.back() }
            Label { text: summary.title; font.pixelSize: Theme.px(18); font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
            ToolButton {
                objectName: "timelineButton"
                Layout.rightMargin: 8
                text: qsTr("Timeline")
                font.capitalization: Theme.buttonCase
                onClicked: page.openTimeline(page.themeId)
                Accessible.name: qsTr("Dated events of this theme")
            }
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the summary as it shows
        anchors { top: parent.top; bottom: parent.bottom; left: parent.left; right: page.wide ? side.left : parent.right }
        model: summary
        clip: true
        spacing: 18
        ScrollBar.vertical: ScrollBar {}
        readonly property real measure: Math.min(width - 40, 700)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Column {
            x: (list.width - list.measure) / 2
            width: list.measure
            topPadding: 16
            bottomPadding: 8
            spacing: 4
            Label { text: summary.titleTr; font.italic: true; color: Theme.secondaryText }
            Label { text: summary.description; wrapMode: Text.Wrap; width: parent.width; color: Theme.secondaryText }
            Item { width: 1; height: 8 }
            // On a phone the facts come first, above the summary; on a wide
            // screen they stand beside it (see the side column below).
            KeyFactsList {
                width: parent.width
                visible: !page.wide && count > 0
                themeId: page.themeId
                onOpenPassage: (documentId, block, start, length) => page.openPassage(documentId, block, start, length)
            }
            Item { width: 1; height: 8 }
            Label { text: qsTr("Summary"); font.pixelSize: Theme.px(15); font.weight: Font.DemiBold; color: Theme.text }
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Column {
            id: item
            required property int index
            required property string text
            required property string documentId
            required property string documentTitle
            required property int block
            required property int start
            required property int length
            required property string section
            required property string language
            x: (list.width - list.measure) / 2
            width: list.measure
            spacing: 6
            SentenceText {
                width: parent.width
                text: (item.index + 1) + ". " + item.text
                language: item.language
                onWordTapped: (position, area) => {
                    const offset = (item.index + 1).toString().length + 2 // the number before the sentence
                    if (position < offset)
                        return
                    lookup.lookupAt(item.text, position - offset, item.language, item.documentId, item.block)
                    const p = mapToItem(page, area.x, area.y)
                    glossary.showAt(Qt.rect(p.x, p.y, area.width, area.height))
                }
            }
            Label {
                objectName: "source:" + item.documentId + ":" + item.block
                width: parent.width
                text: "— " + item.documentTitle + (item.section !== "" ? ", " + item.section : "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.px(13)
                color: Theme.accent
                TapHandler { onTapped: page.openPassage(item.documentId, item.block, item.start, item.length) }
                HoverHandler { cursorShape: Qt.PointingHandCursor }
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Read this sentence in %1").arg(item.documentTitle)
                Accessible.onPressAction: page.openPassage(item.documentId, item.block, item.start, item.length)
                activeFocusOnTab: true
                Keys.onReturnPressed: page.openPassage(item.documentId, item.block, item.start, item.length)
                Keys.onSpacePressed: page.openPassage(item.documentId, item.block, item.start, item.length)
                FocusRing {}
            }
        }
        // qmllint enable unqualified
    }

    Flickable {
        id: side
        FollowFocus { view: side } // Tab walks the key facts as they show
        // After the summary (declared after it): Tab reads the page as the eye does, the summary on the left first.
        visible: page.wide
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: page.wide ? Math.min(400, page.width * 0.34) : 0
        contentHeight: sideFacts.height + 32
        clip: true
        ScrollBar.vertical: ScrollBar {}
        Rectangle { anchors.left: parent.left; width: 1; height: side.height; color: Theme.divider; parent: side }
        KeyFactsList {
            id: sideFacts
            objectName: "sideKeyFacts"
            x: 16
            y: 16
            width: side.width - 32
            shown: 12
            themeId: page.wide ? page.themeId : ""
            onOpenPassage: (documentId, block, start, length) => page.openPassage(documentId, block, start, length)
        }
    }

    GlossarySheet {
        id: glossary
        anchors.fill: parent
        lookup: lookup
        wide: page.wide
    }
}
