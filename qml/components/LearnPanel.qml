// The reader's learning button (issue 22): how much of the document the reader
// knows, and a panel with the words to learn next (one tap to save), "Mark the
// rest of this page as known" and the statistics. It also logs reading time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ToolbarButton {
    id: button
    objectName: "learnButton"
    required property string documentId
    required property BlockModel blocks
    required property ReaderView reader
    signal openStatistics()
    readonly property LearningModel learning: model

    text: model.ready ? qsTr("%1% known").arg(Math.round(model.tokenShare * 100)) : "…"
    tip: qsTr("What you know of this text, and words to learn")
    tipAllowed: !(panelLoader.item && (panelLoader.item as Popup).visible)
    font.pixelSize: Theme.px(13)
    // Made on first use, as the reading menu is: most readings never open it.
    onClicked: {
        if (panelLoader.item)
            (panelLoader.item as Popup).open()
        else
            panelLoader.active = true
    }
    Loader {
        id: panelLoader
        active: false
        sourceComponent: panelComponent
        onLoaded: (item as Popup).open()
    }

    // Only for a document whose words are marked: an English text in an English interface has no share.
    LearningModel { id: model; library: App.library; documentId: button.visible ? button.documentId : "" }
    StatsModel { id: stats }

    // A minute of reading at a time, while the window is in front: the time
    // and the words passed go to today's log (the statistics' streak and totals).
    Timer {
        property real from: button.reader.progress
        interval: 60000
        repeat: true
        // Qt.application is a QQuickApplication at run time; Qt 6.4's qmltypes give its base, without state.
        running: button.visible && Qt.application.state === Qt.ApplicationActive // qmllint disable type
        onTriggered: {
            stats.library = App.library
            stats.logReading(button.documentId, 60, from, button.reader.progress)
            from = button.reader.progress
        }
    }

    // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
    // qmllint disable unqualified
    Component {
        id: panelComponent
    Popup {
        id: panel
        objectName: "learnPanel"
        parent: Overlay.overlay
        x: Math.max(8, (parent.width - width) - 8)
        y: 56
        width: Math.min(parent.width - 16, 420)
        height: Math.min(parent.height - 72, content.implicitHeight + 32)
        padding: 16
        modal: true
        background: Rectangle { color: Theme.surface; radius: 10; border.color: Theme.divider }

        ColumnLayout {
            id: content
            anchors.fill: parent
            spacing: 10
            Label {
                objectName: "knownShare"
                text: qsTr("%1% of the words and %2% of the lemmas in this text are known")
                          .arg(Math.round(model.tokenShare * 100)).arg(Math.round(model.lemmaShare * 100))
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.px(15)
                Layout.fillWidth: true
            }
            ProgressBar {
                from: 0; to: 1; value: model.tokenShare
                Layout.fillWidth: true
            }
            Button {
                objectName: "markPageKnown"
                text: qsTr("Mark the rest of this page as known")
                font.capitalization: Font.MixedCase
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: {
                    const r = button.reader
                    const last = r.indexAt(r.width / 2, r.contentY + r.height - 1)
                    button.blocks.markNewAsKnown(r.topBlock, last >= 0 ? last : r.topBlock)
                }
            }
            Label {
                text: qsTr("Words to learn next")
                font.weight: Font.DemiBold
                color: Theme.text
                visible: model.count > 0
            }
            ListView {
                objectName: "wordsToLearn"
                model: model
                clip: true
                implicitHeight: Math.min(contentHeight, 320)
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: RowLayout {
                    id: word
                    required property int index
                    required property string lemma
                    required property string gloss
                    required property int count
                    required property int status
                    width: ListView.view.width
                    spacing: 8
                    Column {
                        Layout.fillWidth: true
                        Label { text: word.lemma + "  ×" + word.count; color: Theme.text; font.weight: Font.DemiBold; textFormat: Text.PlainText }
                        Label {
                            text: word.gloss; color: Theme.secondaryText; textFormat: Text.PlainText
                            elide: Text.ElideRight; width: parent.width
                        }
                    }
                    Button {
                        text: word.status > 0 ? qsTr("Learning") : qsTr("Save")
                        enabled: word.status === 0
                        flat: true
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("Save %1").arg(word.lemma)
                        onClicked: model.save(word.index)
                    }
                }
            }
            Button {
                objectName: "statisticsButton"
                text: qsTr("Statistics")
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: text
                onClicked: { panel.close(); button.openStatistics() }
            }
        }
    }
    }
    // qmllint enable unqualified
}
