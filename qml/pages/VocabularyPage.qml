// Saved words: review them (SM-2), export them to Anki or CSV, or go back
// to where they were met.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Okur

Page {
    id: page
    signal back()
    signal openAt(string documentId, int block)
    title: qsTr("Vocabulary")
    background: Rectangle { color: Theme.background }

    VocabularyModel { id: words; library: App.library }
    readonly property VocabularyModel wordsModel: words

    /// Removes a saved word; the list shows what the library holds, and a removal that failed says so. One that
    /// was saved offers Undo, which puts the word back as it was, its schedule too.
    function removeWord(id, lemma) {
        const ok = words.remove(id)
        if (!ok)
            snackbar.show(qsTr("Could not remove “%1”: %2").arg(lemma).arg(words.error))
        else {
            page.removedLemma = lemma
            snackbar.show(qsTr("Removed “%1”.").arg(lemma), qsTr("Undo"), () => page.putBack(lemma))
        }
        return ok
    }
    /// The word removed last, for Ctrl+Z once its confirmation has gone.
    property string removedLemma
    // Qt 6.4's qmllint does not resolve the StandardKey enum QtQuick exports (a false "unqualified access").
    // Only while this page is the one shown: the reader over it has its own Ctrl+Z.
    Shortcut {
        objectName: "undoRemoveShortcut"
        sequences: [StandardKey.Undo] // qmllint disable unqualified
        enabled: words.canUndoRemove && page.visible && (page.StackView.view === null || page.StackView.status === StackView.Active)
        onActivated: page.putBack(page.removedLemma)
    }
    /// Undo of a removal; one the library refused says so and offers to try again.
    function putBack(lemma) {
        if (!words.undoRemove())
            snackbar.show(qsTr("Could not put “%1” back: %2").arg(lemma).arg(words.error), qsTr("Try again"),
                          () => page.putBack(lemma))
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
                tip: qsTr("Back to the library")
                onClicked: page.back()
            }
            Label {
                text: qsTr("Vocabulary")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
            AccentButton {
                objectName: "reviewButton"
                Accessible.name: text
                text: qsTr("Review (%1)").arg(words.dueCount)
                font.capitalization: Theme.buttonCase
                enabled: words.dueCount > 0
                // Filled while there is something to review; with nothing due, the plain button of the page's own
                // theme, greyed as a disabled control is (filled, the style greyed it into the page: invisible).
                highlighted: enabled
                // Qt 6.4's Material labels a highlighted button in its theme's text colour once a foreground is set:
                // the opposite theme's is the one that reads on the accent.
                Material.foreground: enabled ? Theme.textOnAccent : Theme.secondaryText
                Material.theme: enabled !== Theme.dark ? Material.Dark : Material.Light
                onClicked: review.start()
            }
            ToolbarButton {
                text: "⋮"
                font.pixelSize: Theme.px(20)
                tip: qsTr("Export")
                onClicked: exportMenu.popup(0, height) // under the button, not at the pointer: the keys open it too
                FittedMenu {
                    id: exportMenu
                    MenuItem { Accessible.name: text; text: qsTr("Export as an Anki deck (.apkg)…"); onTriggered: exporter.open("apkg") }
                    MenuItem { Accessible.name: text; text: qsTr("Export for Anki (TSV)…"); onTriggered: exporter.open("anki") }
                    MenuItem { Accessible.name: text; text: qsTr("Export as CSV…"); onTriggered: exporter.open("csv") }
                    MenuItem { Accessible.name: text; text: qsTr("Export as CSV for spreadsheets (UTF-8 BOM)…"); onTriggered: exporter.open("csv-bom") }
                }
            }
        }
    }

    ExportDialog {
        id: exporter
        title: qsTr("Export words")
        baseName: "okur-words" // i18n: keep (a file's name)
        formats: ({ apkg: ["apkg", qsTr("Anki deck (*.apkg)")], anki: ["txt", qsTr("Anki text (*.txt *.tsv)")],
                    csv: ["csv", qsTr("CSV (*.csv)")], "csv-bom": ["csv", qsTr("CSV (*.csv)")] })
        onChosen: (file, format) => {
            const error = words.exportTo(file, format)
            snackbar.show(error !== "" ? error : qsTr("Exported %Ln word(s) to %1.", "", words.count).arg(FileNames.name(file)))
        }
    }

    ListView {
        id: list
        FollowFocus { view: list } // Tab walks the list as it shows
        anchors.fill: parent
        model: words
        clip: true
        ScrollBar.vertical: ScrollBar {}
        readonly property real sideMargin: Math.max(8, (width - 760) / 2)
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: ItemDelegate {
            id: row
            required property var itemId
            required property string lemma
            required property string translation
            required property string context
            required property string documentId
            required property int block
            x: list.sideMargin
            width: list.width - 2 * list.sideMargin
            hoverEnabled: true
            onClicked: if (documentId !== "") page.openAt(documentId, block)
            Accessible.name: lemma + " — " + translation
            Accessible.description: context
            focusPolicy: Qt.StrongFocus
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing {}
            background: Rectangle { color: row.hovered ? Theme.hover : "transparent"; radius: 8 }
            contentItem: RowLayout {
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: row.lemma + "  —  " + row.translation
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.family: Theme.serif
                        font.pixelSize: Theme.px(18)
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.context
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.italic: true
                        color: Theme.secondaryText
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    text: "×"
                    font.pixelSize: Theme.px(20)
                    Accessible.name: qsTr("Remove %1").arg(row.lemma)
                    onClicked: page.removeWord(row.itemId, row.lemma)
                }
            }
        }
        // qmllint enable unqualified
    }

    EmptyState {
        anchors.centerIn: parent
        visible: list.count === 0
        title: qsTr("No saved words yet")
        detail: qsTr("Tap a word while reading and choose “Save to vocabulary”.")
    }

    ReviewDialog {
        id: review
        objectName: "reviewDialog"
        model: words
        anchors.centerIn: parent
    }

    Snackbar { id: snackbar; objectName: "snackbar" }
}
