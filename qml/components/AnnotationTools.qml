// The reader's annotation controls: the toolbar over a selection
// (highlight in five colours, note, copy, look up), the menu of a tapped
// highlight (colour, note, remove), the note editor, and the confirmation
// with Undo. A confirmation is shown only for a change the library saved;
// otherwise the bar says what failed and why.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Item {
    id: tools
    required property AnnotationModel annotations
    signal lookUp(string text, string language)
    signal selectionDone()
    signal selectionText(string text)

    property int block: -1
    property int start: 0
    property int end: 0
    property string selectedText: ""
    property string language: ""
    property string highlightId: ""

    function place(popup, area) {
        popup.x = Math.max(8, Math.min(area.x + area.width / 2 - popup.width / 2, tools.width - popup.width - 8))
        // Below the selection, it leaves room for the selection's handles (44 px).
        popup.y = area.y > popup.height + 16 ? area.y - popup.height - 8 : Math.min(area.y + area.height + 48, tools.height - popup.height - 8)
    }
    function showSelection(blockIndex, text, lang, s, e, area) {
        block = blockIndex
        start = s
        end = e
        selectedText = text.substring(s, e)
        selectionText(selectedText)
        language = lang
        place(selectionBar, area)
        selectionBar.open()
    }
    function showHighlight(id, area) {
        highlightId = id
        place(highlightMenu, area)
        highlightMenu.open()
    }
    /// Confirms a saved change; `undoable` false for what is not a change (a copy).
    function confirm(message, undoable) {
        snackbar.undoable = undoable !== false
        snackbar.text = message
        snackbar.open()
        snackTimer.restart()
    }
    /// Says what failed, with the library's reason, and offers no Undo.
    function fail(message) {
        snackbar.undoable = false
        snackbar.text = message.arg(annotations.error)
        snackbar.open()
        snackTimer.restart()
    }
    function highlight(color, note) {
        const id = annotations.addHighlight(block, start, end, color, note || "")
        selectionBar.close()
        selectionDone()
        if (id !== "")
            confirm(note ? qsTr("Note saved") : qsTr("Highlighted"))
        else
            fail(note ? qsTr("Could not save the note: %1") : qsTr("Could not save the highlight: %1"))
        return id
    }
    /// Highlights a span chosen from the keyboard, in the first colour, without the toolbar.
    function highlightSpan(blockIndex, text, lang, s, e) {
        block = blockIndex
        start = s
        end = e
        selectedText = text.substring(s, e)
        language = lang
        return highlight(tools.annotations.colors[0] || "yellow")
    }
    function recolor(id, color) {
        const ok = annotations.setColor(id, color)
        if (!ok)
            fail(qsTr("Could not change the colour: %1"))
        return ok
    }
    function removeHighlight(id) {
        const ok = annotations.remove(id)
        if (ok)
            confirm(qsTr("Highlight removed"))
        else
            fail(qsTr("Could not remove the highlight: %1"))
        return ok
    }
    function saveNote(id, note) {
        const ok = annotations.setNote(id, note)
        if (ok)
            confirm(qsTr("Note saved"))
        else
            fail(qsTr("Could not save the note: %1"))
        return ok
    }
    function undo() {
        const ok = annotations.undo()
        if (ok)
            snackbar.close()
        else
            fail(qsTr("Could not undo: %1"))
        return ok
    }

    // Copying goes through a hidden editor: QML has no clipboard of its own.
    TextEdit { id: clipboard; visible: false }

    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    component Swatches: Row {
        id: swatches
        property string current: ""
        signal chosen(string color)
        spacing: 0
        Repeater {
            model: tools.annotations.colors
            // A button, not a TapHandler: it takes the press, so the text under
            // the popup never also gets the tap; 44 px to touch, 30 px to see.
            AbstractButton {
                id: swatch
                required property string modelData
                objectName: "swatch_" + modelData
                implicitWidth: 44; implicitHeight: 44
                Accessible.name: Theme.colorName(modelData)
                Accessible.description: qsTr("Highlight in this colour")
                focusPolicy: Qt.StrongFocus
                FocusRing {}
                onClicked: swatches.chosen(swatch.modelData)
                background: Rectangle {
                    anchors.centerIn: parent
                    width: 30; height: 30; radius: 15
                    color: Theme.swatchColor(swatch.modelData)
                    border.width: swatches.current === swatch.modelData ? 3 : 1
                    border.color: swatches.current === swatch.modelData ? Theme.text : Theme.divider
                }
            }
        }
    }
    // qmllint enable unqualified

    Popup {
        id: selectionBar
        objectName: "selectionBar"
        // Takes the keys while open, so Tab goes through its colours and actions.
        focus: true
        padding: 8
        onClosed: if (!noteDialog.visible) tools.selectionDone()
        background: Rectangle { color: Theme.background; radius: 10; border.color: Theme.divider }
        // On a phone the colours take a row and the actions the next, so nothing leaves the window.
        contentItem: GridLayout {
            objectName: "selectionTools"
            columns: tools.width < 600 ? 3 : 4
            columnSpacing: 8
            rowSpacing: 0
            Swatches { Layout.columnSpan: tools.width < 600 ? 3 : 1; onChosen: color => tools.highlight(color) }
            ToolButton { objectName: "noteButton"; Accessible.name: text; text: qsTr("Note"); font.capitalization: Font.MixedCase; onClicked: { selectionBar.close(); noteDialog.openFor("") } }
            ToolButton {
                Accessible.name: text
                text: qsTr("Copy")
                font.capitalization: Font.MixedCase
                onClicked: {
                    clipboard.text = tools.selectedText
                    clipboard.selectAll()
                    clipboard.copy()
                    selectionBar.close()
                    tools.confirm(qsTr("Copied"), false)
                }
            }
            ToolButton {
                objectName: "lookUpButton"
                Accessible.name: text
                text: qsTr("Look up")
                font.capitalization: Font.MixedCase
                onClicked: { selectionBar.close(); tools.lookUp(tools.selectedText, tools.language) }
            }
        }
    }

    Popup {
        id: highlightMenu
        objectName: "highlightMenu"
        focus: true
        onClosed: if (!noteDialog.visible) tools.selectionDone()
        padding: 10
        background: Rectangle { color: Theme.background; radius: 10; border.color: Theme.divider }
        contentItem: ColumnLayout {
            spacing: 6
            Label {
                // get() returns a QVariantMap, a plain JS object here; Qt 6.4's qmllint looks its keys up as properties.
                text: (tools.annotations.revision, tools.annotations.get(tools.highlightId).note || "") // qmllint disable type
                visible: text !== ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.maximumWidth: 280
            }
            Swatches {
                // get() returns a QVariantMap, a plain JS object here; Qt 6.4's qmllint looks its keys up as properties.
                current: (tools.annotations.revision, tools.annotations.get(tools.highlightId).color || "") // qmllint disable type
                onChosen: color => { highlightMenu.close(); tools.recolor(tools.highlightId, color) }
            }
            RowLayout {
                ToolButton {
                    Accessible.name: text
                    objectName: "highlightNoteButton"
                    // A highlight without a note is given one; one with a note has it edited.
                    // get() returns a QVariantMap, a plain JS object here; Qt 6.4's qmllint looks its keys up as properties.
                    text: (tools.annotations.revision, tools.annotations.get(tools.highlightId).note || "") !== "" // qmllint disable type
                          ? qsTr("Edit note") : qsTr("Add note")
                    font.capitalization: Font.MixedCase
                    onClicked: { highlightMenu.close(); noteDialog.openFor(tools.highlightId) }
                }
                ToolButton {
                    Accessible.name: text
                    objectName: "removeButton"
                    text: qsTr("Remove")
                    font.capitalization: Font.MixedCase
                    onClicked: {
                        highlightMenu.close()
                        tools.removeHighlight(tools.highlightId)
                    }
                }
            }
        }
    }

    Dialog {
        id: noteDialog
        objectName: "noteDialog"
        property string editing: ""
        /// The passage the note is on, shown above it.
        property string quote: ""
        property bool hadNote: false
        function openFor(id) {
            editing = id
            const existing = id !== "" ? tools.annotations.get(id) : ({})
            noteField.text = existing.note || ""
            hadNote = noteField.text !== ""
            quote = id !== "" ? (existing.quote || "") : tools.selectedText
            open()
            noteField.forceActiveFocus()
        }
        anchors.centerIn: parent
        width: Math.min(tools.width - 32, 480)
        modal: true
        title: hadNote ? qsTr("Edit note") : qsTr("Add a note")
        standardButtons: Dialog.Save | Dialog.Cancel
        Overlay.modal: Rectangle { color: Theme.dim }
        font.capitalization: Theme.buttonCase // its buttons too: Save, not SAVE
        onAccepted: {
            if (editing !== "") {
                tools.saveNote(editing, noteField.text)
            } else {
                tools.highlight("yellow", noteField.text)
            }
        }
        onRejected: tools.selectionDone()
        onOpened: standardButton(Dialog.Save).objectName = "noteSave" // for the end-to-end suite
        // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
        contentItem: ColumnLayout { // qmllint disable deferred-property-id
            spacing: 8
            Label {
                objectName: "noteQuote"
                text: noteDialog.quote
                visible: text !== ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.italic: true
                color: Theme.secondaryText
                Layout.fillWidth: true
            }
            ScrollView {
                implicitHeight: 140
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: noteField
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    placeholderText: qsTr("Your note")
                    placeholderTextColor: Theme.secondaryText // the style's hint colour read at 2.6:1
                }
            }
        }
    }

    Popup {
        id: snackbar
        objectName: "annotationSnackbar"
        property alias text: snackLabel.text
        // A failure offers no Undo: there is nothing of it to undo, and Undo
        // would revert an earlier change instead.
        property bool undoable: true
        x: (tools.width - width) / 2
        y: tools.height - height - 24
        padding: 8
        closePolicy: Popup.NoAutoClose
        background: Rectangle { radius: 8; color: Theme.snackbarBackground }
        // Named (or its parts are) for other bindings; the style's deferred default is replaced either way, so creating it at once costs nothing.
        contentItem: RowLayout { // qmllint disable deferred-property-id
            Label {
                id: snackLabel
                color: Theme.snackbarText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.leftMargin: 8
                Layout.maximumWidth: Math.max(120, tools.width - 160)
            }
            Button {
                id: undoButton
                Accessible.name: text
                objectName: "undoButton"
                text: qsTr("Undo")
                flat: true
                visible: tools.annotations.canUndo && snackbar.undoable
                font.capitalization: Font.MixedCase
                onClicked: tools.undo()
                // The style's accent is the page's, unreadable on the inverted bar.
                contentItem: Label {
                    text: undoButton.text
                    font: undoButton.font
                    color: Theme.snackbarAction
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
        Timer { id: snackTimer; interval: 5000; onTriggered: snackbar.close() }
    }
}
