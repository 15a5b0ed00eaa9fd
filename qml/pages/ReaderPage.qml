// The reader: a document's blocks in one continuous flow, with a table of
// contents (side panel when wide, drawer when narrow) and reading settings.
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import Okur

T.Page {
    id: page
    objectName: "readerPage"
    required property string documentId
    property bool wide: width >= 840
    signal back()
    signal openKeyTerms(string documentId)
    signal openParallel(string documentId)
    signal openStatistics()
    signal openTheme(string themeId)
    property int initialBlock: -1
    property var initialPassage: null // {start, length} in initialBlock: flashed on opening
    readonly property LookupModel lookupModel: lookup
    readonly property AnnotationModel annotationModel: annotations
    readonly property TocModel tocModel: toc
    readonly property FindModel findModel: finder

    // What the first screen does not show is made after the text's first frame (the annotation tools, the glossary)
    // or on first use (the find and term bars, the interlinear panel), from its file (LazyLoader): neither it nor
    // its types are made with the page. made() makes it at once when asked first.
    property bool drawn: false
    Connections { target: page.Window.window; enabled: !page.drawn; function onFrameSwapped() { page.drawn = true } }
    // Made synchronously once the first frame is shown and the style's colours are there (make() would have them made
    // on the spot): an asynchronous load still under way when the page or the engine goes (a reader closed at once)
    // leaves objects half made, which Qt 6.4 does not free.
    Timer { running: page.drawn && !Theme.controlsStylePending; interval: 0; onTriggered: { toolsMaker.make(); glossaryMaker.make() } }
    function made(maker) { maker.make(); return maker.item }

    function bookmarkHere() {
        // The line at the top, as the reading position names it, not the top block's first line.
        const id = annotations.addBookmark(reader.here.block, reader.here.offset)
        if (id !== "")
            made(toolsMaker).confirm(qsTr("Bookmarked"))
        else
            made(toolsMaker).fail(qsTr("Could not add the bookmark: %1"))
        return id
    }
    // Only while the reader is the page shown: a page over it has its own keys.
    readonly property bool shown: T.StackView.status === T.StackView.Active
    Shortcut { sequence: "Ctrl+B"; enabled: page.shown; onActivated: page.bookmarkHere() }
    // Qt 6.4's qmllint does not resolve the StandardKey enum QtQuick exports (a false "unqualified access").
    Shortcut { sequences: [StandardKey.Find]; enabled: page.shown; onActivated: page.openFind() } // qmllint disable unqualified
    Shortcut { sequences: [StandardKey.Undo]; enabled: page.shown && annotations.canUndo; onActivated: page.made(toolsMaker).undo() } // qmllint disable unqualified
    // G glosses the keyboard selection (a sentence: Shift+Down) word by word (issue 22): the text leaves the key to its page.
    Keys.onPressed: event => {
        if (event.key === Qt.Key_G && event.modifiers === Qt.NoModifier && reader.keySelection !== null) {
            const item = reader.keySelectionItem()
            const interlinear = made(interlinearMaker)
            interlinear.language = item.language
            interlinear.text = item.text.substring(reader.keySelection.start, reader.keySelection.end)
            interlinear.open()
            event.accepted = true
        }
    }
    // Esc closes the innermost bar over the text first, wherever the focus is (the text has it after a jump): the
    // term navigator, then the find bar; only then does it go on to the stack, which leaves the reader.
    Keys.onEscapePressed: event => {
        // Made files are not named here (that would load them with the page): qmllint sees QObjects.
        // qmllint disable type
        if (termMaker.item && termMaker.item.visible)
            termMaker.item.dismiss()
        else if (findMaker.item && findMaker.item.visible)
            findMaker.item.close()
        else
            event.accepted = false
        // qmllint enable type
    }
    // The text takes the keys whenever the reader shows (opened by a click or restored at start-up): paging works at once.
    T.StackView.onActivated: reader.forceActiveFocus()
    Component.onCompleted: reader.forceActiveFocus()

    function openFind() { made(findMaker).open(reader.topBlock) }
    function showTerm(term, occurrences) {
        made(termMaker).start(term, occurrences)
    }
    title: blocks.title
    background: Rectangle { color: Theme.background }

    BlockModel {
        id: blocks
        library: App.library
        documentId: page.documentId
        annotations: annotations
        markWords: App.markWords && language !== "" && language !== App.interfaceLanguage
    }
    TocModel {
        id: toc
        library: App.library
        documentId: page.documentId
    }
    FindModel {
        id: finder
        library: App.library
        documentId: page.documentId
    }
    AnnotationModel {
        id: annotations
        library: App.library
        documentId: page.documentId
    }
    LookupModel {
        id: lookup
        library: App.library
        onResultChanged: if (hasResult && lookupBlock >= 0) reader.mark(lookupBlock, start, length)
        property int lookupBlock: -1
    }

    header: ReaderToolbar {
        documentId: page.documentId; blocks: blocks; reader: reader; wide: page.wide
        onBack: page.back()
        onOpenContents: tocDrawer.open()
        onToggleFind: findMaker.item && findMaker.item.active ? findMaker.item.close() : page.openFind() // qmllint disable type
        onBookmark: page.bookmarkHere()
        onOpenKeyTerms: page.openKeyTerms(page.documentId)
        onOpenStatistics: page.openStatistics()
        onOpenParallel: page.openParallel(page.documentId)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // Beside the text on a wide window (a narrow one has the drawer), made after the text's first frame.
        Loader {
            id: sideLoader
            objectName: "sidePanel"
            active: page.wide && !Theme.controlsStylePending
            asynchronous: true
            visible: page.wide // its room is kept while it loads: the text does not move when it comes
            Layout.preferredWidth: Math.min(320, page.width * 0.26)
            Layout.maximumWidth: Math.min(320, page.width * 0.26)
            Layout.fillWidth: false
            Layout.fillHeight: true
            Component.onCompleted: page.makeSidePanel(sideLoader)
            onLoaded: page.setUpSidePanel(item)
        }
        Rectangle {
            visible: page.wide
            width: 1
            color: Theme.divider
            Layout.fillHeight: true
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The bars use the page's ids: Qt 6.4's qmllint calls that unqualified in a component (see sidePanel below).
            // qmllint disable unqualified
            // A loaded file's type is not named here (that would load it with the page): qmllint sees a QObject.
            // qmllint disable type
            LazyLoader {
                id: findMaker
                Layout.fillWidth: true
                file: Qt.resolvedUrl("../components/FindBar.qml")
                initial: ({ finder: page.findModel })
                onLoaded: {
                    item.go.connect((block, start, length) => reader.goToPassage(block, start, length))
                    item.closed.connect(() => reader.forceActiveFocus())
                }
            }
            LazyLoader {
                id: termMaker
                Layout.fillWidth: true
                file: Qt.resolvedUrl("../components/TermNavigator.qml")
                onLoaded: {
                    item.go.connect((block, start, length) => reader.goToPassage(block, start, length))
                    item.dismissed.connect(() => reader.clearMark())
                }
            }
            // qmllint enable type
            // qmllint enable unqualified
            ReaderView {
                id: reader
                model: blocks
                annotations: annotations
                finder: finder
                pager: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: pages.active ? 12 : 0
                onSelectionMade: (block, text, language, start, end, area) =>
                    page.made(toolsMaker).showSelection(block, text, language, start, end, reader.mapToItem(toolsMaker, area.x, area.y, area.width, area.height))
                onHighlightRequested: (block, text, language, start, end) => page.made(toolsMaker).highlightSpan(block, text, language, start, end)
                onHighlightTapped: (block, id, area) =>
                    page.made(toolsMaker).showHighlight(id, reader.mapToItem(toolsMaker, area.x, area.y, area.width, area.height))
                onWordTapped: (block, text, language, position, area) => {
                    lookup.lookupBlock = block
                    lookup.lookupAt(text, position, language, page.documentId, block)
                    const glossary = page.made(glossaryMaker)
                    const p = reader.mapToItem(glossaryMaker, area.x, area.y)
                    glossary.showAt(Qt.rect(p.x, p.y, area.width, area.height))
                    // On a phone the sheet rises over the text's bottom: the word goes above it.
                    if (!page.wide)
                        reader.keepAbove(area, reader.mapFromItem(glossaryMaker, 0, glossary.height - glossary.sheetMaxHeight).y)
                }
                // A reader opened at a passage lands there once it has its blocks and its height.
                pendingPassage: page.initialBlock >= 0
                                ? { block: page.initialBlock, start: page.initialPassage ? page.initialPassage.start : 0,
                                    length: page.initialPassage ? page.initialPassage.length : 0 }
                                : null
            }
        }
    }

    PageTurner {
        id: pages
        parent: reader
        anchors.fill: parent
        view: reader
        toc: page.tocModel
        active: App.paged
    }

    // The side panel (contents, notes, themes): beside the text on a wide window, in the drawer on a narrow one,
    // made after the text's first frame from its file (its tabs, lists and the style's shadows are not compiled with
    // the page). The two loaders make it here and bind it to the page; a choice in it closes the drawer.
    function makeSidePanel(loader) {
        loader.setSource(Qt.resolvedUrl("../components/SidePanel.qml"), { toc: page.tocModel, annotations: page.annotationModel })
    }
    // A loaded file's type is not named here (that would load it with the page): qmllint sees a QObject.
    // qmllint disable type
    function setUpSidePanel(panel) {
        panel.documentId = Qt.binding(() => page.documentId)
        panel.currentEntry = Qt.binding(() => (page.tocModel.count, page.tocModel.entryForBlock(reader.topBlock)))
        panel.openTheme.connect(id => { tocDrawer.close(); page.openTheme(id) })
        // A jump gives the keys to the text, where Page Down goes on from the place (beside the text they had stayed
        // in the list).
        panel.goToBlock.connect(block => { tocDrawer.close(); reader.goToBlock(block); reader.forceActiveFocus() })
        panel.goToPassage.connect((block, start, length) => {
            tocDrawer.close()
            reader.goToPassage(block, start, length)
            reader.forceActiveFocus()
        })
    }
    // qmllint enable type
    // The drawer of a narrow window: loaded by URL, so that a wide window never compiles it and its shadow effects.
    Loader {
        id: tocDrawer
        objectName: "sideDrawer"
        active: !page.wide && !Theme.controlsStylePending
        Component.onCompleted: setSource(Qt.resolvedUrl("../components/SideDrawer.qml"))
        /// Opens the drawer, made at once if it is not yet (a tap before the style's colours came).
        property bool openWhenLoaded: false
        function open() {
            if (item) {
                (item as T.Drawer).open()
            } else {
                openWhenLoaded = true
                Theme.needControlsStyle() // which makes it (active)
            }
        }
        function close() {
            if (item)
                (item as T.Drawer).close()
        }
        onLoaded: {
            page.makeSidePanel(item.panel) // qmllint disable type
            page.setUpSidePanel(item.panel.item) // qmllint disable type
            item.parent = page
            item.width = Qt.binding(() => Math.min(page.width * 0.85, 360))
            item.height = Qt.binding(() => page.height)
            item.closed.connect(() => reader.forceActiveFocus()) // the keys go back to the text
            if (openWhenLoaded)
                open()
        }
    }

    // The chips back to a place and the empty state, made when shown.
    ReaderNotices {
        anchors.fill: parent
        reader: reader
        blocks: blocks
    }

    // The components below use the page's ids: Qt 6.4's qmllint calls that unqualified (see the side panel above).
    // A loaded file's type is not named here (that would load it with the page): qmllint sees a QObject.
    // qmllint disable unqualified
    // qmllint disable type
    LazyLoader {
        id: toolsMaker
        anchors.fill: parent
        file: Qt.resolvedUrl("../components/AnnotationTools.qml")
        initial: ({ objectName: "annotationTools", annotations: page.annotationModel })
        onLoaded: {
            // The keys go back to the text once the tools close, for the next selection. The selection goes, unless
            // a handle is held: the press on the handle closed the tools, and its release brings them back.
            item.selectionDone.connect(() => {
                if (!reader.selectionHeld())
                    reader.clearSelection()
                // Not from a card the bar's Look up opened as the bar went: the card keeps the keys (Esc closes it).
                if (!(glossaryMaker.item && glossaryMaker.item.shown))
                    reader.forceActiveFocus()
            })
            item.selectionText.connect(text => reader.selectionText = text)
            item.lookUp.connect((text, language) => {
                lookup.lookupBlock = -1
                lookup.lookup(text, language)
                page.made(glossaryMaker).showAt(Qt.rect(page.width / 2 - 60, page.height / 3, 10, 20))
            })
        }
    }

    LazyLoader {
        id: interlinearMaker
        file: Qt.resolvedUrl("../components/InterlinearPanel.qml")
        initial: ({ objectName: "readerInterlinear" })
        onLoaded: {
            item.x = Qt.binding(() => (page.width - item.width) / 2)
            item.y = Qt.binding(() => Math.max(16, (page.height - item.height) / 2))
            item.width = Qt.binding(() => Math.min(page.width - 24, 720))
            item.closed.connect(() => reader.forceActiveFocus())
        }
    }

    LazyLoader {
        id: glossaryMaker
        anchors.fill: parent
        file: Qt.resolvedUrl("../components/GlossarySheet.qml")
        initial: ({ lookup: page.lookupModel })
        onLoaded: {
            item.wide = Qt.binding(() => page.wide)
            item.closed.connect(() => {
                reader.clearMark()
                reader.roomBelow = 0
                reader.forceActiveFocus() // the keys turn pages again at once
            })
        }
    }
    // qmllint enable type
    // qmllint enable unqualified
}
