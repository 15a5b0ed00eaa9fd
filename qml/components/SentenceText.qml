// A quoted sentence that can be read with the glossary: tap a word to look
// it up (Turkish or English), or use the link to read it in place.
import QtQuick
import Okur

Text {
    id: sentence
    required property string language
    signal wordTapped(int position, rect area)

    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    font.family: Theme.serif
    font.pixelSize: App.readingSize - 1
    lineHeight: 1.35
    color: Theme.text
    // Read out, and a stop in the Tab order: Left/Right choose a word (the
    // app's word rule, from C++), Enter looks it up as a tap does.
    activeFocusOnTab: true
    Accessible.role: Accessible.Paragraph
    Accessible.name: text
    Accessible.description: qsTr("Left and Right choose a word, Enter looks it up")
    FocusRing {}
    property int keyWord: -1
    readonly property var keyWords: activeFocus ? TextGeometry.wordSpans(text) : []
    readonly property var keyWordRect: keyWord >= 0 && keyWord < keyWords.length
        ? TextGeometry.rectsFor(text, font, width, lineHeight, keyWords[keyWord].start, keyWords[keyWord].length)[0] : null
    onActiveFocusChanged: if (!activeFocus) keyWord = -1
    Keys.onRightPressed: keyWord = Math.min(keyWord + 1, keyWords.length - 1)
    Keys.onLeftPressed: keyWord = Math.max(keyWord - 1, 0)
    Keys.onReturnPressed: if (keyWordRect) wordTapped(keyWords[keyWord].start, keyWordRect)
    Rectangle {
        visible: sentence.keyWordRect !== null
        x: sentence.keyWordRect ? sentence.keyWordRect.x : 0
        y: sentence.keyWordRect ? sentence.keyWordRect.y + sentence.keyWordRect.height - 3 : 0
        width: sentence.keyWordRect ? sentence.keyWordRect.width : 0
        height: 3
        color: Theme.focusRing
    }

    TapHandler {
        onTapped: eventPoint => {
            const p = eventPoint.position
            const pos = TextGeometry.positionAt(sentence.text, sentence.font, sentence.width, sentence.lineHeight, p.x, p.y)
            if (pos < 0)
                return
            const r = TextGeometry.rectsFor(sentence.text, sentence.font, sentence.width, sentence.lineHeight, pos, 1)[0]
            sentence.wordTapped(pos, Qt.rect(r.x, r.y, r.width, r.height))
        }
    }
}
