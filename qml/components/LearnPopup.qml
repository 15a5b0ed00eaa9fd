// The learning button's panel (LearnPanel): what the reader knows of the text, "Mark the rest of this page as
// known", the words to learn next (one tap to save) and the statistics. Its own file, loaded on first use: most
// readings never open it, and the reader's first frame would wait for its types.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Popup {
    id: panel
    /// The document's learning figures and words (LearnPanel's model), the reader and its blocks.
    required property LearningModel learning
    required property ReaderView reader
    required property BlockModel blocks
    signal openStatistics()
    objectName: "learnPanel"
    parent: Overlay.overlay
    x: Math.max(8, (parent.width - width) - 8)
    y: 56
    width: Math.min(parent.width - 16, 420)
    height: Math.min(parent.height - 72, content.implicitHeight + 32)
    padding: 16
    modal: true
    // The panel takes the keys while it shows: Tab goes through its controls, Esc closes it (not the reader under
    // it), and the keys go back to the button that opened it.
    focus: true
    background: Rectangle { color: Theme.surface; radius: 10; border.color: Theme.divider }

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: 10
        Label {
            objectName: "knownShare"
            text: qsTr("%1% of the words and %2% of the lemmas in this text are known")
                      .arg(Math.round(panel.learning.tokenShare * 100)).arg(Math.round(panel.learning.lemmaShare * 100))
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.px(15)
            Layout.fillWidth: true
        }
        ProgressBar {
            from: 0; to: 1; value: panel.learning.tokenShare
            Layout.fillWidth: true
        }
        Button {
            objectName: "markPageKnown"
            text: qsTr("Mark the rest of this page as known")
            font.capitalization: Font.MixedCase
            Accessible.name: text
            Layout.fillWidth: true
            onClicked: {
                const r = panel.reader
                const last = r.indexAt(r.width / 2, r.contentY + r.height - 1)
                panel.blocks.markNewAsKnown(r.topBlock, last >= 0 ? last : r.topBlock)
            }
        }
        Label {
            text: qsTr("Words to learn next")
            font.weight: Font.DemiBold
            color: Theme.text
            visible: panel.learning.count > 0
        }
        ListView {
            objectName: "wordsToLearn"
            model: panel.learning
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
                    onClicked: panel.learning.save(word.index) // qmllint disable unqualified
                }
            }
        }
        Button {
            objectName: "statisticsButton"
            text: qsTr("Statistics")
            flat: true
            font.capitalization: Font.MixedCase
            Accessible.name: text
            onClicked: { panel.close(); panel.openStatistics() }
        }
    }
}
