// A theme's key facts: each named event, institution, place or date with how
// many sentences state it and the most telling of them; a tap opens it in place.
import QtQuick
import QtQuick.Controls
import Okur

Column {
    id: facts
    required property string themeId
    property int shown: 4 // the rest behind "Show all", so the summary stays in view
    readonly property int count: factsModel.count
    signal openPassage(string documentId, int block, int start, int length)
    objectName: "keyFacts"
    spacing: 10

    KeyFactsModel { id: factsModel; library: App.library; themeId: facts.themeId }

    Label {
        text: qsTr("Key facts")
        font.pixelSize: Theme.px(15)
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Repeater {
        model: factsModel
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        delegate: Rectangle {
            id: fact
            required property int index
            required property string text
            required property string kind
            required property int count
            required property string sentence
            required property string documentId
            required property string documentTitle
            required property int block
            required property int start
            required property int length
            objectName: "keyFact"
            visible: index < facts.shown
            width: facts.width
            height: visible ? body.implicitHeight + 16 : 0
            radius: 8
            color: tap.pressed || hover.hovered ? Theme.hover : Theme.surface
            Column {
                id: body
                x: 10
                y: 8
                width: parent.width - 20
                spacing: 2
                Label {
                    width: parent.width
                    textFormat: Text.StyledText
                    // Escaped: names come from documents, not from us.
                    text: "<b>" + fact.text.replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</b>  <font color=\"" + Theme.secondaryText + "\">" // i18n: keep (markup)
                          + fact.kind + " · " + qsTr("%Ln sentence(s)", "", fact.count) + "</font>"
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: fact.sentence
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.px(13)
                    color: Theme.secondaryText
                }
                Label {
                    text: "— " + fact.documentTitle
                    textFormat: Text.PlainText
                    width: parent.width
                    elide: Text.ElideRight
                    font.pixelSize: Theme.px(12)
                    color: Theme.accent
                }
            }
            TapHandler { id: tap; onTapped: facts.openPassage(fact.documentId, fact.block, fact.start, fact.length) }
            HoverHandler { id: hover; cursorShape: Qt.PointingHandCursor }
            Accessible.role: Accessible.Link
            Accessible.name: qsTr("%1: read it in %2").arg(fact.text).arg(fact.documentTitle)
            Accessible.description: fact.sentence
            Accessible.onPressAction: facts.openPassage(fact.documentId, fact.block, fact.start, fact.length)
            activeFocusOnTab: true
            Keys.onReturnPressed: facts.openPassage(fact.documentId, fact.block, fact.start, fact.length)
            Keys.onSpacePressed: facts.openPassage(fact.documentId, fact.block, fact.start, fact.length)
            FocusRing {}
        }
        // qmllint enable unqualified
    }
    Button {
        Accessible.name: text
        visible: factsModel.count > facts.shown
        flat: true
        text: qsTr("Show all %Ln fact(s)", "", factsModel.count)
        font.capitalization: Theme.buttonCase
        onClicked: facts.shown = factsModel.count
    }
}
