// Known lemmas over the last days as a line, and the words read each day as
// bars beneath it, drawn on a Canvas (no QtCharts). Line and bars differ in
// shape, not only in colour.
import QtQuick
import Okur

Canvas {
    id: chart
    objectName: "learningChart"
    /// {label, knownLemmas, words} a day, oldest first (StatsModel.days).
    property var days: []
    readonly property int peakKnown: Math.max(1, ...days.map(d => d.knownLemmas))
    readonly property int peakWords: Math.max(1, ...days.map(d => d.words))
    implicitHeight: 180
    Accessible.role: Accessible.Chart
    Accessible.name: days.length > 0
        ? qsTr("Known lemmas: %1 today; words read: %2 today").arg(days[days.length - 1].knownLemmas).arg(days[days.length - 1].words)
        : ""

    onDaysChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    Connections {
        target: Theme
        function onNameChanged() { chart.requestPaint() }
    }

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = days.length
        if (n === 0)
            return
        const labelHeight = Theme.px(14)
        const top = 8, bottom = height - labelHeight - 4
        const step = width / n
        // Words read: bars in the divider's shade, under the line.
        ctx.fillStyle = Theme.divider
        for (let i = 0; i < n; ++i) {
            const h = (bottom - top) * 0.45 * days[i].words / peakWords
            ctx.fillRect(i * step + step * 0.2, bottom - h, step * 0.6, h)
        }
        // Known lemmas: a line with a dot a day, in the accent.
        ctx.strokeStyle = Theme.accent
        ctx.fillStyle = Theme.accent
        ctx.lineWidth = 2.5
        ctx.beginPath()
        for (let i = 0; i < n; ++i) {
            const x = i * step + step / 2
            const y = bottom - (bottom - top) * days[i].knownLemmas / peakKnown
            if (i === 0)
                ctx.moveTo(x, y)
            else
                ctx.lineTo(x, y)
        }
        ctx.stroke()
        for (let i = 0; i < n; ++i) {
            const x = i * step + step / 2
            const y = bottom - (bottom - top) * days[i].knownLemmas / peakKnown
            ctx.beginPath()
            ctx.arc(x, y, 3, 0, 2 * Math.PI)
            ctx.fill()
        }
        // A date under every few days, as many as fit.
        ctx.fillStyle = Theme.secondaryText
        ctx.font = Theme.px(11) + "px sans-serif"
        ctx.textAlign = "center"
        const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(width / 56))))
        for (let i = n - 1; i >= 0; i -= every) {
            const half = ctx.measureText(days[i].label).width / 2 + 1
            ctx.fillText(days[i].label, Math.min(width - half, Math.max(half, i * step + step / 2)), height - 4)
        }
        ctx.strokeStyle = Theme.divider
        ctx.lineWidth = 1
        ctx.beginPath()
        ctx.moveTo(0, bottom + 0.5)
        ctx.lineTo(width, bottom + 0.5)
        ctx.stroke()
    }
}
