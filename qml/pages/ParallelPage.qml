// A document's two languages side by side (issue 22): the passage and its
// translation aligned by sentence, in two columns on a desktop and one
// language at a time, with a switch, on a phone. A tap on a sentence marks
// its counterpart; a long press (or G) glosses it word by word.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    objectName: "parallelPage"
    required property string documentId
    property string documentTitle: ""
    property bool wide: width >= 840
    /// On a phone: which language shows (0 the document's, 1 the other).
    property int shownSide: 0
    /// The tapped sentence: {row, side, index}, or null.
    property var marked: null
    readonly property ParallelModel parallelModel: parallel
    readonly property InterlinearPanel glossPanel: interlinear
    signal back()

    function languageName(code) {
        return code === "tr" ? qsTr("Turkish") : code === "en" ? qsTr("English") : code
    }
    function mark(row, side, index) {
        page.marked = { row: row, side: side, index: index }
    }
    /// Glosses a sentence of a row: the panel opens over the page.
    function gloss(row, side, index) {
        mark(row, side, index)
        const sentences = parallel.data(parallel.index(row, 0), side === 0 ? ParallelModel.LeftRole : ParallelModel.RightRole)
        interlinear.language = side === 0 ? parallel.leftLanguage : parallel.rightLanguage
        interlinear.text = sentences[index].text
        interlinear.open()
    }
    // On a phone the switch shows the other language at the marked row, where its counterpart is.
    onShownSideChanged: if (marked !== null) list.positionViewAtIndex(marked.row, ListView.Contain)

    title: qsTr("Side by side")
    background: Rectangle { color: Theme.background }

    ParallelModel {
        id: parallel
        library: App.library
        documentId: page.documentId
        align: true
    }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle {
            color: Theme.background
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
        }
        RowLayout {
            anchors.fill: parent
            ToolbarButton {
                text: "←"
                font.pixelSize: Theme.px(22)
                tip: qsTr("Back to the reader")
                onClicked: page.back()
            }
            Label {
                text: qsTr("Side by side")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // The language switch of a phone.
            TabBar {
                id: languageSwitch
                objectName: "languageSwitch"
                visible: !page.wide && parallel.count > 0
                currentIndex: page.shownSide
                onCurrentIndexChanged: page.shownSide = currentIndex
                background: Item {}
                Layout.rightMargin: 8
                TabButton {
                    objectName: "leftLanguageTab"
                    text: page.languageName(parallel.leftLanguage)
                    font.capitalization: Theme.buttonCase
                    width: implicitWidth
                }
                TabButton {
                    objectName: "rightLanguageTab"
                    text: page.languageName(parallel.rightLanguage)
                    font.capitalization: Theme.buttonCase
                    width: implicitWidth
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "parallelList"
        anchors.fill: parent
        model: parallel
        clip: true
        spacing: 10
        ScrollBar.vertical: ScrollBar {}
        readonly property real sideMargin: Math.max(12, (width - 1100) / 2)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Column {
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            topPadding: 16
            bottomPadding: 12
            spacing: 8
            Label {
                width: parent.width
                text: page.documentTitle
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.secondaryText
            }
            // Column titles on a desktop.
            Row {
                visible: page.wide
                spacing: 24
                Repeater {
                    model: [parallel.leftLanguage, parallel.rightLanguage]
                    Label {
                        required property string modelData
                        width: (list.width - 2 * list.sideMargin - 24) / 2
                        text: page.languageName(modelData)
                        font.weight: Font.DemiBold
                        color: Theme.accent
                    }
                }
            }
            Label {
                width: parent.width
                wrapMode: Text.Wrap
                text: qsTr("Tap a sentence to mark its translation; press and hold (or G) to gloss it word by word.")
                color: Theme.secondaryText
                font.pixelSize: Theme.px(13)
            }
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Item {
            id: rowItem
            required property int index
            required property var leftSentences
            required property var rightSentences
            required property bool heading
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            // On a phone a row the shown language has no sentence in takes no room.
            implicitHeight: Math.max(leftSide.visible ? leftSide.implicitHeight : 0, rightSide.visible ? rightSide.implicitHeight : 0)
            height: implicitHeight
            readonly property real columnWidth: page.wide ? (width - 24) / 2 : width
            // A sentence the other text leaves out: said so, in place of the empty column.
            Label {
                visible: page.wide && (rowItem.leftSentences.length === 0 || rowItem.rightSentences.length === 0)
                x: rowItem.leftSentences.length === 0 ? 0 : rowItem.columnWidth + 24
                width: rowItem.columnWidth
                topPadding: 4
                text: qsTr("(not in this language)")
                color: Theme.secondaryText
                font.italic: true
                font.pixelSize: Theme.px(13)
            }
            ParallelSentences {
                id: leftSide
                visible: page.wide || page.shownSide === 0
                width: rowItem.columnWidth
                sentences: rowItem.leftSentences
                row: rowItem.index
                sideIndex: 0
                heading: rowItem.heading
                language: parallel.leftLanguage
                marked: page.marked
                onTapped: index => page.mark(rowItem.index, 0, index)
                onGlossRequested: index => page.gloss(rowItem.index, 0, index)
            }
            ParallelSentences {
                id: rightSide
                visible: page.wide || page.shownSide === 1
                x: page.wide ? rowItem.columnWidth + 24 : 0
                width: rowItem.columnWidth
                sentences: rowItem.rightSentences
                row: rowItem.index
                sideIndex: 1
                heading: rowItem.heading
                language: parallel.rightLanguage
                marked: page.marked
                onTapped: index => page.mark(rowItem.index, 1, index)
                onGlossRequested: index => page.gloss(rowItem.index, 1, index)
            }
        }
        // qmllint enable unqualified
    }

    InterlinearPanel {
        id: interlinear
        objectName: "interlinearPanel"
        parent: page
        x: (page.width - width) / 2
        y: Math.max(16, (page.height - height) / 2)
        width: Math.min(page.width - 24, 720)
    }

    EmptyState {
        anchors.centerIn: parent
        visible: parallel.count === 0
        busy: parallel.loading || !App.ready
        title: parallel.loading ? qsTr("Aligning the two languages…")
                                : qsTr("This document has no passage in two languages.")
    }
}
