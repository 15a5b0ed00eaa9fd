// What a tapped word means: the word or term, its lemma and morphology,
// its dictionary senses with their sources, and a button to save it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

ColumnLayout {
    id: card
    required property LookupModel lookup
    signal closeRequested()
    /// False where the host pins the foot under the card itself (the phone sheet, so that a long card never hides
    /// the buttons).
    property bool showFoot: true
    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: card.lookup.term !== "" ? card.lookup.term : card.lookup.query
            textFormat: Text.PlainText
            font.family: Theme.serif
            font.pixelSize: Theme.px(22)
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: card.lookup.language === "tr" ? "TR → EN" : "EN → TR" // i18n: keep (language codes)
            font.pixelSize: Theme.px(12)
            color: Theme.secondaryText
        }
    }

    // Under a term the tapped word is named: "diplomasisinin" in "kamu diplomasisinin".
    Label {
        objectName: "tappedWord"
        visible: card.lookup.term !== "" && card.lookup.segments.length > 0
        text: card.lookup.query
        textFormat: Text.PlainText
        font.family: Theme.serif
        font.pixelSize: Theme.px(17)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // diplomasi + -si (his/her/its) + -nin (of): the tapped word's own, also under a term.
    Flow {
        objectName: "segments"
        Layout.fillWidth: true
        spacing: 6
        visible: card.lookup.segments.length > 0
        Repeater {
            model: card.lookup.segments
            Rectangle {
                id: segment
                required property var modelData
                required property int index
                radius: 6
                color: index === 0 ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16) : Theme.surface
                implicitWidth: chip.implicitWidth + 14
                implicitHeight: chip.implicitHeight + 8
                Column {
                    id: chip
                    anchors.centerIn: parent
                    Label {
                        text: segment.modelData.form
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.px(15)
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        // A long label wraps inside the card at large text sizes.
                        width: segment.parent ? Math.min(implicitWidth, segment.parent.width - 14) : implicitWidth
                        text: segment.modelData.tag !== "" ? segment.modelData.tag + " · " + segment.modelData.label : segment.modelData.label
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.px(11)
                        color: Theme.secondaryText
                    }
                }
            }
        }
    }

    Label {
        visible: card.lookup.count === 0
        text: card.lookup.ready ? qsTr("No entry for this word.") : qsTr("Loading the dictionaries…")
        color: Theme.secondaryText
    }

    Repeater {
        model: card.lookup
        ColumnLayout {
            id: entry
            required property string headword
            required property string senses
            required property string sensesByGroup
            required property string source
            required property string pos
            required property string entryLanguage
            required property int index
            // Senses come ranked: the best three, and the rest behind More.
            readonly property var parts: senses.split("; ")
            property bool expanded: false
            Layout.fillWidth: true
            visible: index < 4
            spacing: 2
            Label {
                text: entry.headword + (entry.pos !== "" ? "  ·  " + entry.pos : "")
                textFormat: Text.PlainText
                font.pixelSize: Theme.px(14)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                id: sensesLabel
                objectName: "sensesLabel"
                // Expanded, a line for each of the source's sense groups (post: the mail's, the pole's, the job's).
                readonly property string plain: entry.expanded ? entry.sensesByGroup : entry.parts.slice(0, 3).join("; ")
                // A reference the dictionary makes ("could: → can", "awoke: → awake") is a link to that word's card.
                // Uses the card's id from inside the delegate: Qt 6.4's qmllint calls that unqualified (see the Loader below).
                // qmllint disable unqualified
                readonly property var targets: card.lookup.referencedWords(sensesLabel.plain)
                // The keys reach the links too: Tab stops on the senses, moves from link to link, Enter follows the
                // one in bold; a screen reader hears where it leads.
                property int focusedLink: 0
                readonly property string linked: card.lookup.linkedSenses(sensesLabel.plain,
                                                                          sensesLabel.activeFocus ? sensesLabel.focusedLink : -1)
                // qmllint enable unqualified
                readonly property bool refers: sensesLabel.targets.length > 0
                text: sensesLabel.refers ? sensesLabel.linked : sensesLabel.plain
                textFormat: sensesLabel.refers ? Text.StyledText : Text.PlainText
                linkColor: Theme.accent
                onLinkActivated: link => card.lookup.lookup(decodeURIComponent(link), entry.entryLanguage)
                // qmllint disable unqualified
                function follow() {
                    if (sensesLabel.focusedLink < sensesLabel.targets.length)
                        card.lookup.lookup(sensesLabel.targets[sensesLabel.focusedLink], entry.entryLanguage)
                }
                // qmllint enable unqualified
                activeFocusOnTab: sensesLabel.refers || sensesLabel.activeFocus
                onActiveFocusChanged: if (!sensesLabel.activeFocus) sensesLabel.focusedLink = 0
                // More or Less changes the senses under the keys: the place stays among the links there are, and
                // senses without one give the keys to the next stop.
                onTargetsChanged: {
                    sensesLabel.focusedLink = Math.max(0, Math.min(sensesLabel.focusedLink, sensesLabel.targets.length - 1))
                    if (sensesLabel.targets.length === 0 && sensesLabel.activeFocus)
                        sensesLabel.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                }
                Keys.onReturnPressed: sensesLabel.follow()
                Keys.onEnterPressed: sensesLabel.follow()
                Keys.onSpacePressed: sensesLabel.follow()
                // Tab alone, not Ctrl+Tab, which is the window's.
                Keys.onTabPressed: event => {
                    event.accepted = event.modifiers === Qt.NoModifier
                                     && sensesLabel.focusedLink + 1 < sensesLabel.targets.length
                    if (event.accepted)
                        ++sensesLabel.focusedLink
                }
                Keys.onBacktabPressed: event => {
                    event.accepted = (event.modifiers & ~Qt.ShiftModifier) === Qt.NoModifier && sensesLabel.focusedLink > 0
                    if (event.accepted)
                        --sensesLabel.focusedLink
                }
                Accessible.role: sensesLabel.refers ? Accessible.Link : Accessible.StaticText
                Accessible.name: sensesLabel.refers ? qsTr("See %1").arg(sensesLabel.targets[sensesLabel.focusedLink])
                                                    : sensesLabel.plain
                Accessible.description: sensesLabel.refers ? sensesLabel.plain : ""
                Accessible.onPressAction: sensesLabel.follow()
                FocusRing {}
                HoverHandler {
                    enabled: sensesLabel.refers
                    cursorShape: sensesLabel.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
                }
                font.family: Theme.serif
                font.pixelSize: Theme.px(17)
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: entry.expanded ? 1000 : 3
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // The source under its senses, the More button after it.
            Label {
                text: entry.source
                font.pixelSize: Theme.px(11)
                color: Theme.secondaryText
            }
            Button {
                Accessible.name: text
                objectName: "moreButton"
                visible: entry.parts.length > 3
                flat: true
                text: entry.expanded ? qsTr("Less") : qsTr("More (%1)").arg(entry.parts.length - 3)
                font.capitalization: Font.MixedCase
                onClicked: entry.expanded = !entry.expanded
                Layout.preferredHeight: Theme.touchTarget
            }
        }
    }

    // Not made at all where the host pins its own: one set of status buttons (and their keys) at a time.
    Loader {
        active: card.showFoot
        Layout.fillWidth: true
        // Uses the card's id: Qt 6.4's qmllint calls that unqualified in a component (see StatusButtons.qml).
        // qmllint disable unqualified
        sourceComponent: GlossaryCardFoot {
            lookup: card.lookup
            onCloseRequested: card.closeRequested()
        }
        // qmllint enable unqualified
    }
}
