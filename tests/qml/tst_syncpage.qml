import QtQuick
import QtTest
import Okur

// The Sync page (issue 26) at a phone's and a desktop's size: its fields and
// buttons on screen, the plain-HTTP consent asked only for another computer,
// a refused form and a failed connection test said in words, and the
// library's button opening it. The syncs themselves are tested against a real
// server in tst_syncmodel.
TestCase {
    name: "SyncPage"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent
        SyncPage {
            sync: SyncModel { library: App.library; startDelayMs: 3600000; timeoutMs: 5000 }
        }
    }
    Component {
        id: libraryComponent
        LibraryPage {}
    }
    SignalSpy { id: spy }
    function watch(target, signalName) {
        spy.target = null
        spy.signalName = signalName
        spy.target = target
        spy.clear()
    }

    function open(w, h) {
        const page = createTemporaryObject(pageComponent, this, { width: w, height: h })
        waitForRendering(page)
        return page
    }

    function onScreen(page, item) {
        const p = item.mapToItem(page, 0, 0)
        return item.visible && item.width > 0 && p.x >= 0 && p.x + item.width <= page.width + 0.5
    }

    function test_fieldsAndButtons_data() {
        return [{ tag: "phone", w: 390, h: 844 }, { tag: "desktop", w: 1280, h: 800 }]
    }
    function test_fieldsAndButtons(data) {
        const page = open(data.w, data.h)
        compare(page.title, "Sync")
        for (const name of ["serverField", "userField", "passwordField", "saveButton", "testButton", "syncButton",
                            "storage0", "storage1", "storage2", "lastSync"])
            verify(onScreen(page, findChild(page, name)), name)
        compare(findChild(page, "passwordField").echoMode, TextInput.Password)
        compare(findChild(page, "lastSync").text, "Not synced yet.")
        // Nothing to save until something is typed.
        verify(!findChild(page, "saveButton").enabled)
        verify(!findChild(page, "plainHttpBox").visible)
        verify(!findChild(page, "certificateBox").visible)
        // A phone's column fills the width; a desktop's is kept readable.
        const field = findChild(page, "serverField")
        if (data.w < 600)
            verify(field.width > data.w - 64)
        else
            verify(field.width <= 640)
    }

    function test_plainHttpAskedOnlyForAnotherComputer() {
        const page = open(390, 844)
        const box = findChild(page, "plainHttpBox")
        page.sync.serverUrl = "http://nas.example.org/dav/"
        compare(findChild(page, "serverField").text, "http://nas.example.org/dav/")
        verify(box.visible)
        tryVerify(() => onScreen(page, box)) // once the column has laid it out
        page.sync.serverUrl = "http://127.0.0.1:8080/dav/"
        verify(!box.visible)
        page.sync.serverUrl = "https://nas.example.org/dav/"
        verify(!box.visible)
        // Refused without the consent: said on the page, nothing kept.
        page.sync.serverUrl = "http://nas.example.org/dav/"
        page.sync.user = "reader"
        page.sync.passwordStorage = SyncModel.AskEachTime
        verify(findChild(page, "saveButton").enabled)
        mouseClick(findChild(page, "saveButton"))
        const message = findChild(page, "syncMessage")
        verify(message.visible)
        verify(message.text.startsWith("Plain http:// would send your password"), message.text)
        verify(!page.sync.configured)
        mouseClick(box)
        verify(page.sync.allowPlainHttp)
    }

    function test_failedTestSaysWhy() {
        const page = open(1280, 800)
        page.sync.serverUrl = "http://127.0.0.1:9/dav/" // nothing listens there
        page.sync.user = "reader"
        page.sync.password = "secret"
        watch(page.sync, "finished")
        mouseClick(findChild(page, "testButton"))
        spy.wait(10000)
        compare(spy.signalArguments[0][0], false)
        const message = findChild(page, "syncMessage")
        compare(message.text, "Could not connect: could not connect to the server (connection refused).")
        verify(onScreen(page, message))
        verify(message.text.indexOf("secret") < 0)
        verify(findChild(page, "testButton").enabled)
    }

    function test_libraryButtonOpensSync_data() {
        return [{ tag: "phone", w: 390, h: 844 }, { tag: "desktop", w: 1280, h: 800 }]
    }
    function test_libraryButtonOpensSync(data) {
        const library = createTemporaryObject(libraryComponent, this, { width: data.w, height: data.h })
        waitForRendering(library)
        const button = findChild(library, "syncButton")
        verify(onScreen(library, button))
        compare(button.tip, "Sync with your other devices")
        watch(library, "openSync")
        mouseClick(button)
        compare(spy.count, 1)
    }
}
