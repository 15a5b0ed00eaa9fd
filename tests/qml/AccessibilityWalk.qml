import QtQuick
import OkurTest

// The accessibility walk of tst_accessibility.qml: which items are
// interactive, which are on screen, what Tab reaches, and what is wrong.
// Interactive: buttons (AbstractButton), text fields, sliders, other Controls
// that take Tab focus, and items with a TapHandler or a MouseArea. A menu's
// entries are reached with the arrow keys from the menu, an item with a tap
// handler may be reached through the focusable view that handles its keys
// (the reader's blocks, by the reader's selection keys).
QtObject {
    function isButton(o) { return typeof o.clicked === "function" && o.checkable !== undefined && o.autoRepeat !== undefined }
    // A combo box's own text field takes input only when the box is editable (then it is enabled).
    function isTextField(o) { return o.cursorPosition !== undefined && o.readOnly === false && o.enabled && typeof o.selectAll === "function" }
    function isSlider(o) { return o.stepSize !== undefined && o.snapMode !== undefined && o.policy === undefined && o.handle !== undefined }
    function isTabControl(o) { return o.focusPolicy !== undefined && (o.focusPolicy & Qt.TabFocus) && o.contentItem !== undefined && o.title === undefined }
    function hasTapHandler(o) {
        for (let i = 0; i < o.data.length; ++i) {
            const d = o.data[i]
            if (d && d.tapCount !== undefined && d.enabled)
                return true
        }
        return false
    }
    function isMenuEntry(o) { return o.menu !== undefined && o.subMenu !== undefined }

    // Whether the item shows inside the window: visible, not clipped away by a clipping ancestor.
    function onScreen(o) {
        if (!o.visible || o.width <= 0 || o.height <= 0 || o.opacity === 0)
            return false
        for (let a = o.parent; a; a = a.parent) {
            if (a.opacity === 0)
                return false
            if (a.clip || a.parent === null) {
                const p = o.mapToItem(a, 0, 0)
                if (p.x + o.width <= 0 || p.y + o.height <= 0 || p.x >= a.width || p.y >= a.height)
                    return false
            }
        }
        return true
    }

    function collect(root) {
        const out = []
        const visit = o => {
            if (!o.visible)
                return
            let kind = ""
            if (isButton(o)) kind = isMenuEntry(o) ? "menu entry" : "button"
            else if (isTextField(o)) kind = "text field"
            else if (isSlider(o)) kind = "slider"
            else if (isTabControl(o)) kind = "control"
            else if (hasTapHandler(o)) kind = "tap target"
            else if (o.pressAndHold !== undefined && o.containsMouse !== undefined && o.enabled) kind = "mouse area"
            if (kind !== "" && onScreen(o))
                out.push({ item: kind === "mouse area" ? o.parent : o, kind: kind })
            for (let i = 0; i < o.children.length; ++i)
                visit(o.children[i])
        }
        visit(root)
        return out
    }

    // Every item Tab reaches from the window's first one, forwards until the
    // chain closes; and inside each open popup, where Tab goes round the popup.
    function tabChain(root) {
        const chain = new Set()
        const walk = start => {
            const first = start.nextItemInFocusChain(true)
            let item = first
            for (let i = 0; item && i < 3000; ++i) {
                chain.add(item)
                item = item.nextItemInFocusChain(true)
                if (item === first)
                    break
            }
        }
        walk(root)
        const popups = o => {
            if (!o.visible)
                return
            if (String(o).startsWith("QQuickPopupItem"))
                walk(o)
            for (let i = 0; i < o.children.length; ++i)
                popups(o.children[i])
        }
        popups(root)
        return chain
    }

    function describe(o) {
        const a = TestAccessibility.of(o)
        let path = ""
        for (let p = o; p && path.length < 160; p = p.parent)
            path += (p.objectName || String(p).split("(")[0]) + " < "
        return "'" + (o.text || "") + "' (" + a.name + ", role " + a.role + ") " + path
    }

    // A name, and a role that says what the item is (not none, not a bare client area).
    function named(o, kind) {
        const a = TestAccessibility.of(o)
        if (a.name && a.name.trim() !== "" && a.role !== 0 && a.role !== 0x0A)
            return true
        // A tap target's text may be the child that carries it (a block's paragraph).
        if (kind === "tap target" || kind === "mouse area") {
            for (let i = 0; i < o.children.length; ++i) {
                const c = TestAccessibility.of(o.children[i])
                if (c.name && c.name.trim() !== "" && c.role !== 0 && c.role !== 0x0A)
                    return true
            }
        }
        return false
    }

    function reachable(o, kind, chain) {
        if (kind === "menu entry")
            return true // arrow keys within the open menu
        if (chain.has(o))
            return true
        if (kind === "tap target" || kind === "mouse area") {
            for (let a = o.parent; a; a = a.parent)
                if (chain.has(a) && a.activeFocusOnTab)
                    return true
        }
        return false
    }

    function problemsIn(items, chain) {
        const problems = []
        for (const entry of items) {
            if (!named(entry.item, entry.kind))
                problems.push("no accessible name or role: " + entry.kind + " " + describe(entry.item))
            else if (entry.item.enabled && !reachable(entry.item, entry.kind, chain))
                problems.push("Tab does not reach: " + entry.kind + " " + describe(entry.item))
        }
        return problems
    }
}
