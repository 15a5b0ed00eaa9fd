import QtQuick
import QtTest
import Okur

TestCase {
    name: "TocPanel"
    width: 320
    height: 400
    when: windowShown

    ListModel {
        id: entries
        ListElement { title: "Giriş"; block: 0; level: 1 }
        ListElement { title: "Teorik Yaklaşımlar"; block: 7; level: 2 }
        ListElement { title: "Sonuç"; block: 40; level: 2 }
    }

    Component {
        id: panel
        TocPanel { width: 320; height: 400; model: entries }
    }

    SignalSpy { id: spy; signalName: "entryActivated" }

    function test_activatingAnEntryGivesItsBlock() {
        const p = createTemporaryObject(panel, this)
        spy.target = p
        waitForRendering(p)
        const item = p.itemAtIndex(1)
        verify(item)
        item.clicked()
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 7)
    }

    function test_currentEntryIsMarked() {
        const p = createTemporaryObject(panel, this, { currentEntry: 2 })
        waitForRendering(p)
        compare(p.count, 3)
        compare(p.currentEntry, 2)
    }
}
