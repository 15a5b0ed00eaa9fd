// Every highlight, note and bookmark in the library: search quotes and
// notes, filter by document and colour, jump to a passage; export and import.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal back()
    signal openPassage(string documentId, int block, int start, int length)
    title: qsTr("Notes")
    background: Rectangle { color: Theme.background }

    NotesModel { id: notes; library: App.library }
    LibraryModel { id: documents; library: App.library }

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
                tip: qsTr("Back to the library")
                onClicked: page.back()
            }
            Label {
                text: qsTr("Notes")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            ToolbarButton {
                text: "⋮"
                font.pixelSize: Theme.px(20)
                tip: qsTr("Export and import")
                onClicked: menu.popup(0, height) // under the button, not at the pointer: the keys open it too
                FittedMenu {
                    id: menu
                    MenuItem { Accessible.name: text; text: qsTr("Export as Markdown…"); onTriggered: exporter.open("markdown") }
                    MenuItem { Accessible.name: text; text: qsTr("Export as Web Annotations (JSON)…"); onTriggered: exporter.open("w3c") }
                    MenuItem { Accessible.name: text; text: qsTr("Import Web Annotations…"); onTriggered: openDialog.open() }
                }
            }
        }
    }

    ExportDialog {
        id: exporter
        title: qsTr("Export notes and highlights")
        baseName: "okur-notes" // i18n: keep (a file's name)
        formats: ({ markdown: ["md", qsTr("Markdown (*.md)")], w3c: ["json", qsTr("JSON (*.json)")] })
        onChosen: (file, format) => {
            const error = notes.exportTo(file, format)
            snackbar.show(error !== "" ? error : qsTr("Exported to %1.").arg(FileNames.name(file)))
        }
    }
    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        title: qsTr("Import Web Annotations")
        acceptLabel: qsTr("Import")
        nameFilters: [qsTr("JSON (*.json *.jsonld)"), qsTr("All files (*)")]
        onAccepted: snackbar.show(notes.importFrom(selectedFile))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        TextField {
            id: search
            objectName: "notesSearch"
            placeholderText: qsTr("Search quotes and notes")
            placeholderTextColor: Theme.secondaryText // the style's hint colour read at 2.6:1
            Accessible.name: placeholderText
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            onTextChanged: notes.search = text
        }
        // On a phone the colours get a row of their own: 44 px targets do not fit beside the list.
        GridLayout {
            id: filters
            readonly property bool narrow: width < 520
            columns: narrow ? 2 : 3
            columnSpacing: 4
            rowSpacing: 0
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            ComboBox {
                id: docFilter
                Layout.fillWidth: true
                // Not the longest title's width: the list fills what the colours leave.
                Layout.preferredWidth: 200
                Layout.row: 0
                Layout.column: 0
                textRole: "title"
                valueRole: "documentId"
                model: documents
                displayText: currentIndex < 0 ? qsTr("All documents") : currentText
                Accessible.name: qsTr("Document")
                currentIndex: -1
                onActivated: notes.documentFilter = currentValue
            }
            ToolButton {
                Accessible.name: text
                text: "×"
                visible: docFilter.currentIndex >= 0
                Layout.row: 0
                Layout.column: 1
                onClicked: { docFilter.currentIndex = -1; notes.documentFilter = "" }
            }
            Row {
                Layout.row: filters.narrow ? 1 : 0
                Layout.column: filters.narrow ? 0 : 2
                Layout.columnSpan: filters.narrow ? 2 : 1
                Repeater {
                    model: ["", "yellow", "green", "blue", "pink", "purple"]
                    // 44 px to touch, 26 px to see.
                    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
                    // qmllint disable unqualified
                    AbstractButton {
                        id: colorFilter
                        required property string modelData
                        objectName: "colorFilter_" + (modelData === "" ? "all" : modelData)
                        implicitWidth: 44; implicitHeight: 44
                        Accessible.name: modelData === "" ? qsTr("All colours") : Theme.colorName(modelData)
                        onClicked: notes.colorFilter = modelData
                        background: Rectangle {
                            anchors.centerIn: parent
                            width: 26; height: 26; radius: 13
                            color: colorFilter.modelData === "" ? Theme.surface : Theme.swatchColor(colorFilter.modelData)
                            border.width: notes.colorFilter === colorFilter.modelData ? 2 : 0
                            border.color: Theme.text
                        }
                        // The keys' ring around the swatch, apart from the outline that marks the chosen colour.
                        FocusRing {
                            anchors.fill: undefined
                            anchors.centerIn: parent
                            width: 26 + 2 * Theme.focusRingWidth + 4
                            height: width
                            radius: width / 2
                        }
                    }
                    // qmllint enable unqualified
                }
            }
        }

        ListView {
            id: list
            FollowFocus { view: list } // Tab walks the list as it shows
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: 760
            Layout.alignment: Qt.AlignHCenter
            model: notes
            clip: true
            spacing: 4
            ScrollBar.vertical: ScrollBar {}
            // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
            // qmllint disable unqualified
            delegate: ItemDelegate {
                id: row
                objectName: kind + ":" + documentId + ":" + block
                required property string documentId
                required property string documentTitle
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
                onClicked: page.openPassage(documentId, block, start, end - start)
                Accessible.name: kind === "bookmark" ? qsTr("Bookmark · %1").arg(quote + (continues ? "…" : "")) : quote
                Accessible.description: note !== "" ? documentTitle + " · " + note : documentTitle
                focusPolicy: Qt.StrongFocus
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusRing {}
                background: Rectangle { color: row.hovered ? Theme.hover : "transparent"; radius: 8 }
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle { width: 4; Layout.fillHeight: true; color: row.kind === "bookmark" ? Theme.accent : Theme.swatchColor(row.color) }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: row.documentTitle; textFormat: Text.PlainText; font.pixelSize: Theme.px(12); color: Theme.secondaryText; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: row.kind === "bookmark" ? qsTr("Bookmark · %1").arg(row.quote + (row.continues ? "…" : "")) : row.quote
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.family: Theme.serif
                            font.pixelSize: Theme.px(16)
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Label { visible: row.note !== ""; text: row.note; textFormat: Text.PlainText; wrapMode: Text.Wrap; font.italic: true; color: Theme.secondaryText; Layout.fillWidth: true }
                        Label { visible: row.orphaned; text: qsTr("Orphaned: its text changed"); font.pixelSize: Theme.px(12); color: Theme.accent }
                    }
                }
            }
            // qmllint enable unqualified
            EmptyState {
                anchors.centerIn: parent
                visible: list.count === 0
                title: notes.total === 0 ? qsTr("No notes yet") : qsTr("Nothing matches")
                detail: notes.total === 0 ? qsTr("Select text while reading to highlight it.") : ""
            }
        }
    }

    Snackbar { id: snackbar }
}
