// The glossary card's foot: how well the reader knows the word, and save and close. Under the card, or pinned
// under the phone sheet's scrolling card.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ColumnLayout {
    id: foot
    required property LookupModel lookup
    signal closeRequested()
    spacing: 10

    // The tapped word's status, also under a term: words are tinted by their own lemma. Under a term, which
    // word the buttons are for is said (saving keeps the term).
    Label {
        objectName: "statusFor"
        visible: foot.lookup.term !== "" && foot.lookup.wordLemma !== ""
        text: qsTr("How well you know “%1”").arg(foot.lookup.wordLemma)
        textFormat: Text.PlainText
        font.pixelSize: Theme.px(12)
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    StatusButtons {
        lookup: foot.lookup
        Layout.fillWidth: true
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            Accessible.name: text
            id: saveButton
            objectName: "saveButton"
            text: foot.lookup.saved ? qsTr("Saved ✓") : qsTr("Save to vocabulary")
            enabled: !foot.lookup.saved && foot.lookup.hasResult
            font.capitalization: Font.MixedCase
            // A failure is said under the buttons; the button stays. Saved, it is disabled: the keys go on to Close
            // rather than to nothing.
            onClicked: {
                const keys = saveButton.activeFocus
                foot.lookup.save()
                if (keys && foot.lookup.saved)
                    closeButton.forceActiveFocus(Qt.TabFocusReason)
            }
            Layout.preferredHeight: Theme.touchTarget
            contentItem: Label {
                text: saveButton.text
                font: saveButton.font
                color: saveButton.enabled ? "#ffffff" : Theme.secondaryText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 120
                radius: 6
                // accentFill, labelled in white in every theme (the accent is pale in dark and high contrast)
                color: saveButton.enabled ? (saveButton.down ? Qt.darker(Theme.accentFill, 1.2) : Theme.accentFill) : Theme.surface
            }
            FocusRing {} // outside the fill, where the focus colour shows in every theme
        }
        Item { Layout.fillWidth: true }
        Button {
            id: closeButton
            objectName: "closeButton"
            Accessible.name: text
            text: qsTr("Close")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: foot.closeRequested()
            Layout.preferredHeight: Theme.touchTarget
            FocusRing {}
        }
    }
    // Why the word was not saved (the library's reason); gone once it is.
    Label {
        objectName: "saveError"
        visible: foot.lookup.saveError !== ""
        text: qsTr("Could not save the word: %1").arg(foot.lookup.saveError)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.accent
        Layout.fillWidth: true
    }
}
