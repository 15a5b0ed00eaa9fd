// A document's glossary: its key terms with meanings and counts; choosing
// one steps through its occurrences in the reader.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    required property string documentId
    property string documentTitle: ""
    signal back()
    signal termChosen(string term, var occurrences)

    title: qsTr("Key terms")
    background: Rectangle { color: Theme.background }

    KeyTermsModel {
        id: terms
        library: App.library
        documentId: page.documentId
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
                text: qsTr("Key terms")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        anchors.fill: parent
        model: terms
        clip: true
        ScrollBar.vertical: ScrollBar {}
        readonly property real sideMargin: Math.max(8, (width - 760) / 2)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        header: Label {
            x: list.sideMargin + 12
            width: list.width - 2 * list.sideMargin - 24
            topPadding: 16
            bottomPadding: 8
            wrapMode: Text.Wrap
            text: page.documentTitle
            textFormat: Text.PlainText
            color: Theme.secondaryText
        }
        // qmllint enable unqualified
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: ItemDelegate {
            id: row
            required property string lemma
            required property string senses
            required property int occurrenceCount
            required property var occurrences
            required property bool isTerm
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            hoverEnabled: true
            onClicked: page.termChosen(lemma, occurrences)
            focusPolicy: Qt.StrongFocus
            Accessible.name: lemma
            Accessible.description: senses
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
            background: Rectangle { color: row.hovered ? Theme.hover : "transparent"; radius: 8 }
            contentItem: RowLayout {
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: row.lemma
                        textFormat: Text.PlainText
                        font.family: Theme.serif
                        font.pixelSize: Theme.px(18)
                        font.weight: row.isTerm ? Font.DemiBold : Font.Normal
                        color: Theme.text
                    }
                    Label {
                        text: row.senses
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: "× " + row.occurrenceCount
                    color: Theme.secondaryText
                }
            }
        }
        // qmllint enable unqualified
    }

    EmptyState {
        anchors.centerIn: parent
        visible: list.count === 0
        busy: terms.loading || !App.ready || App.busy
        title: terms.loading || App.busy ? qsTr("Finding the key terms…") : qsTr("No key terms yet.")
    }
}
