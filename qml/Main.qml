// The shell: window, theme, navigation and app-wide shortcuts. Nothing else.
import QtQuick
import QtQuick.Templates as T
import Okur

T.ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: stack.currentItem && (stack.currentItem as T.Page).title ? (stack.currentItem as T.Page).title + " — Okur" : "Okur" // i18n: keep (the app's name)
    color: Theme.background
    // Every control inherits it; explicit sizes go through Theme.px (issue 23: interface text follows the system font).
    font.pixelSize: Theme.controlSize

    readonly property bool wide: width >= 840

    // Pages are loaded the first time they are opened, by URL, so the first
    // frame pays only for the library page.
    function push(name, properties, handlers) {
        // A page the reader opens may make the style's popups with it (a page's menus, dialogs): the style's colours
        // come first. Not for the reader reopened at start-up, whose first frame names no control of the style.
        if (App.started)
            Theme.needControlsStyle()
        const page = stack.push(Qt.resolvedUrl("pages/" + name + ".qml"), properties || {})
        page.back.connect(goBack)
        for (const signal in handlers)
            page[signal].connect(handlers[signal])
        return page
    }

    function openDocument(id, block, start, length) {
        App.lastDocument = id
        const reader = push("ReaderPage", {
            documentId: id, wide: Qt.binding(() => window.wide),
            initialBlock: block === undefined ? -1 : block,
            initialPassage: start === undefined ? null : { start: start, length: length }
        }, {
            back: () => { App.lastDocument = "" },
            openTheme: themeId => openTheme(themeId),
            openParallel: docId => push("ParallelPage", { documentId: docId, documentTitle: reader.title,
                                                          wide: Qt.binding(() => window.wide) }),
            openStatistics: openStatistics,
            openKeyTerms: docId => push("KeyTermsPage", { documentId: docId, documentTitle: reader.title }, {
                termChosen: (term, occurrences) => {
                    stack.pop()
                    reader.showTerm(term, occurrences)
                }
            })
        })
    }
    function openTheme(themeId) {
        push("ThemePage", { themeId: themeId, wide: Qt.binding(() => window.wide) }, { openPassage: openDocument, openTimeline: openTimeline })
    }
    function openThemes() { push("ThemesPage", {}, { openTheme: openTheme, openTimeline: openTimeline }) }
    function openTimeline(themeId) { push("TimelinePage", { themeId: themeId || "" }, { openPassage: openDocument }) }
    function openSearch() { return push("SearchPage", {}, { openPassage: openDocument }) }
    function openNotes() { push("NotesPage", {}, { openPassage: openDocument }) }
    function openStatistics() { push("StatisticsPage", {}) }
    function openSync() { push("SyncPage", { sync: syncModel }) }
    function openVocabulary() { push("VocabularyPage", {}, { openAt: (id, block) => openDocument(id, block) }) }

    /// The library page in place of the page shown, or first (`operation`: a StackView transition), by URL as every
    /// page: the shell names no page, so that it compiles alone and the first page compiles beside it (main.cpp).
    function showLibraryPage(operation) {
        const page = stack.depth === 0 ? stack.push(Qt.resolvedUrl("pages/LibraryPage.qml"), {}, operation)
                                        : stack.replace(Qt.resolvedUrl("pages/LibraryPage.qml"), {}, operation)
        page.openDocument.connect(id => openDocument(id))
        page.openVocabulary.connect(openVocabulary)
        page.openNotes.connect(openNotes)
        page.openSearch.connect(openSearch)
        page.openThemes.connect(openThemes)
        page.openSync.connect(openSync)
    }

    /// One page back; from a reader reopened at start-up, to the library.
    function goBack() {
        if (stack.depth > 1)
            stack.pop()
        else
            showLibraryPage(T.StackView.PopTransition)
    }

    /// Whether the library is the page shown.
    function atLibrary() {
        return stack.currentItem !== null && stack.currentItem.objectName === "libraryPage"
    }

    /// Back to the library at once: for benchmarks.
    function showLibrary() {
        if (stack.depth > 1)
            stack.pop(null, T.StackView.Immediate)
        if (!atLibrary())
            showLibraryPage(T.StackView.Immediate)
    }

    // The app's syncs (on start, after changes, on a timer) run whichever page shows; the Sync page shows this one.
    SyncModel {
        id: syncModel
        library: App.library
    }

    // Qt 6.4's qmllint does not resolve the StandardKey enum QtQuick exports (a false "unqualified access").
    Shortcut {
        sequences: [StandardKey.ZoomIn, "Ctrl+="] // qmllint disable unqualified
        onActivated: App.zoomIn()
    }
    // StandardKey.ZoomOut is Ctrl+- already: naming it twice made the key
    // ambiguous, and an ambiguous shortcut does nothing.
    Shortcut {
        sequence: StandardKey.ZoomOut // qmllint disable unqualified
        onActivated: App.zoomOut()
    }
    Shortcut {
        // Back is several keys (Alt+Left, the Back key): all of them.
        sequences: [StandardKey.Back] // qmllint disable unqualified
        enabled: stack.currentItem !== null && !window.atLibrary()
        // Every page above the library declares signal back(); pages differ in type, so qmllint sees an Item.
        onActivated: stack.currentItem.back() // qmllint disable type
    }

    // The library is the bottom of the stack, except when the last document
    // read is reopened at start-up: then the reader comes first, alone, and
    // the library is made when the reader goes back to it.
    // Esc is a key, not a shortcut: a shortcut would outrank the find field
    // and tie with an open popup's own Esc, so the innermost layer could not
    // close first. What the page's focused item leaves unhandled goes back.
    PageStack {
        id: stack
        anchors.fill: parent
        focus: true
        Keys.onEscapePressed: event => {
            if (currentItem !== null && !window.atLibrary())
                currentItem.back()
            else
                event.accepted = false
        }
    }

    // The Material style's colours for the pages that use its controls, made once the first frame is shown: neither
    // first page (the library, the reader reopened) shows any of them in it. A part the reader asks for before then
    // has them made at once: a Loader made synchronous completes its load (or the load under way) on the spot.
    Loader {
        id: controlsStyle
        active: App.started
        asynchronous: true
        source: Qt.resolvedUrl("components/ControlsStyle.qml")
    }
    Connections {
        target: Theme
        function onControlsStyleNeeded() {
            controlsStyle.asynchronous = false
            controlsStyle.active = true
        }
    }

    Component.onCompleted: {
        Theme.controlsStylePending = true
        if (App.lastDocument !== "")
            openDocument(App.lastDocument)
        else
            showLibraryPage(T.StackView.Immediate)
    }
}
