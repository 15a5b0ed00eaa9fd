.pragma library
// Taps the first occurrence of `word` in a reader's view as a finger does: the view scrolls to it and emits
// the tap signal with the word's place on screen, so the page opens the glossary card for it. (The app's own
// command line does the same from C++: app/navigation.cpp.) False when the word is not in the text.
function tapWord(view, word) {
    const hit = view.model.find(word, 0)
    if (hit.block === undefined)
        return false
    view.reveal(hit.block)
    const item = view.itemAtIndex(hit.block)
    let area = Qt.rect(view.width / 2 - 30, view.height / 3, 60, 20)
    if (item) {
        const r = item.areaOf(hit.start, hit.start + word.length)
        const p = item.mapToItem(view, r.x, r.y)
        area = Qt.rect(p.x, p.y, r.width, r.height)
    }
    view.wordTapped(hit.block, hit.text, hit.language, hit.start, area)
    return true
}
