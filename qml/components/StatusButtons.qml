// The learner's status of the looked-up lemma, set with one tap or a key as
// in LingQ: 1-4 learning, K (or 5, the status's number) known, I ignore.
// Every form of the lemma shares it.
import QtQuick
import QtQml.Models
import QtQuick.Controls
import Okur

Flow {
    id: bar
    objectName: "statusButtons"
    required property LookupModel lookup
    spacing: 6

    // 1-4, 5 or K, I while the card is shown (the reader's own keys wait until it closes).
    Instantiator {
        model: [{ key: "1", status: 1 }, { key: "2", status: 2 }, { key: "3", status: 3 }, { key: "4", status: 4 },
                { key: "5", status: 5 }, { key: "K", status: 5 }, { key: "I", status: 6 }]
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Shortcut {
            required property var modelData
            sequence: modelData.key
            context: Qt.ApplicationShortcut
            enabled: bar.visible && bar.lookup.hasResult
            onActivated: bar.lookup.setStatus(modelData.status)
        }
        // qmllint enable unqualified
    }
    Repeater {
        model: [
            { status: 1, label: "1", name: qsTr("Learning 1"), keys: "1" },
            { status: 2, label: "2", name: qsTr("Learning 2"), keys: "2" },
            { status: 3, label: "3", name: qsTr("Learning 3"), keys: "3" },
            { status: 4, label: "4", name: qsTr("Learning 4"), keys: "4" },
            { status: 5, label: qsTr("Known"), name: qsTr("Known"), keys: "K, 5" }, // i18n: keep (key names)
            { status: 6, label: qsTr("Ignore"), name: qsTr("Ignore"), keys: "I" } // i18n: keep (key names)
        ]
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Button {
            id: choice
            required property var modelData
            readonly property bool current: bar.lookup.status === modelData.status
            objectName: "status" + modelData.status
            text: modelData.label
            checkable: true
            checked: current
            enabled: bar.lookup.hasResult
            font.capitalization: Font.MixedCase
            font.pixelSize: Theme.px(13)
            Accessible.name: modelData.name
            Accessible.description: qsTr("Key: %1").arg(modelData.keys)
            Accessible.checked: current
            /// The tooltip: the status and its keys.
            readonly property string keyHint: qsTr("%1 (key: %2)").arg(modelData.name).arg(modelData.keys)
            ToolTip.text: keyHint
            ToolTip.visible: hovered
            ToolTip.delay: 600
            implicitHeight: 44 // a touch target's least, as the highlight colours' (Apple's 44 pt)
            onClicked: bar.lookup.setStatus(modelData.status)
            contentItem: Label {
                text: choice.text
                font: choice.font
                color: choice.current ? "#ffffff" : Theme.text // accentFill is labelled in white in every theme
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: choice.text.length > 1 ? 64 : 44
                radius: 6
                color: choice.current ? Theme.accentFill : (choice.hovered ? Theme.hover : Theme.surface)
                border.width: 1
                border.color: choice.current ? Theme.accentFill : Theme.divider
            }
            // The app's ring, outside the button: the fill says which status is current, the ring where the keys are.
            FocusRing {}
        }
        // qmllint enable unqualified
    }
}
