// A sentence glossed word by word, as linguists write interlinear glosses:
// each word cut into its morphs, and under each morph its meaning or its
// grammatical label (Leipzig abbreviations: GEN, POSS.3SG ...); the
// sentence's multiword terms underlined and named below.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Popup {
    id: panel
    property alias text: gloss.text
    property alias language: gloss.language
    readonly property InterlinearModel model: gloss

    modal: true
    focus: true
    padding: 16
    background: Rectangle { color: Theme.surface; radius: 8; border.color: Theme.divider }

    InterlinearModel {
        id: gloss
        library: App.library
    }

    // Its parts have ids other bindings use; the style's deferred default is replaced either way, so making it at once costs nothing.
    contentItem: Flickable { // qmllint disable deferred-property-id
        implicitHeight: Math.min(body.implicitHeight, panel.parent ? panel.parent.height * 0.7 : 400)
        contentHeight: body.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: body
            width: parent.width
            spacing: 12
            Label {
                text: qsTr("Word by word")
                font.weight: Font.DemiBold
                font.pixelSize: Theme.px(16)
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: 14
                Repeater {
                    model: gloss
                    Item {
                        id: word
                        required property string segmented
                        required property string gloss
                        required property int term
                        required property bool termContinues
                        objectName: "glossWord"
                        // As wide as its text: the term's bar may reach past it, over the gap.
                        implicitWidth: lines.implicitWidth
                        implicitHeight: lines.implicitHeight + 6
                        Accessible.role: Accessible.StaticText
                        Accessible.name: segmented + ", " + gloss
                        Column {
                            id: lines
                            spacing: 2
                            Label {
                                text: word.segmented
                                textFormat: Text.PlainText
                                font.family: Theme.readingFace
                                font.pixelSize: App.readingSize - 1
                                color: Theme.text
                            }
                            Label {
                                text: word.gloss
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.px(13)
                                color: Theme.secondaryText
                            }
                        }
                        // A term's words share one bar under them.
                        Rectangle {
                            visible: word.term >= 0
                            y: lines.implicitHeight + 3
                            width: lines.implicitWidth + (word.termContinues ? 14 : 0)
                            height: 3
                            color: Theme.accent
                        }
                    }
                }
            }
            Repeater {
                model: gloss.terms
                Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.text
                    text: qsTr("Term: %1 — %2").arg(modelData.headword).arg(modelData.translation)
                }
            }
            BusyIndicator { visible: gloss.loading; running: visible }
        }
    }
}
