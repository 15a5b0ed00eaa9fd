// The document's highlights, notes and bookmarks in reading order, with a
// colour filter. Orphans (text that changed under them) stay listed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ColumnLayout {
    id: panel
    required property AnnotationModel annotations
    signal activated(int block, int start, int length)
    spacing: 0

    Flow {
        Layout.fillWidth: true
        Layout.margins: 10
        spacing: 6
        Repeater {
            // Qt 6.4's qmllint takes an array literal for a QML list and knows none of its JS methods.
            model: [""].concat(panel.annotations.colors) // qmllint disable type
            // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
            // qmllint disable unqualified
            Rectangle {
                required property string modelData
                width: modelData === "" ? allLabel.implicitWidth + 16 : 26
                height: 26
                radius: 13
                color: modelData === "" ? Theme.surface : Theme.swatchColor(modelData)
                border.width: panel.annotations.colorFilter === modelData ? 2 : 0
                border.color: Theme.text
                Accessible.name: modelData === "" ? qsTr("All colours") : Theme.colorName(modelData)
                Accessible.role: Accessible.RadioButton
                Accessible.checked: panel.annotations.colorFilter === modelData
                Accessible.onPressAction: panel.annotations.colorFilter = modelData
                activeFocusOnTab: true
                Keys.onReturnPressed: panel.annotations.colorFilter = modelData
                Keys.onSpacePressed: panel.annotations.colorFilter = modelData
                FocusRing {}
                Label { id: allLabel; anchors.centerIn: parent; visible: parent.modelData === ""; text: qsTr("All"); color: Theme.text }
                TapHandler { onTapped: panel.annotations.colorFilter = parent.modelData }
            }
            // qmllint enable unqualified
        }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: panel.annotations
        ScrollBar.vertical: ScrollBar {}
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: ItemDelegate {
            id: row
            required property string annotationId
            required property string kind
            required property int block
            required property int start
            required property int end
            required property string quote
            required property string note
            required property string color
            required property bool orphaned
            /// The quote stops inside its block: a bookmark's line ends in "…" only then (not after a whole heading).
            required property bool continues
            width: list.width
            hoverEnabled: true
            onClicked: if (!orphaned) panel.activated(block, start, end - start)
            Accessible.name: kind === "bookmark" ? qsTr("Bookmark · %1").arg(quote + (continues ? "…" : "")) : quote
            Accessible.description: note
            focusPolicy: Qt.StrongFocus
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
            background: Rectangle { color: row.hovered ? Theme.hover : "transparent" }
            contentItem: RowLayout {
                spacing: 10
                Rectangle {
                    width: 4
                    Layout.fillHeight: true
                    color: row.kind === "bookmark" ? Theme.accent : Theme.swatchColor(row.color)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: row.kind === "bookmark" ? qsTr("Bookmark · %1").arg(row.quote + (row.continues ? "…" : "")) : row.quote
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        font.family: Theme.serif
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.note !== ""
                        text: row.note
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.italic: true
                        color: Theme.secondaryText
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.orphaned
                        text: qsTr("Its text changed and could not be found again; kept here.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.px(12)
                        color: Theme.accent
                        Layout.fillWidth: true
                    }
                }
            }
        }
        // qmllint enable unqualified
        Label {
            anchors.centerIn: parent
            width: parent.width - 32
            visible: list.count === 0
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Select text to highlight it, or press Ctrl+B to bookmark.")
            color: Theme.secondaryText
        }
    }
}
