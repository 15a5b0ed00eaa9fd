// The shell: window, theme, navigation and app-wide shortcuts. Nothing else.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Okur

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: stack.currentItem && stack.currentItem.title ? stack.currentItem.title + " — Okur" : "Okur"
    color: Theme.background

    readonly property bool wide: width >= 840

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.text

    function openDocument(id, block, start, length) {
        App.lastDocument = id
        stack.push(readerComponent, { documentId: id, initialBlock: block === undefined ? -1 : block,
                                      initialPassage: start === undefined ? null : { start: start, length: length } })
    }

    /// Opens a page by name ("vocabulary", "terms"): for screenshots and tests.
    function showPage(name) {
        if (name === "vocabulary")
            stack.push(vocabularyComponent)
        else if (name === "notes")
            stack.push(notesComponent)
        else if (name === "themes")
            stack.push(themesComponent)
        else if (name.startsWith("theme:"))
            stack.push(themeComponent, { themeId: name.substring(6) })
        else if (name.startsWith("search:")) {
            stack.push(searchComponent)
            stack.currentItem.search(name.substring(7))
        }
        else if (name === "terms" && stack.currentItem.documentId !== undefined)
            stack.currentItem.openKeyTerms(stack.currentItem.documentId)
    }

    Shortcut {
        sequences: [StandardKey.ZoomIn, "Ctrl+="]
        onActivated: App.zoomIn()
    }
    Shortcut {
        sequences: [StandardKey.ZoomOut, "Ctrl+-"]
        onActivated: App.zoomOut()
    }
    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        enabled: stack.depth > 1
        onActivated: stack.currentItem.back()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: LibraryPage {
            onOpenDocument: id => window.openDocument(id)
            onOpenVocabulary: stack.push(vocabularyComponent)
            onOpenNotes: stack.push(notesComponent)
            onOpenSearch: stack.push(searchComponent)
            onOpenThemes: stack.push(themesComponent)
        }
    }

    Component {
        id: readerComponent
        ReaderPage {
            id: readerPage
            wide: window.wide
            onBack: {
                App.lastDocument = ""
                stack.pop()
            }
            onOpenTheme: id => stack.push(themeComponent, { themeId: id })
            onOpenKeyTerms: id => stack.push(keyTermsComponent, { documentId: id, documentTitle: title,
                                                                  reader: readerPage })
        }
    }
    Component {
        id: keyTermsComponent
        KeyTermsPage {
            property Item reader
            onBack: stack.pop()
            onTermChosen: (term, occurrences) => {
                const r = reader
                stack.pop()
                r.showTerm(term, occurrences)
            }
        }
    }
    Component {
        id: themesComponent
        ThemesPage {
            onBack: stack.pop()
            onOpenTheme: id => stack.push(themeComponent, { themeId: id })
        }
    }
    Component {
        id: themeComponent
        ThemePage {
            wide: window.wide
            onBack: stack.pop()
            onOpenPassage: (id, block, start, length) => window.openDocument(id, block, start, length)
        }
    }
    Component {
        id: searchComponent
        SearchPage {
            onBack: stack.pop()
            onOpenPassage: (id, block, start, length) => window.openDocument(id, block, start, length)
        }
    }
    Component {
        id: notesComponent
        NotesPage {
            onBack: stack.pop()
            onOpenPassage: (id, block, start, length) => window.openDocument(id, block, start, length)
        }
    }
    Component {
        id: vocabularyComponent
        VocabularyPage {
            onBack: stack.pop()
            onOpenAt: (id, block) => window.openDocument(id, block)
        }
    }

    Component.onCompleted: {
        if (App.lastDocument !== "")
            openDocument(App.lastDocument)
    }
}
