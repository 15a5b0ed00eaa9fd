// What the reader has learnt (issue 22): known lemmas over time, words read,
// reading time and the streak of days with reading.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Okur

Page {
    id: page
    objectName: "statisticsPage"
    signal back()
    title: qsTr("Statistics")
    background: Rectangle { color: Theme.background }

    StatsModel { id: stats; library: App.library; span: page.width < 600 ? 14 : 30 }
    readonly property StatsModel statsModel: stats

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
                text: qsTr("Statistics")
                font.pixelSize: Theme.px(18)
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        FollowFocus { view: flick } // Tab walks the page as it shows
        clip: true
        ColumnLayout {
            id: column
            x: Math.max(16, (parent.width - width) / 2)
            y: 16
            width: Math.min(page.width - 32, 720)
            spacing: 16

            GridLayout {
                columns: page.width < 600 ? 2 : 4
                columnSpacing: 12
                rowSpacing: 12
                Layout.fillWidth: true
                Repeater {
                    model: [
                        // Each label agrees with its figure: "1 minute of reading", not "1 minutes".
                        { name: "knownFigure", value: stats.knownLemmas, label: qsTr("known word(s)", "", stats.knownLemmas) },
                        { name: "wordsFigure", value: stats.wordsRead, label: qsTr("word(s) read", "", stats.wordsRead) },
                        { name: "minutesFigure", value: stats.readingMinutes, label: qsTr("minute(s) of reading", "", stats.readingMinutes) },
                        { name: "streakFigure", value: stats.streak, label: qsTr("day(s) in a row", "", stats.streak) }
                    ]
                    Rectangle {
                        id: figureCard
                        required property var modelData
                        objectName: modelData.name
                        radius: 8
                        color: Theme.surface
                        implicitHeight: figure.implicitHeight + 20
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData.value + " " + modelData.label
                        Column {
                            id: figure
                            x: 12
                            y: 10
                            width: parent.width - 24
                            Label {
                                text: Number(figureCard.modelData.value).toLocaleString(Qt.locale(), "f", 0) // i18n: keep (a number format)
                                font.pixelSize: Theme.px(26)
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                text: figureCard.modelData.label
                                width: parent.width
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.px(13)
                                color: Theme.secondaryText
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("Known words over the last %n day(s)", "", stats.span)
                font.pixelSize: Theme.px(15)
                font.weight: Font.DemiBold
                color: Theme.text
            }
            LearningChart {
                days: stats.days
                Layout.fillWidth: true
                Layout.preferredHeight: page.width < 600 ? 180 : 240
            }
            Label {
                text: qsTr("Line: words you know. Bars: words read each day.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.px(12)
                color: Theme.secondaryText
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n word(s) being learnt", "", stats.learningLemmas)
                font.pixelSize: Theme.px(14)
                color: Theme.text
            }
        }
    }
}
