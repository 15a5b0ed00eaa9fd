// A menu as wide as its widest item, never wider than the window less a margin: the style's menu is a set
// 200 px wide, which cut "Export as an Anki deck (.apkg)…" to "Export as an Anki dec…" on a phone.
import QtQuick
import QtQuick.Controls

Menu {
    id: menu
    width: {
        let widest = implicitWidth
        for (let i = 0; i < count; ++i)
            widest = Math.max(widest, itemAt(i).implicitWidth + leftPadding + rightPadding)
        const room = menu.parent ? menu.parent.Window.width - 16 : widest
        return room > 0 ? Math.min(widest, room) : widest
    }
}
