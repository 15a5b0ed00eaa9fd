// A review session: the word, then its meaning, then a grade that SM-2
// turns into the next review date.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Okur

Popup {
    id: dialog
    required property VocabularyModel model
    property var card: ({})
    property bool answerShown: false
    property string error: "" // why the last grade was not saved

    function start() {
        error = ""
        model.startReview()
        card = model.nextDue()
        answerShown = false
        open()
    }
    /// Saves the grade, then shows the next card; when the grade was not
    /// saved, the card stays and the dialog says why.
    function grade(quality) {
        if (!model.grade(card.id, quality)) {
            error = qsTr("Could not save the review: %1").arg(model.error)
            return false
        }
        error = ""
        card = model.nextDue()
        answerShown = false
        return true
    }

    modal: true
    Overlay.modal: Rectangle { color: Theme.dim }
    width: Math.min(parent ? parent.width - 32 : 400, 460)
    padding: 24
    background: Rectangle { color: Theme.background; radius: 12; border.color: Theme.divider }

    contentItem: ColumnLayout {
        spacing: 14
        Label {
            visible: dialog.card.id === undefined
            text: qsTr("Nothing left to review today.")
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.card.id !== undefined
            text: dialog.card.lemma || ""
            textFormat: Text.PlainText
            font.family: Theme.serif
            font.pixelSize: Theme.px(28)
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.answerShown
            text: dialog.card.translation || ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(20)
            color: Theme.accent
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.answerShown && (dialog.card.context || "") !== ""
            text: dialog.card.context || ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.italic: true
            color: Theme.secondaryText
            Layout.fillWidth: true
        }
        AccentButton {
            Accessible.name: text
            visible: dialog.card.id !== undefined && !dialog.answerShown
            text: qsTr("Show meaning")
            font.capitalization: Theme.buttonCase
            highlighted: true
            // Qt 6.4's Material labels a highlighted button in its theme's text colour once a foreground is set:
            // the opposite theme's is the one that reads on the accent.
            Material.foreground: Theme.textOnAccent
            Material.theme: Theme.dark ? Material.Light : Material.Dark
            Layout.alignment: Qt.AlignHCenter
            onClicked: dialog.answerShown = true
        }
        RowLayout {
            visible: dialog.answerShown
            Layout.alignment: Qt.AlignHCenter
            Button { Accessible.name: text; text: qsTr("Again"); font.capitalization: Theme.buttonCase; onClicked: dialog.grade(1) }
            Button { Accessible.name: text; text: qsTr("Hard"); font.capitalization: Theme.buttonCase; onClicked: dialog.grade(3) }
            AccentButton { text: qsTr("Good"); onClicked: dialog.grade(4) }
            Button { Accessible.name: text; text: qsTr("Easy"); font.capitalization: Theme.buttonCase; onClicked: dialog.grade(5) }
        }
        Label {
            objectName: "reviewError"
            visible: dialog.error !== ""
            text: dialog.error
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.accent
            Layout.fillWidth: true
        }
        Button {
            Accessible.name: text
            text: qsTr("Close")
            flat: true
            font.capitalization: Theme.buttonCase
            Layout.alignment: Qt.AlignRight
            onClicked: dialog.close()
        }
    }
}
