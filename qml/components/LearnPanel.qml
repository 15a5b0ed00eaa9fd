// The reader's learning button (issue 22): how much of the document the reader
// knows, and a panel with the words to learn next (one tap to save), "Mark the
// rest of this page as known" and the statistics. It also logs reading time.
import QtQuick
import QtQuick.Templates as T
import Okur

ToolbarButton {
    id: button
    objectName: "learnButton"
    required property string documentId
    required property BlockModel blocks
    required property ReaderView reader
    signal openStatistics()
    readonly property LearningModel learning: model

    /// On a phone's bar the share alone, after a check mark: "62% known" pushed the reading menu off a 390 px bar.
    property bool compact: false
    readonly property int share: Math.round(model.tokenShare * 100)

    text: !model.ready ? "…" : compact ? qsTr("✓%1%").arg(share) : qsTr("%1% known").arg(share)
    tip: qsTr("What you know of this text, and words to learn")
    Accessible.name: model.ready ? qsTr("%1% known").arg(share) : tip
    tipAllowed: !(panelLoader.item && (panelLoader.item as T.Popup).visible)
    font.pixelSize: Theme.px(13)
    // Made on first use, as the reading menu is: most readings never open it.
    onClicked: {
        if (panelLoader.item) {
            (panelLoader.item as T.Popup).open()
        } else {
            Theme.needControlsStyle() // a popup made before the style's colours keeps the style's defaults
            panelLoader.setSource(Qt.resolvedUrl("LearnPopup.qml"), { learning: model, reader: button.reader, blocks: button.blocks })
        }
    }
    Loader {
        id: panelLoader
        objectName: "learnPanelLoader"
        onLoaded: {
            item.openStatistics.connect(button.openStatistics) // qmllint disable type
            const popup = item as T.Popup
            popup.open()
        }
    }

    // Only for a document whose words are marked: an English text in an English interface has no share.
    LearningModel { id: model; library: App.library; documentId: button.visible ? button.documentId : "" }
    StatsModel { id: stats }

    // Reading time while the reader shows a document whose words it marks (this button's), with the window in front,
    // logged each minute and when the stretch ends (the reader closes or goes under a page, the window goes behind),
    // with the share of the text passed since the last log: today's time and words (the statistics' totals and
    // streak). The place is taken at each log, not bound: a bound start had always equalled the place, and no word
    // was ever counted. A log holds at most a minute and a little: a computer asleep with the reader open is no
    // reading (the clock is the wall's).
    Timer {
        id: readingLog
        objectName: "readingLog"
        /// The reader's progress and the time (ms) when this stretch was last logged.
        property real from: 0
        property real since: 0
        interval: 60000
        repeat: true
        // Qt.application is a QQuickApplication at run time; Qt 6.4's qmltypes give its base, without state.
        running: button.visible && Qt.application.state === Qt.ApplicationActive // qmllint disable type
        onRunningChanged: running ? begin() : log()
        onTriggered: log()
        Component.onCompleted: if (running) begin()
        Component.onDestruction: if (running) log()
        function begin() {
            from = button.reader ? button.reader.progress : 0
            since = Date.now()
        }
        function log() {
            const seconds = Math.min(Math.round((Date.now() - since) / 1000), interval / 1000 + 15)
            if (since > 0 && seconds >= 5 && button.reader) {
                stats.library = App.library
                stats.logReading(button.documentId, seconds, from, button.reader.progress)
            }
            begin()
        }
    }
}
