// Paged reading over the reader's flow (Aa, "Page by page"): a page ends at its last whole line, the next one
// starts at the first line not fully shown; pages turn by keys (ReaderView), by a tap in the left or right third,
// by a horizontal swipe or the wheel. A tap on a word in a side third turns the page too, as in Apple Books;
// the middle third still looks words up. The position kept is the reader's own (block and share of text).
import QtQuick
import Okur

Item {
    id: pager
    objectName: "pageTurner"
    required property ListView view
    required property TocModel toc
    property bool active: false
    /// The band at the page's bottom that holds "page n of m"; no text shows in it.
    readonly property real footer: Math.round(Theme.px(13) * 2.2)
    /// How far down the view a page may show text, before it is cut at a whole line.
    readonly property real pageLimit: Math.max(40, view.height - footer)
    /// Where this page's text ends, from the view's top: below it the rest is hidden.
    property real cut: view.height
    property int pageNumber: 1
    property int pageCount: 1
    /// The pages turned forward, so that turning back shows the very page before: [{from, to}] positions.
    property var turned: []
    property bool turning: false

    /// The top of the line a page from `top` (content y) must end before, so that no line is cut: the line that
    /// crosses the page's limit, or the limit itself when it falls between lines.
    function cutFor(top) {
        const limit = top + pageLimit
        const i = view.indexAt(view.width / 2, limit)
        const item = i >= 0 ? view.itemAtIndex(i) : null
        // A block of the reader (BlockDelegate) or null; itemAtIndex() is typed Item.
        const line = item ? item.lineAt(limit - item.y) : null // qmllint disable type
        if (line && item.y + line.top < limit && item.y + line.bottom > limit + 0.5 && item.y + line.top > top)
            return item.y + line.top
        return limit
    }
    /// The top of the first line at or below `y` (content y): where a page after a cut starts, so that its top
    /// is a line, never the space between two blocks.
    function lineTopFrom(y) {
        const i = view.indexAt(view.width / 2, y)
        const item = i >= 0 ? view.itemAtIndex(i) : null
        const first0 = view.count > 0 ? view.itemAtIndex(0) : null
        if (!item) // in the title above the text, which has no lines to cut between: the whole title page
            return first0 && y < first0.y ? view.originY - view.topMargin : y
        const line = item.lineAt(y - item.y)
        if (line && item.y + line.top >= y - 0.5)
            return item.y + line.top
        if (line) // crossed by y: the line after it, maybe in the next block
            return item.y + line.bottom > y + 0.5 ? lineTopFrom(item.y + line.bottom) : y
        const first = item.y + item.lineY(0)
        if (first >= y - 0.5)
            return first
        const after = view.itemAtIndex(i + 1)
        return after ? after.y + after.lineY(0) : y
    }
    function contentEnd() {
        const last = view.count > 0 ? view.itemAtIndex(view.count - 1) : null
        return last ? last.y + last.height : view.originY + view.contentHeight
    }
    function samePlace(a, b) {
        return a.block === b.block && Math.abs(a.offset - b.offset) < 1e-9
    }
    /// Brings the view to `y` with its blocks there laid out, so that their lines can be measured.
    function moveTo(y) {
        turning = true
        view.contentY = y
        view.forceLayout()
        turning = false
    }
    function setTop(y) {
        // view is the ReaderView; typed ListView as the ReaderView names PageTurner (no cycle of types), so qmllint knows only a ListView's members.
        view.letGo() // qmllint disable type
        turning = true
        view.contentY = y
        turning = false
        view.updateTop()
        update()
    }
    /// The next page: it starts where this one was cut. False on the last page.
    function next() {
        const c = cutFor(view.contentY)
        if (c >= contentEnd() - 1)
            return false
        const from = { place: view.here, y: view.contentY }
        setTop(lineTopFrom(c))
        turned = turned.concat([{ from: from, to: { place: view.here, y: view.contentY } }])
        return true
    }
    /// The page before: the one turned from, or else the whole lines that fit above this page's top.
    function previous() {
        const top = view.contentY
        const start = view.originY - view.topMargin
        if (top <= start + 0.5)
            return false
        const last = turned.length > 0 ? turned[turned.length - 1] : null
        // The layout has not changed since (the same place at the same y): the page turned from, exactly.
        if (last && samePlace(last.to.place, view.here) && Math.abs(last.to.y - top) < 0.5) {
            turned = turned.slice(0, -1)
            setTop(last.from.y)
            return true
        }
        turned = []
        const y0 = Math.max(start, top - pageLimit)
        // A line cut by the page's top belongs to the page before it.
        moveTo(y0)
        setTop(Math.min(top, y0 <= start + 0.5 ? start : lineTopFrom(y0)))
        return true
    }
    /// The last page: the text's last line at its foot, its top a whole line.
    function toEnd() {
        turned = []
        view.positionViewAtEnd()
        const last = view.itemAtIndex(view.count - 1)
        if (last) {
            const y = Math.max(view.originY - view.topMargin, last.y + last.height - pageLimit)
            moveTo(y)
            setTop(lineTopFrom(y))
        }
    }
    function turn(direction) {
        return direction > 0 ? next() : previous()
    }
    /// Where the last press over the text was, in the view: the word under it sees the same tap.
    property real pressX: -1
    /// Whether the tap being handled turns the page rather than looking up the word under it.
    function tapTurns() {
        return active && pressX >= 0 && (pressX < view.width / 3 || pressX > view.width * 2 / 3)
    }
    function tapAt(x) {
        if (!active)
            return
        if (x < view.width / 3)
            previous()
        else if (x > view.width * 2 / 3)
            next()
    }

    /// A move that was not a page turn (a jump, a restore, a new layout) can leave a line cut at the top: it is
    /// shown whole, as the reader's position names it.
    function snap() {
        // view is the ReaderView; typed ListView as the ReaderView names PageTurner (no cycle of types), so qmllint knows only a ListView's members.
        if (!active || turning || view.held !== null || !view.restored) // qmllint disable type
            return
        const top = view.contentY
        // The line a pixel down, as the reader's position names it (ReaderView.updateTop).
        const i = view.indexAt(view.width / 2, top + 1)
        const item = i >= 0 ? view.itemAtIndex(i) : null
        const line = item ? item.lineAt(top + 1 - item.y) : null
        if (line && Math.abs(item.y + line.top - top) > 0.5) {
            turning = true
            view.contentY = item.y + line.top
            turning = false
            view.updateTop()
        }
        update()
    }

    /// A block's height: its own once laid out, else estimated from its length in the reading face.
    function heightOf(i, measure) {
        const item = view.itemAtIndex(i)
        if (item)
            return item.height
        const lines = Math.max(1, Math.ceil(toc.textLength(i) * faceMetrics.averageCharacterWidth / measure))
        return 14 + lines * App.lineSpacing * App.readingSize
    }
    /// "Page n of m" in the section at the top: m from the section's height over a page's.
    function countPages() {
        const top = view.contentY
        // view is the ReaderView; typed ListView as the ReaderView names PageTurner (no cycle of types), so qmllint knows only a ListView's members.
        const topItem = view.itemAtIndex(view.topBlock) // qmllint disable type
        const measure = Math.max(100, topItem ? topItem.measureWidth : view.width - 40)
        const section = toc.sectionOf(view.topBlock)
        const first = section.first === undefined ? 0 : section.first
        const end = section.end === undefined ? view.count : section.end
        // A page loses half a line on average to the whole-line rule.
        const page = Math.max(20, pageLimit - App.lineSpacing * App.readingSize / 2)
        let before = 0
        let total = 0
        for (let i = first; i < end; ++i) {
            const h = heightOf(i, measure)
            if (i < view.topBlock)
                before += h
            total += h
        }
        // The title page belongs to the first section.
        const start = view.originY - view.topMargin
        const item0 = view.itemAtIndex(0)
        const title = first === 0 && item0 ? Math.max(0, item0.y - start) : 0
        total += title
        if (first === 0 && item0 && top < item0.y)
            before = top - start
        else
            before += title + (topItem ? Math.max(0, top - topItem.y) : 0)
        pageNumber = Math.floor(before / page + 0.5) + 1
        pageCount = Math.max(pageNumber, Math.ceil(total / page - 0.05))
    }
    function update() {
        if (!active || view.count === 0)
            return
        cut = cutFor(view.contentY) - view.contentY
        countPages()
    }

    // Whatever order the bindings settle in when the mode or the window changes, the cut follows the page's room.
    // Qt 6.4's qmltypes declare Qt.callLater as a QJSValue property, so qmllint doubts it is a method.
    onPageLimitChanged: Qt.callLater(update) // qmllint disable type
    onActiveChanged: {
        turned = []
        Qt.callLater(snap) // qmllint disable type
    }
    Connections {
        target: pager.view
        enabled: pager.active
        function onContentYChanged() { if (!pager.turning) Qt.callLater(pager.snap) } // qmllint disable type
        function onContentHeightChanged() { Qt.callLater(pager.update) } // qmllint disable type
    }

    FontMetrics {
        id: faceMetrics
        font.family: Theme.readingFace
        font.pixelSize: App.readingSize
    }

    // Below the last whole line: hidden, and a tap there turns the page or does nothing (never a hidden word).
    Rectangle {
        objectName: "pageMask"
        visible: pager.active
        y: pager.cut
        width: pager.width
        height: Math.max(0, pager.height - pager.cut)
        color: Theme.background
        TapHandler {
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: eventPoint => pager.tapAt(eventPoint.position.x)
        }
    }
    Text {
        objectName: "pageNumber"
        visible: pager.active
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Math.round((pager.footer - height) / 2)
        text: qsTr("Page %1 of %2").arg(pager.pageNumber).arg(pager.pageCount)
        font.pixelSize: Theme.px(12)
        color: Theme.secondaryText
    }
    // Over the text, these only listen: a tap in the middle third still reaches the word under it.
    TapHandler {
        enabled: pager.active
        onPressedChanged: if (pressed) pager.pressX = point.position.x
        onTapped: eventPoint => pager.tapAt(eventPoint.position.x)
    }
    DragHandler {
        id: swipe
        enabled: pager.active
        acceptedDevices: PointerDevice.TouchScreen
        target: null
        yAxis.enabled: false
        // From the press, not from the activation: a busy moment can deliver a whole swipe as one move.
        readonly property real dx: centroid.position.x - centroid.pressPosition.x
        property real swept: 0
        onCentroidChanged: if (active) swept = dx
        onActiveChanged: {
            if (active) {
                swept = dx
            } else if (Math.abs(swept) > 40) {
                pager.turn(swept < 0 ? 1 : -1)
            }
        }
    }
    // A wheel or a touchpad turns one page a gesture.
    WheelHandler {
        enabled: pager.active
        property real sum: 0
        onWheel: event => {
            if (wheelPause.running)
                return
            sum += event.angleDelta.y !== 0 ? event.angleDelta.y : event.angleDelta.x
            if (Math.abs(sum) >= 120) {
                pager.turn(sum < 0 ? 1 : -1)
                sum = 0
                wheelPause.restart()
            }
        }
    }
    Timer { id: wheelPause; interval: 350 }
}
