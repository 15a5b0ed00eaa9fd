// One block of the reading flow: heading, paragraph or caption, set in a
// readable measure, with its highlights drawn behind the text. Tap a word
// to look it up; drag with the mouse, or long-press, to select. Text is
// always plain: nothing in a document is markup.
import QtQuick
import QtQuick.Templates as T
import Okur

Item {
    id: block
    required property int index
    required property string text
    required property string kind
    required property string language
    required property int headingLevel
    required property string raw
    /// This block's highlights ({id, start, end, color, hasNote}), a role of the block model.
    required property var highlights
    required property var statusSpans
    property real measureWidth: 600
    property bool showOriginal: false
    property AnnotationModel annotations: null
    property FindModel finder: null
    property int selStart: -1
    property int selEnd: -1
    property int dragAnchor: -1
    property var markRects: []

    signal wordTapped(int position, rect area)
    signal highlightTapped(string id, rect area)
    signal selectionMade(int start, int end, rect area)

    readonly property bool isHeading: kind === "heading"
    readonly property bool isCaption: kind === "caption"
    // Justified and hyphenated (Aa): soft hyphens go into the label only, never into the text.
    readonly property bool justified: App.justify && !isHeading
    readonly property var findHits: finder && finder.count > 0 ? (finder.revision, finder.hitsForBlock(index)) : []

    function rects(start, length) {
        return TextGeometry.rectsFor(label.text, label.font, label.width, label.lineHeight, start, length, block.justified)
    }
    function positionAt(x, y) {
        const p = label.mapFromItem(block, x, y)
        return TextGeometry.positionAt(label.text, label.font, label.width, label.lineHeight, p.x, p.y, block.justified)
    }
    /// The character nearest a point, on the text or off it: where a drag that selects has got to.
    function positionNear(x, y) {
        const p = label.mapFromItem(block, x, y)
        return TextGeometry.positionNear(label.text, label.font, label.width, label.lineHeight, p.x, p.y, block.justified)
    }
    function areaOf(start, end) {
        const r = rects(start, Math.max(1, end - start))
        if (r.length === 0)
            return Qt.rect(label.x, label.y, 1, 1)
        const first = r[0], last = r[r.length - 1]
        return Qt.rect(label.x + first.x, label.y + first.y, Math.max(first.width, last.x + last.width - first.x),
                       last.y + last.height - first.y)
    }
    /// The first character of the line at `y` (from the block's top); 0 above the text.
    function lineStartAt(y) {
        return Math.max(0, TextGeometry.positionAt(label.text, label.font, label.width, label.lineHeight, 0,
                                                   Math.max(0, y - label.y), block.justified))
    }
    /// The top of the line holding `position`, from the block's top.
    function lineY(position) {
        const r = rects(position, 1)
        return label.y + (r.length > 0 ? r[0].y : 0)
    }
    /// The line at `y` as {top, bottom}, both from the block's top; null off the text (a paged reader ends a page
    /// before the line its edge would cut).
    function lineAt(y) {
        if (y < label.y || y >= label.y + label.height)
            return null
        const r = rects(lineStartAt(y), 1)
        return r.length > 0 ? { top: label.y + r[0].y, bottom: label.y + r[0].y + r[0].height } : null
    }
    /// Marks a span of the text (a looked-up word, a term's occurrence).
    function highlight(start, length) { markRects = rects(start, length) }
    function clearHighlight() { markRects = [] }
    function clearSelection() { selStart = -1; selEnd = -1 }
    /// The word at `position` as [start, end] by the app's one word rule (C++ text::words); [] between words.
    function wordBounds(position) { return TextGeometry.wordAt(text, position) }
    /// Sets the selection to the whole words [from, to) touches; none when it touches no word.
    function selectWords(from, to) {
        const w = TextGeometry.snapToWords(text, from, to)
        selStart = w.length === 2 ? w[0] : -1
        selEnd = w.length === 2 ? w[1] : -1
    }
    /// Whether a finger or the mouse holds one of the selection's handles.
    function handleHeld() {
        for (let i = 0; i < handles.count; ++i) {
            const handle = handles.itemAt(i) as SelectionHandle
            if (handle && handle.held)
                return true
        }
        return false
    }
    /// Whether the point (x, y) of `item` is on one of this block's selection handles.
    function handleAt(item, x, y) {
        for (let i = 0; i < handles.count; ++i) {
            const handle = handles.itemAt(i)
            if (handle && handle.contains(handle.mapFromItem(item, x, y)))
                return true
        }
        return false
    }
    /// Whether a press at (x, y) fell on a selection handle: this block's, or the block above's reaching over it.
    /// Such a press is the handle's: no tap or long press on the word under it.
    function pressOnHandle(x, y) {
        const view = ListView.view as ReaderView
        return view ? view.selectionHandleAt(block, x, y) : handleAt(block, x, y)
    }
    function finishSelection() {
        if (selStart >= 0 && selEnd > selStart)
            selectWords(selStart, selEnd)
        if (selStart >= 0 && selEnd > selStart)
            selectionMade(selStart, selEnd, areaOf(selStart, selEnd))
    }

    width: ListView.view ? ListView.view.width : measureWidth
    implicitHeight: label.implicitHeight + label.y + (block.showOriginal ? original.height + 8 : 0)
                    + (isHeading ? 10 : isCaption ? 18 : 14)
    height: implicitHeight
    // The block with the selection lies over the others: its handles, which reach below its text into the next
    // block, get a press before that block's own drag, which would take it and select anew.
    z: selStart >= 0 ? 2 : 1

    // New and learning words tinted behind the text (issue 22): one item draws them all (WordTints, C++).
    WordTints {
        objectName: "statusTints"
        x: label.x; y: label.y; width: label.width; height: label.height
        text: label.text; font: label.font; lineHeight: label.lineHeight; justify: block.justified
        spans: block.statusSpans
        textColor: Theme.text; accent: Theme.accent; contrast: Theme.contrast
    }
    // Highlights, then the current selection and marks, all behind the text.
    BlockHighlights {
        model: block.highlights
        textItem: label // qmllint disable unqualified
        rectsOf: block.rects
    }
    Repeater {
        model: block.selStart >= 0 && block.selEnd > block.selStart ? block.rects(block.selStart, block.selEnd - block.selStart) : []
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Rectangle {
            required property rect modelData
            x: label.x + modelData.x
            y: label.y + modelData.y
            width: modelData.width
            height: modelData.height
            color: Qt.rgba(0.25, 0.5, 0.95, Theme.dark ? 0.40 : 0.28)
        }
        // qmllint enable unqualified
    }
    // Find-bar matches: all of them marked, the current one strongest.
    Repeater {
        model: block.findHits
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Item {
            id: findHit
            required property var modelData
            readonly property var parts: (label.width, label.font.pixelSize, block.rects(modelData.start, modelData.length))
            readonly property bool current: modelData.current
            Repeater {
                model: parent.parts
                Rectangle {
                    required property rect modelData
                    x: label.x + modelData.x - 1
                    y: label.y + modelData.y + 1
                    width: modelData.width + 2
                    height: modelData.height - 2
                    radius: 3
                    color: findHit.current ? Qt.rgba(1.0, 0.55, 0.1, Theme.dark ? 0.55 : 0.5) : "transparent"
                    border.width: findHit.current ? 0 : 2
                    border.color: Qt.rgba(1.0, 0.55, 0.1, 0.8)
                }
            }
        }
        // qmllint enable unqualified
    }
    Repeater {
        model: block.markRects
        // Uses ids from outside this delegate: Qt 6.4's qmllint calls that unqualified unless the file has pragma ComponentBehavior: Bound, which stops pages loading in Qt 6.4.
        // qmllint disable unqualified
        Rectangle {
            required property rect modelData
            objectName: "passageMark"
            x: label.x + modelData.x - 1
            y: label.y + modelData.y
            width: modelData.width + 2
            height: modelData.height
            radius: 3
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.35 : 0.22)
        }
        // qmllint enable unqualified
    }

    FontMetrics {
        id: labelMetrics
        font: label.font
    }
    Text {
        id: label
        objectName: "blockText"
        x: Math.max(0, (block.width - width) / 2)
        y: block.isHeading && block.index > 0 ? App.readingSize * 1.4 : 0
        width: block.measureWidth
        text: block.justified ? Typography.hyphenated(block.text, block.language) : block.text
        horizontalAlignment: block.justified ? Text.AlignJustify : Text.AlignLeft
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: block.isCaption ? Theme.secondaryText : Theme.text
        font.family: Theme.readingFace
        font.pixelSize: block.isHeading ? Math.round(App.readingSize * (block.headingLevel === 1 ? 1.55 : 1.28))
                        : block.isCaption ? Math.round(App.readingSize * 0.82) : App.readingSize
        font.weight: block.isHeading ? Font.DemiBold : Font.Normal
        font.italic: block.isCaption
        // The setting is the line's pitch in ems, the same in every face
        // (Charis's own line is half as tall again as DejaVu's); a heading's is a set 1.25 em.
        lineHeight: (block.isHeading ? 1.25 : App.lineSpacing) * font.pixelSize / Math.max(1, labelMetrics.height)
        Accessible.role: block.isHeading ? Accessible.Heading : Accessible.Paragraph
        Accessible.name: block.text
    }

    // Selection handles (touch): drag to widen or narrow the selection.
    Repeater {
        id: handles
        model: block.selStart >= 0 && block.selEnd > block.selStart ? [true, false] : []
        SelectionHandle {
            required property bool modelData
            host: block // qmllint disable unqualified
            textItem: label // qmllint disable unqualified
            first: modelData
        }
    }

    DragHandler {
        // Mouse drag selects; a finger drag scrolls the page (or, in pages, swipes to the next).
        target: null
        // The attached view is the ReaderView, which qmllint knows only as a ListView.
        acceptedDevices: block.ListView.view && block.ListView.view.paged ? PointerDevice.Mouse | PointerDevice.Stylus // qmllint disable type
                                                                          : PointerDevice.AllDevices
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        onActiveChanged: {
            if (active) {
                block.dragAnchor = block.positionAt(centroid.pressPosition.x, centroid.pressPosition.y)
                // A busy moment can deliver a whole drag as one move: the point is already where it
                // ends, and no later move will say so.
                extend()
            } else {
                block.finishSelection()
                block.dragAnchor = -1
            }
        }
        onCentroidChanged: extend()
        function extend() {
            if (!active || block.dragAnchor < 0)
                return
            // Past the line's end or below the paragraph, the selection runs to the nearest character.
            const pos = block.positionNear(centroid.position.x, centroid.position.y)
            if (pos < 0)
                return
            // Whole words, as the selection grows: never "tejik planlamalar aracılığıy".
            block.selectWords(Math.min(block.dragAnchor, pos), Math.max(block.dragAnchor, pos) + 1)
        }
    }

    TapHandler {
        acceptedButtons: Qt.LeftButton
        onTapped: eventPoint => {
            if (block.pressOnHandle(eventPoint.pressPosition.x, eventPoint.pressPosition.y))
                return
            const position = block.positionAt(eventPoint.position.x, eventPoint.position.y)
            if (position < 0)
                return
            const hit = block.annotations ? block.annotations.highlightAt(block.index, position) : ""
            if (hit !== "") {
                block.highlightTapped(hit, block.areaOf(position, position + 1))
                return
            }
            // Between two words (a space, a comma) there is nothing to look up.
            const word = block.wordBounds(position)
            if (word.length === 2)
                block.wordTapped(position, block.areaOf(word[0], word[1]))
        }
        onLongPressed: {
            if (block.pressOnHandle(point.pressPosition.x, point.pressPosition.y))
                return
            const position = block.positionAt(point.position.x, point.position.y)
            if (position < 0)
                return
            const bounds = block.wordBounds(position)
            if (bounds.length !== 2)
                return
            block.selStart = bounds[0]
            block.selEnd = bounds[1]
            block.finishSelection()
        }
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: block.openMenu()
        // A button held past the long-press time is no tap; nor is a click the app saw late (a busy moment
        // lets the long-press timer fire before the release is read). Either way the reader asked for the menu.
        onLongPressed: block.openMenu()
    }
    function openMenu() {
        if (!blockMenu.item) {
            Theme.needControlsStyle() // a menu made before the style's colours keeps the style's defaults
            blockMenu.setSource(Qt.resolvedUrl("BlockMenu.qml"), { block: block })
        }
        const menu = blockMenu.item as T.Menu
        menu.popup()
    }
    // Made on the first right click, not with every paragraph the reader shows; from its file, so that neither it
    // nor the style's menu is compiled with the reader (the page's first frame waits for every type it names).
    Loader {
        id: blockMenu
        objectName: "blockMenu"
    }

    // The text as extracted, before repair: made only when asked for (laying
    // out every block's raw text unseen cost each paragraph), from its file as the menu.
    Loader {
        id: original
        active: block.showOriginal
        visible: active
        x: label.x
        y: label.y + label.implicitHeight + 8
        width: label.width
        Component.onCompleted: setSource(Qt.resolvedUrl("OriginalBox.qml"), { raw: block.raw })
    }
}
