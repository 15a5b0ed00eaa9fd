// The reading menu (Aa) is taller than a laptop's window: it opens at its top each time, not at the scroll it was
// closed at ("Larger text" had been scrolled away, and the top entry in view made the text smaller).
import QtQuick
import QtTest
import Okur

TestCase {
    name: "ReadingMenu"
    width: 1280
    height: 500
    when: windowShown
    visible: true

    Component {
        id: menuComponent
        ReadingMenu {}
    }

    function test_opensAtItsTop() {
        const menu = createTemporaryObject(menuComponent, this)
        menu.open()
        tryVerify(() => menu.opened, 3000)
        const list = menu.contentItem
        tryVerify(() => list.contentHeight > list.height, 3000) // taller than this window
        list.contentY = list.contentHeight - list.height
        const larger = findChild(menu, "largerText")
        verify(larger.mapToItem(list, 0, 0).y < 0) // scrolled away
        menu.close()
        tryVerify(() => !menu.visible, 3000)
        menu.open()
        tryVerify(() => menu.opened, 3000)
        compare(list.contentY, list.originY)
        verify(larger.mapToItem(list, 0, 0).y >= 0)
    }
}
