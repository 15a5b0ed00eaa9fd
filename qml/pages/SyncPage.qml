// The Sync page (issue 26): this library's WebDAV account, a connection test,
// Sync now, and what the last sync did. The app's SyncModel (made in Main, so
// automatic syncs run whichever page shows) does the work; this is layout.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    objectName: "syncPage"
    signal back()
    required property SyncModel sync
    readonly property bool narrow: width < 600
    title: qsTr("Sync")
    background: Rectangle { color: Theme.background }
    // Whether a keychain runs decides the choice offered for the password; what waits to be sent is shown.
    Component.onCompleted: {
        sync.probeKeychain()
        sync.refreshPending()
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
                tip: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                text: qsTr("Sync")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
        }
    }

    component Caption: Label {
        color: Theme.secondaryText
        font.pixelSize: Theme.px(13)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Drawn here, not by the style: its raised buttons lose their fill in software rendering.
    component ActionButton: Button {
        id: action
        property bool accent: false
        implicitHeight: Theme.touchTarget
        font.capitalization: Font.MixedCase
        Accessible.name: text
        contentItem: Label {
            text: action.text
            font: action.font
            color: !action.enabled ? Theme.secondaryText : action.accent ? "#ffffff" : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            implicitWidth: 96
            radius: 6
            color: action.accent && action.enabled ? (action.down ? Qt.darker(Theme.accentFill, 1.2) : Theme.accentFill)
                                                   : action.down ? Theme.hover : Theme.surface
            border.width: action.accent ? 0 : 1
            border.color: Theme.divider
        }
        // The ring outside the button: on the accent's fill, a ring of the focus colour drawn on it did not show.
        FocusRing {}
    }
    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    component Field: TextField {
        Layout.fillWidth: true
        Accessible.name: placeholderText
        placeholderTextColor: Theme.secondaryText // the style's hint colour read at 2.6:1
        enabled: !page.sync.running
    }
    // qmllint enable unqualified

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        FollowFocus { view: flick } // Tab walks the page as it shows
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: Math.max(16, (parent.width - width) / 2)
            y: 16
            width: Math.min(page.width - 32, 640)
            spacing: 8

            Caption {
                text: qsTr("Your notes, saved words, reading positions and imported documents, on your other devices: through a WebDAV folder on your own server (Nextcloud, Apache, a NAS). Each device writes only its own files there.")
            }
            Caption { text: qsTr("Server folder"); color: Theme.text; topPadding: 8 }
            Field {
                objectName: "serverField"
                placeholderText: qsTr("https://server/folder")
                text: page.sync.serverUrl
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onTextEdited: page.sync.serverUrl = text
            }
            CheckBox {
                id: plainHttpBox
                objectName: "plainHttpBox"
                visible: page.sync.plainHttpNeedsConsent
                text: qsTr("Use plain HTTP with this server anyway (the password and notes travel unencrypted)")
                checked: page.sync.allowPlainHttp
                onToggled: page.sync.allowPlainHttp = checked
                Layout.fillWidth: true
                Accessible.name: text
                contentItem: Label { leftPadding: plainHttpBox.indicator.width + 8; text: plainHttpBox.text; wrapMode: Text.Wrap; color: Theme.text }
            }
            Caption { text: qsTr("User name"); color: Theme.text }
            Field {
                objectName: "userField"
                placeholderText: qsTr("User name")
                text: page.sync.user
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onTextEdited: page.sync.user = text
            }
            Caption { text: qsTr("Password"); color: Theme.text }
            Field {
                objectName: "passwordField"
                placeholderText: page.sync.configured && page.sync.passwordStorage !== SyncModel.AskEachTime
                                 ? qsTr("Kept; type to change it") : qsTr("Password")
                echoMode: TextInput.Password
                text: page.sync.password
                onTextEdited: page.sync.password = text
            }
            Caption {
                objectName: "keychainMissing"
                visible: !page.sync.keychainAvailable
                text: qsTr("No keychain runs on this computer. Choose where the password is kept:")
                color: Theme.text
            }
            ButtonGroup { id: storageGroup }
            Repeater {
                model: [
                    { value: SyncModel.Keychain, label: qsTr("In the system keychain") },
                    { value: SyncModel.InLibrary, label: qsTr("In this library (readable by anyone who can read its file)") },
                    { value: SyncModel.AskEachTime, label: qsTr("Nowhere: ask for it each time the app starts") }
                ]
                // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
                // qmllint disable unqualified
                RadioButton {
                    id: storageChoice
                    required property var modelData
                    objectName: "storage" + modelData.value
                    text: modelData.label
                    ButtonGroup.group: storageGroup
                    enabled: modelData.value !== SyncModel.Keychain || page.sync.keychainAvailable
                    // Without a keychain, the default is not shown as chosen: the reader chooses.
                    checked: page.sync.passwordStorage === modelData.value && enabled
                    onToggled: page.sync.passwordStorage = modelData.value
                    Layout.fillWidth: true
                    Accessible.name: text
                    contentItem: Label {
                        leftPadding: storageChoice.indicator.width + 8
                        text: storageChoice.text
                        wrapMode: Text.Wrap
                        color: parent.enabled ? Theme.text : Theme.secondaryText
                    }
                }
                // qmllint enable unqualified
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: 8
                ActionButton {
                    objectName: "saveButton"
                    text: qsTr("Save")
                    enabled: page.sync.edited && !page.sync.running
                    onClicked: page.sync.save()
                }
                ActionButton {
                    objectName: "testButton"
                    text: qsTr("Test connection")
                    enabled: !page.sync.running
                    onClicked: page.sync.testConnection()
                }
                ActionButton {
                    objectName: "syncButton"
                    accent: true
                    text: qsTr("Sync now")
                    enabled: !page.sync.running
                    onClicked: page.sync.syncNow()
                }
            }

            RowLayout {
                visible: page.sync.running
                Layout.fillWidth: true
                spacing: 8
                Spinner { running: page.sync.running; dotSize: 6 }
                Label {
                    objectName: "activity"
                    text: page.sync.activity
                    color: Theme.secondaryText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            ProgressBar {
                objectName: "syncProgress"
                visible: page.sync.running
                value: page.sync.progress
                Layout.fillWidth: true
                Accessible.name: page.sync.activity
            }
            Label {
                objectName: "syncMessage"
                visible: text !== ""
                text: page.sync.message
                color: page.sync.failed ? Theme.accent : Theme.text
                font.weight: page.sync.failed ? Font.DemiBold : Font.Normal
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            // An untrusted certificate: its key, and an explicit choice to trust it.
            ColumnLayout {
                objectName: "certificateBox"
                visible: page.sync.untrustedPin !== ""
                Layout.fillWidth: true
                spacing: 8
                Caption {
                    text: qsTr("If this is your own server, check that its key's fingerprint is this one before you trust it:")
                    color: Theme.text
                }
                TextEdit {
                    objectName: "untrustedPin"
                    text: page.sync.untrustedPin
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.text
                    font.family: "DejaVu Sans Mono" // i18n: keep (a font's name)
                    font.pixelSize: Theme.px(13)
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "trustButton"
                    text: qsTr("Trust this certificate")
                    onClicked: page.sync.trustCertificate()
                }
            }
            Caption {
                objectName: "pinnedKey"
                visible: page.sync.pin !== ""
                text: qsTr("Trusted server key: %1").arg(page.sync.pin)
                wrapMode: Text.WrapAnywhere
            }

            Rectangle { Layout.fillWidth: true; Layout.topMargin: 8; height: 1; color: Theme.divider }
            Label {
                objectName: "lastSync"
                text: isNaN(page.sync.lastSync.getTime())
                      ? qsTr("Not synced yet.")
                      : qsTr("Last sync: %1. Sent %2, received %3, merged %4.")
                            .arg(page.sync.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
                            .arg(page.sync.lastSent).arg(page.sync.lastReceived).arg(page.sync.lastMerged)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Caption {
                objectName: "pendingChanges"
                visible: page.sync.pending > 0
                text: qsTr("%n change(s) made here wait for the next sync.", "", page.sync.pending)
            }
            Caption {
                visible: page.sync.configured
                text: qsTr("Okur syncs when it starts, half a minute after you change something, and every ten minutes while it runs.")
            }
        }
    }
}
