// A small bar chart: how much each document says about a theme.
import QtQuick
import QtQuick.Controls
import Okur

Row {
    id: chart
    property var values: []     // one share (0..1) a document, in library order
    property var documents: []   // {id, title, number}
    property real barWidth: 18
    property real maxHeight: 44
    spacing: 6
    height: maxHeight + 16

    readonly property real peak: Math.max(0.05, ...values)
    readonly property var palette: ["#c0713a", "#4f8fc0", "#5aa469", "#b5699e", "#8a7f3c", "#6a6ac4"]

    Repeater {
        model: chart.values.length
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Column {
            id: bar
            required property int index
            spacing: 2
            Item {
                width: chart.barWidth
                height: chart.maxHeight
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Math.max(2, chart.maxHeight * chart.values[bar.index] / chart.peak)
                    radius: 2
                    color: chart.palette[bar.index % chart.palette.length]
                    opacity: chart.values[bar.index] > 0 ? 1 : 0.25
                }
                ToolTip.visible: hover.hovered
                ToolTip.text: qsTr("%1 — %2%").arg(chart.documents[bar.index] ? chart.documents[bar.index].title : "")
                                              .arg(Math.round(chart.values[bar.index] * 100))
                HoverHandler { id: hover }
            }
            Label {
                width: chart.barWidth
                horizontalAlignment: Text.AlignHCenter
                text: bar.index + 1
                font.pixelSize: Theme.px(10)
                color: Theme.secondaryText
            }
        }
        // qmllint enable unqualified
    }
}
