<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AnnotationTools</name>
    <message>
        <source>Highlighted</source>
        <translation>Vurgulandı</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Not kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Could not save the highlight: %1</source>
        <translation>Vurgu kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Could not change the colour: %1</source>
        <translation>Renk değiştirilemedi: %1</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Vurgu kaldırıldı</translation>
    </message>
    <message>
        <source>Could not remove the highlight: %1</source>
        <translation>Vurgu kaldırılamadı: %1</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Not kaydedildi</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Geri alınamadı: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Sözlükte bak</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notu düzenle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Notunuz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Highlight in this colour</source>
        <translation>Bu renkle vurgula</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Not ekle</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All colours</source>
        <translation>Tüm renkler</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Its text changed and could not be found again; kept here.</source>
        <translation>Metni değişti ve yeniden bulunamadı; burada saklanıyor.</translation>
    </message>
    <message>
        <source>Select text to highlight it, or press Ctrl+B to bookmark.</source>
        <translation>Vurgulamak için metin seçin ya da yer imi eklemek için Ctrl+B’ye basın.</translation>
    </message>
    <message>
        <source>Bookmark · %1</source>
        <translation>Yer imi · %1</translation>
    </message>
</context>
<context>
    <name>BlockHighlights</name>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>BlockMenu</name>
    <message>
        <source>Hide original text</source>
        <translation>Özgün metni gizle</translation>
    </message>
    <message>
        <source>Show original text</source>
        <translation>Özgün metni göster</translation>
    </message>
</context>
<context>
    <name>ContinueChip</name>
    <message>
        <source>Continue from %1 at %2%</source>
        <translation>Kaldığınız yerden devam edin: %1, %%2</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>başka bir cihaz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %%2</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <source>%1% read</source>
        <translation>%%1 okundu</translation>
    </message>
    <message>
        <source>%1% known</source>
        <translation>%%1 biliniyor</translation>
    </message>
</context>
<context>
    <name>DocumentSummaryCard</name>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Özetleniyor…</translation>
    </message>
    <message>
        <source>Hide the summary</source>
        <translation>Özeti gizle</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Özeti göster</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Go to this passage</source>
        <translation>Bu bölüme git</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 dosyasının üzerine yazılsın mı?</translation>
    </message>
    <message>
        <source>A file of that name is already there. Replacing it loses what it holds.</source>
        <translation>Bu adda bir dosya zaten var. Üzerine yazılırsa içindekiler kaybolur.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Üzerine yaz</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Belgede bul</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Önceki eşleşme</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Sonraki eşleşme</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Tam</translation>
    </message>
    <message>
        <source>Match accents, case and word forms exactly</source>
        <translation>Aksanları, büyük/küçük harfi ve kelime biçimlerini birebir eşleştir</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>No entry for this word.</source>
        <translation>Bu kelime için sözlükte kayıt yok.</translation>
    </message>
    <message>
        <source>Loading the dictionaries…</source>
        <translation>Sözlükler yükleniyor…</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Daha az</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>Daha fazla (%1)</translation>
    </message>
    <message>
        <source>See %1</source>
        <translation>Bkz. %1</translation>
    </message>
</context>
<context>
    <name>GlossaryCardFoot</name>
    <message>
        <source>How well you know “%1”</source>
        <translation>“%1” sözcüğünü ne kadar biliyorsunuz</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Kaydedildi ✓</translation>
    </message>
    <message>
        <source>Save to vocabulary</source>
        <translation>Kelime listesine kaydet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Could not save the word: %1</source>
        <translation>Kelime kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import documents</source>
        <translation>Belge içe aktar</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.epub *.pdf *.html *.htm *.xhtml)</source>
        <translation>Belgeler (*.txt *.md *.markdown *.epub *.pdf *.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation>Metin ve Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <source>EPUB books (*.epub)</source>
        <translation>EPUB kitapları (*.epub)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Web sayfaları (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
</context>
<context>
    <name>InterlinearPanel</name>
    <message>
        <source>Word by word</source>
        <translation>Kelime kelime</translation>
    </message>
    <message>
        <source>Term: %1 — %2</source>
        <translation>Terim: %1 — %2</translation>
    </message>
</context>
<context>
    <name>KeyFactsList</name>
    <message>
        <source>Key facts</source>
        <translation>Önemli bilgiler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln cümle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read it in %2</source>
        <translation>%1: “%2” belgesinde okuyun</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln fact(s)</source>
        <translation>
            <numerusform>%Ln bilginin tümünü göster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTermsPage</name>
    <message>
        <source>Key terms</source>
        <translation>Anahtar terimler</translation>
    </message>
    <message>
        <source>Back to the reader</source>
        <translation>Okuyucuya dön</translation>
    </message>
    <message>
        <source>Finding the key terms…</source>
        <translation>Anahtar terimler bulunuyor…</translation>
    </message>
    <message>
        <source>No key terms yet.</source>
        <translation>Henüz anahtar terim yok.</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>%1% known</source>
        <translation>%%1 biliniyor</translation>
    </message>
    <message>
        <source>What you know of this text, and words to learn</source>
        <translation>Bu metinden bildikleriniz ve öğrenilecek sözcükler</translation>
    </message>
    <message>
        <source>✓%1%</source>
        <translation>✓%%1</translation>
    </message>
</context>
<context>
    <name>LearnPopup</name>
    <message>
        <source>%1% of the words and %2% of the lemmas in this text are known</source>
        <translation>Bu metnin bilinen kısmı: sözcüklerin %%1, sözcük köklerinin %%2</translation>
    </message>
    <message>
        <source>Mark the rest of this page as known</source>
        <translation>Sayfanın geri kalanını bilinen olarak işaretle</translation>
    </message>
    <message>
        <source>Words to learn next</source>
        <translation>Sıradaki öğrenilecek sözcükler</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Öğreniliyor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 sözcüğünü kaydet</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
</context>
<context>
    <name>LearningChart</name>
    <message>
        <source>Known lemmas: %1 today; words read: %2 today</source>
        <translation>Bilinen sözcükler: bugün %1; okunan sözcükler: bugün %2</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Kitaplık</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Kitaplıkta ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>What the documents say, theme by theme</source>
        <translation>Belgeler ne diyor, tema tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>All highlights and notes</source>
        <translation>Tüm vurgular ve notlar</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kelimeler</translation>
    </message>
    <message>
        <source>Saved words and review</source>
        <translation>Kaydedilen kelimeler ve tekrar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln belge</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>Kitaplık açılamadı</translation>
    </message>
    <message>
        <source>Preparing your library…</source>
        <translation>Kitaplığınız hazırlanıyor…</translation>
    </message>
    <message>
        <source>Sync with your other devices</source>
        <translation>Öteki aygıtlarınızla eşitleyin</translation>
    </message>
    <message>
        <source>Import documents: text, Markdown, EPUB, PDF or web pages</source>
        <translation>Belge içe aktar: metin, Markdown, EPUB, PDF ya da web sayfası</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Kitaplığa dön</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Dışa ve içe aktar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export as Web Annotations (JSON)…</source>
        <translation>Web Annotations (JSON) olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Import Web Annotations…</source>
        <translation>Web Annotations içe aktar…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json *.jsonld)</source>
        <translation>JSON (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation>Alıntılarda ve notlarda ara</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Tüm renkler</translation>
    </message>
    <message>
        <source>Orphaned: its text changed</source>
        <translation>Yeri kayıp: metni değişti</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Henüz not yok</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Eşleşen bir şey yok</translation>
    </message>
    <message>
        <source>Select text while reading to highlight it.</source>
        <translation>Vurgulamak için okurken metin seçin.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Export notes and highlights</source>
        <translation>Notları ve vurguları dışa aktar</translation>
    </message>
    <message>
        <source>Import Web Annotations</source>
        <translation>Web Annotation içe aktar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>Bookmark · %1</source>
        <translation>Yer imi · %1</translation>
    </message>
</context>
<context>
    <name>OriginalBox</name>
    <message>
        <source>Original, as extracted:</source>
        <translation>Özgün metin, çıkarıldığı hâliyle:</translation>
    </message>
</context>
<context>
    <name>PageTurner</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
</context>
<context>
    <name>ParallelPage</name>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <source>Back to the reader</source>
        <translation>Okuyucuya dön</translation>
    </message>
    <message>
        <source>Tap a sentence to mark its translation; press and hold (or G) to gloss it word by word.</source>
        <translation>Çevirisini işaretlemek için bir cümleye dokunun; kelime kelime açıklamak için basılı tutun (ya da G&apos;ye basın).</translation>
    </message>
    <message>
        <source>(not in this language)</source>
        <translation>(bu dilde yok)</translation>
    </message>
    <message>
        <source>Aligning the two languages…</source>
        <translation>İki dil eşleştiriliyor…</translation>
    </message>
    <message>
        <source>This document has no passage in two languages.</source>
        <translation>Bu belgede iki dilde yazılmış bir bölüm yok.</translation>
    </message>
</context>
<context>
    <name>ParallelSentences</name>
    <message>
        <source>Translation of the marked sentence</source>
        <translation>İşaretli cümlenin çevirisi</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>kurum</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>cannot create the Anki collection: %1</source>
        <translation>Anki koleksiyonu oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>cannot write the Anki collection: %1</source>
        <translation>Anki koleksiyonu yazılamıyor: %1</translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation>paket yazılamıyor: %1</translation>
    </message>
    <message>
        <source>cannot make a temporary directory: %1</source>
        <translation>geçici klasör oluşturulamıyor: %1</translation>
    </message>
</context>
<context>
    <name>ReaderNotices</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Belge hazırlanıyor…</translation>
    </message>
    <message>
        <source>This document is not in the library.</source>
        <translation>Bu belge kitaplıkta yok.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Bookmarked</source>
        <translation>Yer imi eklendi</translation>
    </message>
    <message>
        <source>Could not add the bookmark: %1</source>
        <translation>Yer imi eklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>ReaderToolbar</name>
    <message>
        <source>Back to the library (Esc)</source>
        <translation>Kitaplığa dön (Esc)</translation>
    </message>
    <message>
        <source>Contents and notes</source>
        <translation>İçindekiler ve notlar</translation>
    </message>
    <message>
        <source>Find in this document (Ctrl+F)</source>
        <translation>Bu belgede bul (Ctrl+F)</translation>
    </message>
    <message>
        <source>Bookmark this place (Ctrl+B)</source>
        <translation>Buraya yer imi ekle (Ctrl+B)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terimler</translation>
    </message>
    <message>
        <source>Key terms of this document and their meanings</source>
        <translation>Bu belgenin anahtar terimleri ve anlamları</translation>
    </message>
    <message>
        <source>%1% read</source>
        <translation>%%1 okundu</translation>
    </message>
    <message>
        <source>%1% of the document read</source>
        <translation>belgenin %%1 kadarı okundu</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document text</source>
        <translation>Belge metni</translation>
    </message>
    <message>
        <source>Shift+Left/Right selects by word, Shift+Up/Down by sentence, H highlights, L looks up, Enter shows the selection&apos;s tools</source>
        <translation>Shift+Sol/Sağ sözcük sözcük, Shift+Yukarı/Aşağı cümle cümle seçer; H vurgular, L sözlükte arar, Enter seçimin araçlarını gösterir</translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Daha büyük yazı (Ctrl+=)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Daha küçük yazı (Ctrl+-)</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepya</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Reading face</source>
        <translation>Yazı yüzü</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Satır aralığı</translation>
    </message>
    <message>
        <source>Tight lines</source>
        <translation>Sık satırlar</translation>
    </message>
    <message>
        <source>Normal lines</source>
        <translation>Normal satırlar</translation>
    </message>
    <message>
        <source>Loose lines</source>
        <translation>Seyrek satırlar</translation>
    </message>
    <message>
        <source>Narrow margins</source>
        <translation>Dar kenar boşlukları</translation>
    </message>
    <message>
        <source>Normal margins</source>
        <translation>Normal kenar boşlukları</translation>
    </message>
    <message>
        <source>Wide margins</source>
        <translation>Geniş kenar boşlukları</translation>
    </message>
    <message>
        <source>Justify and hyphenate</source>
        <translation>İki yana yasla ve hecele</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <source>Mark words to learn</source>
        <translation>Öğrenilecek sözcükleri işaretle</translation>
    </message>
    <message>
        <source>Page by page</source>
        <translation>Sayfa sayfa</translation>
    </message>
    <message>
        <source>Margins and pages</source>
        <translation>Kenar boşlukları ve sayfalar</translation>
    </message>
    <message>
        <source>Continuous scroll</source>
        <translation>Kesintisiz kaydırma</translation>
    </message>
</context>
<context>
    <name>ReturnChip</name>
    <message>
        <source>Back to where you were</source>
        <translation>Kaldığınız yere dönün</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Could not save the review: %1</source>
        <translation>Tekrar kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Nothing left to review today.</source>
        <translation>Bugün tekrar edilecek bir şey kalmadı.</translation>
    </message>
    <message>
        <source>Show meaning</source>
        <translation>Anlamını göster</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Yeniden</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Zor</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Kolay</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Kitaplığa dön</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*</source>
        <translation>Ara: kelimeler, &quot;ifadeler&quot;, önek*</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Tam</translation>
    </message>
    <message>
        <source>Match accents, case and word forms exactly</source>
        <translation>Aksanları, büyük/küçük harfi ve kelime biçimlerini birebir eşleştir</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Kitaplıkta ara</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>Accents and case do not matter (kultur finds kültür), and word forms are found too (diplomasi finds diplomasisinin).</source>
        <translation>Aksanlar ve büyük/küçük harf fark etmez (kultur, kültür’ü bulur); kelimenin çekimli biçimleri de bulunur (diplomasi, diplomasisinin’i bulur).</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <comment>matches, passages, documents</comment>
        <translation>%3, %2 içinde %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln eşleşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln pasaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln belge</numerusform>
        </translation>
    </message>
    <message>
        <source> (more below)</source>
        <translation> (devamı aşağıda)</translation>
    </message>
    <message>
        <source>Show more matches</source>
        <translation>Daha fazla eşleşme göster</translation>
    </message>
</context>
<context>
    <name>SentenceText</name>
    <message>
        <source>Left and Right choose a word, Enter looks it up</source>
        <translation>Sol ve Sağ bir sözcük seçer, Enter onu sözlükte arar</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notlar (%1)</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working</source>
        <translation>Çalışıyor</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message numerus="yes">
        <source>Known words over the last %n day(s)</source>
        <translation>
            <numerusform>Son %n günde bilinen sözcükler</numerusform>
        </translation>
    </message>
    <message>
        <source>Line: words you know. Bars: words read each day.</source>
        <translation>Çizgi: bildiğiniz sözcükler. Çubuklar: her gün okunan sözcükler.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) being learnt</source>
        <translation>
            <numerusform>%n sözcük öğreniliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known word(s)</source>
        <translation>
            <numerusform>bilinen sözcük</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>word(s) read</source>
        <translation>
            <numerusform>okunan sözcük</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) of reading</source>
        <translation>
            <numerusform>dakika okuma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) in a row</source>
        <translation>
            <numerusform>gün üst üste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Learning 1</source>
        <translation>Öğreniliyor 1</translation>
    </message>
    <message>
        <source>Learning 2</source>
        <translation>Öğreniliyor 2</translation>
    </message>
    <message>
        <source>Learning 3</source>
        <translation>Öğreniliyor 3</translation>
    </message>
    <message>
        <source>Learning 4</source>
        <translation>Öğreniliyor 4</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Biliniyor</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Tuş: %1</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (tuş: %2)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Your notes, saved words, reading positions and imported documents, on your other devices: through a WebDAV folder on your own server (Nextcloud, Apache, a NAS). Each device writes only its own files there.</source>
        <translation>Notlarınız, kaydettiğiniz sözcükler, okuma konumlarınız ve içe aktardığınız belgeler öteki aygıtlarınızda da olsun: kendi sunucunuzdaki bir WebDAV klasörü aracılığıyla (Nextcloud, Apache, bir NAS). Her aygıt oraya yalnızca kendi dosyalarını yazar.</translation>
    </message>
    <message>
        <source>Server folder</source>
        <translation>Sunucu klasörü</translation>
    </message>
    <message>
        <source>https://server/folder</source>
        <translation>https://sunucu/klasör</translation>
    </message>
    <message>
        <source>Use plain HTTP with this server anyway (the password and notes travel unencrypted)</source>
        <translation>Bu sunucuyla yine de düz HTTP kullan (parola ve notlar şifrelenmeden gider)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Kept; type to change it</source>
        <translation>Saklı; değiştirmek için yazın</translation>
    </message>
    <message>
        <source>No keychain runs on this computer. Choose where the password is kept:</source>
        <translation>Bu bilgisayarda çalışan bir anahtarlık yok. Parolanın nerede saklanacağını seçin:</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Sistemin anahtarlığında</translation>
    </message>
    <message>
        <source>In this library (readable by anyone who can read its file)</source>
        <translation>Bu kitaplıkta (dosyasını okuyabilen herkes okuyabilir)</translation>
    </message>
    <message>
        <source>Nowhere: ask for it each time the app starts</source>
        <translation>Hiçbir yerde: uygulama her açıldığında sor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı dene</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>If this is your own server, check that its key&apos;s fingerprint is this one before you trust it:</source>
        <translation>Bu sizin sunucunuzsa, güvenmeden önce anahtarının parmak izinin bu olduğunu denetleyin:</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Bu sertifikaya güven</translation>
    </message>
    <message>
        <source>Trusted server key: %1</source>
        <translation>Güvenilen sunucu anahtarı: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Henüz eşitlenmedi.</translation>
    </message>
    <message>
        <source>Last sync: %1. Sent %2, received %3, merged %4.</source>
        <translation>Son eşitleme: %1. Gönderilen %2, alınan %3, birleştirilen %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait for the next sync.</source>
        <translation>
            <numerusform>Burada yapılan %n değişiklik bir sonraki eşitlemeyi bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Okur syncs when it starts, half a minute after you change something, and every ten minutes while it runs.</source>
        <translation>Okur açılırken, bir şeyi değiştirdikten yarım dakika sonra ve çalıştığı sürece on dakikada bir eşitler.</translation>
    </message>
</context>
<context>
    <name>TermNavigator</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous occurrence</source>
        <translation>Önceki geçiş</translation>
    </message>
    <message>
        <source>Next occurrence</source>
        <translation>Sonraki geçiş</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Yellow</source>
        <translation>Sarı</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Yeşil</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pembe</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Mor</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>Reading settings</source>
        <translation>Okuma ayarları</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Dated events of this theme</source>
        <translation>Bu temanın tarihli olayları</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Read this sentence in %1</source>
        <translation>Bu cümleyi “%1” belgesinde okuyun</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Timeline of the library&apos;s dated events</source>
        <translation>Kitaplıktaki tarihli olayların zaman çizelgesi</translation>
    </message>
    <message>
        <source>Bars: how much of each document is about the theme.</source>
        <translation>Çubuklar: her belgenin ne kadarının bu temayla ilgili olduğu.</translation>
    </message>
    <message>
        <source>Reading the library for its themes…</source>
        <translation>Kitaplık temalar için okunuyor…</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tüm temalar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tüm belgeler</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated sentence(s)</source>
        <translation>
            <numerusform>%Ln tarihli cümle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: read it in %2</source>
        <translation>%1: “%2” belgesinde okuyun</translation>
    </message>
    <message>
        <source>No dated sentences for this choice</source>
        <translation>Bu seçim için tarihli cümle yok</translation>
    </message>
    <message>
        <source>Reading the library for its dates…</source>
        <translation>Kitaplık tarihler için okunuyor…</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Vocabulary</source>
        <translation>Kelime listesi</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>“%1” kaldırılamadı: %2</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Kitaplığa dön</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Tekrar (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Export as an Anki deck (.apkg)…</source>
        <translation>Anki destesi (.apkg) olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export for Anki (TSV)…</source>
        <translation>Anki için dışa aktar (TSV)…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export as CSV for spreadsheets (UTF-8 BOM)…</source>
        <translation>Hesap tabloları için CSV olarak dışa aktar (UTF-8 BOM)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki destesi (*.apkg)</translation>
    </message>
    <message>
        <source>Anki text (*.txt *.tsv)</source>
        <translation>Anki metni (*.txt *.tsv)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>“%1” kelimesini kaldır</translation>
    </message>
    <message>
        <source>No saved words yet</source>
        <translation>Henüz kaydedilmiş kelime yok</translation>
    </message>
    <message>
        <source>Tap a word while reading and choose “Save to vocabulary”.</source>
        <translation>Okurken bir kelimeye dokunun ve “Kelime listesine kaydet”i seçin.</translation>
    </message>
    <message>
        <source>Export words</source>
        <translation>Sözcükleri dışa aktar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln word(s) to %1.</source>
        <translation>
            <numerusform>%Ln kelime %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” kaldırıldı.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Could not put “%1” back: %2</source>
        <translation>“%1” geri eklenemedi: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
</context>
<context>
    <name>okur</name>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: okunamıyor</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: çok büyük (%2 MB; sınır %3 MB)</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>hiçbir şey içe aktarılmadı: %1</translation>
    </message>
</context>
<context>
    <name>okur::app</name>
    <message>
        <source>the library did not accept the change</source>
        <translation>kitaplık değişikliği kabul etmedi</translation>
    </message>
</context>
<context>
    <name>okur::app::AnnotationModel</name>
    <message>
        <source>the library is not open</source>
        <translation>kitaplık açık değil</translation>
    </message>
    <message>
        <source>the selection is not in this document</source>
        <translation>seçim bu belgede değil</translation>
    </message>
    <message>
        <source>the position is not in this document</source>
        <translation>konum bu belgede değil</translation>
    </message>
    <message>
        <source>the highlight no longer exists</source>
        <translation>vurgu artık yok</translation>
    </message>
    <message>
        <source>unknown colour %1</source>
        <translation>bilinmeyen renk: %1</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>geri alınacak bir şey yok</translation>
    </message>
    <message>
        <source>the annotation no longer exists</source>
        <translation>not artık yok</translation>
    </message>
</context>
<context>
    <name>okur::app::AppState</name>
    <message numerus="yes">
        <source>Imported %Ln document(s).</source>
        <translation>
            <numerusform>%Ln belge içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library: %1.</source>
        <translation>Zaten kitaplıkta: %1.</translation>
    </message>
    <message>
        <source>Loading the spelling dictionaries…</source>
        <translation>Yazım sözlükleri yükleniyor…</translation>
    </message>
    <message>
        <source>Preparing the documents (%1 of %2)…</source>
        <translation>Belgeler hazırlanıyor (%1/%2)…</translation>
    </message>
    <message>
        <source>Preparing the documents…</source>
        <translation>Belgeler hazırlanıyor…</translation>
    </message>
    <message>
        <source>Loading the dictionary…</source>
        <translation>Sözlük yükleniyor…</translation>
    </message>
    <message>
        <source>Indexing the library for search…</source>
        <translation>Kitaplık arama için dizinleniyor…</translation>
    </message>
    <message>
        <source>Summarising the themes…</source>
        <translation>Temalar özetleniyor…</translation>
    </message>
</context>
<context>
    <name>okur::app::BlockModel</name>
    <message>
        <source>This document is not in the library.</source>
        <translation>Bu belge kitaplıkta yok.</translation>
    </message>
</context>
<context>
    <name>okur::app::LibraryModel</name>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln dk okuma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::LookupModel</name>
    <message>
        <source>no word is looked up</source>
        <translation>sözlükte bakılan bir kelime yok</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>kitaplık açık değil</translation>
    </message>
</context>
<context>
    <name>okur::app::NotesModel</name>
    <message>
        <source>The library is not open.</source>
        <translation>Kitaplık açık değil.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Nothing imported: %1.</source>
        <translation>Hiçbir şey içe aktarılmadı: %1.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>İçe aktarıldı: %1 yeni, %2 güncellendi, %3 değişmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (first: %1).</source>
        <translation>
            <numerusform>%Ln tanesi alınmadı (ilki: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found in their text (kept as orphans).</source>
        <translation>
            <numerusform>%Ln tanesi metninde bulunamadı (yeri kayıp olarak saklandı).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::SyncModel</name>
    <message>
        <source>Type the server&apos;s address, such as https://cloud.example.org/remote.php/dav/files/you/.</source>
        <translation>Sunucunun adresini yazın, örneğin https://cloud.example.org/remote.php/dav/files/siz/.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a web address (expected https://server/folder).</source>
        <translation>Sunucunun adresi bir web adresi değil (beklenen: https://sunucu/klasör).</translation>
    </message>
    <message>
        <source>The server&apos;s address must start with https://.</source>
        <translation>Sunucunun adresi https:// ile başlamalı.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address.</source>
        <translation>Kullanıcı adını adrese değil, kendi alanına yazın.</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>Sunucudaki kullanıcı adınızı yazın.</translation>
    </message>
    <message>
        <source>Plain http:// would send your password and notes unencrypted. Use https://, or confirm plain HTTP for this server.</source>
        <translation>Düz http:// parolanızı ve notlarınızı şifrelemeden gönderir. https:// kullanın ya da bu sunucu için düz HTTP&apos;yi onaylayın.</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Açık bir kitaplık yok.</translation>
    </message>
    <message>
        <source>No keychain runs on this computer: choose to keep the password in this library or to be asked each time.</source>
        <translation>Bu bilgisayarda çalışan bir anahtarlık yok: parolayı bu kitaplıkta saklamayı ya da her seferinde sorulmasını seçin.</translation>
    </message>
    <message>
        <source>Type the password to keep it in this library.</source>
        <translation>Bu kitaplıkta saklamak için parolayı yazın.</translation>
    </message>
    <message>
        <source>The sync settings were not saved: %1.</source>
        <translation>Eşitleme ayarları kaydedilmedi: %1.</translation>
    </message>
    <message>
        <source>Saved: %1 as %2.</source>
        <translation>Kaydedildi: %1, kullanıcı %2.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı deneniyor…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Parola kaydediliyor…</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>%1 için parolayı yazın.</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1.</source>
        <translation>Parola anahtarlıktan okunamadı: %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <source>Reading the other devices&apos; changes…</source>
        <translation>Öteki aygıtların değişiklikleri okunuyor…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Birleştiriliyor…</translation>
    </message>
    <message>
        <source>Sending this device&apos;s changes…</source>
        <translation>Bu aygıtın değişiklikleri gönderiliyor…</translation>
    </message>
    <message>
        <source>Fetching imported documents…</source>
        <translation>İçe aktarılmış belgeler alınıyor…</translation>
    </message>
    <message>
        <source>Tidying the server folder…</source>
        <translation>Sunucu klasörü toparlanıyor…</translation>
    </message>
    <message>
        <source>Synced: sent %1, received %2, merged %3.</source>
        <translation>Eşitlendi: gönderilen %1, alınan %2, birleştirilen %3.</translation>
    </message>
    <message>
        <source>Sync failed: %1. Changes made here stay queued for the next sync.</source>
        <translation>Eşitleme olmadı: %1. Burada yapılan değişiklikler bir sonraki eşitlemeyi bekliyor.</translation>
    </message>
    <message>
        <source>Saved: %1 as %2; the password is in the system keychain.</source>
        <translation>Kaydedildi: %1, kullanıcı %2; parola sistemin anahtarlığında.</translation>
    </message>
    <message>
        <source>The server and user are saved, but the keychain did not keep the password (%1). Choose to keep it in this library or to be asked each time.</source>
        <translation>Sunucu ve kullanıcı kaydedildi, ama anahtarlık parolayı saklamadı (%1). Parolayı bu kitaplıkta saklamayı ya da her seferinde sorulmasını seçin.</translation>
    </message>
    <message>
        <source>Connected: the server accepted the user name and password.</source>
        <translation>Bağlanıldı: sunucu kullanıcı adını ve parolayı kabul etti.</translation>
    </message>
    <message>
        <source>Connected. The folder is not on the server yet; the first sync makes it.</source>
        <translation>Bağlanıldı. Klasör sunucuda henüz yok; ilk eşitleme onu oluşturur.</translation>
    </message>
    <message>
        <source>Wrong user name or password: the server refused them.</source>
        <translation>Kullanıcı adı ya da parola yanlış: sunucu kabul etmedi.</translation>
    </message>
    <message>
        <source>Could not connect: %1.</source>
        <translation>Bağlanılamadı: %1.</translation>
    </message>
    <message>
        <source>Type the password and press Sync now: you chose to be asked for it each time.</source>
        <translation>Parolayı yazıp Şimdi eşitle&apos;ye basın: her seferinde sorulmasını seçtiniz.</translation>
    </message>
</context>
<context>
    <name>okur::app::VocabularyModel</name>
    <message>
        <source>the library is not open</source>
        <translation>kitaplık açık değil</translation>
    </message>
    <message>
        <source>the word is no longer saved</source>
        <translation>kelime artık kayıtlı değil</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot make the Anki deck: %1</source>
        <translation>Anki destesi oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>no word was removed</source>
        <translation>kaldırılan kelime yok</translation>
    </message>
</context>
<context>
    <name>okur::documents</name>
    <message>
        <source>the library is in use by another program; close it and try again (%1)</source>
        <translation>kitaplık başka bir program tarafından kullanılıyor; o programı kapatıp yeniden deneyin (%1)</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (%1)</source>
        <translation>disk dolu; biraz yer açıp yeniden deneyin (%1)</translation>
    </message>
    <message>
        <source>the library cannot be written here (%1)</source>
        <translation>kitaplık buraya yazılamıyor (%1)</translation>
    </message>
    <message>
        <source>the path is too long (%1 bytes; SQLite takes at most %2)</source>
        <translation>yol çok uzun (%1 bayt; SQLite en çok %2 kabul eder)</translation>
    </message>
    <message>
        <source>its journal file (%1) is not a file</source>
        <translation>günlük dosyası (%1) bir dosya değil</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened (%1)</source>
        <translation>dosya ya da klasörü açılamıyor (%1)</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>disk bir hata bildirdi (%1)</translation>
    </message>
</context>
<context>
    <name>okur::documents::DocumentStore</name>
    <message>
        <source>the library location %1 is a file, not a folder</source>
        <translation>kitaplık konumu %1 bir dosya, klasör değil</translation>
    </message>
    <message>
        <source>cannot create the library folder %1</source>
        <translation>kitaplık klasörü %1 oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot open the library %1: %2</source>
        <translation>kitaplık %1 açılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot save the document: %1</source>
        <translation>belge kaydedilemiyor: %1</translation>
    </message>
</context>
<context>
    <name>okur::formats</name>
    <message>
        <source>the book is protected by DRM (its text is encrypted) and cannot be read</source>
        <translation>kitap DRM ile korunuyor (metni şifreli) ve okunamıyor</translation>
    </message>
    <message>
        <source>not an EPUB: no package document (OPF) is named in META-INF/container.xml</source>
        <translation>EPUB değil: META-INF/container.xml içinde paket belgesi (OPF) belirtilmemiş</translation>
    </message>
    <message>
        <source>the package document declares XML entities (refused: they can expand without bound)</source>
        <translation>paket belgesi XML varlıkları tanımlıyor (reddedildi: sınırsız büyüyebilirler)</translation>
    </message>
    <message>
        <source>the package document (OPF) is not well-formed XML: %1</source>
        <translation>paket belgesi (OPF) düzgün biçimli XML değil: %1</translation>
    </message>
    <message>
        <source>spine item &quot;%1&quot; is missing from the book; skipped</source>
        <translation>okuma sırasındaki &quot;%1&quot; öğesi kitapta yok; atlandı</translation>
    </message>
    <message>
        <source>the book has no readable text</source>
        <translation>kitapta okunabilir metin yok</translation>
    </message>
    <message>
        <source>the page is not valid UTF-8 and declares no other character set</source>
        <translation>sayfa geçerli UTF-8 değil ve başka bir karakter kümesi belirtmiyor</translation>
    </message>
    <message>
        <source>the page&apos;s character set &quot;%1&quot; is not known</source>
        <translation>sayfanın karakter kümesi &quot;%1&quot; bilinmiyor</translation>
    </message>
    <message>
        <source>the page declares XML entities (refused: they can expand without bound)</source>
        <translation>sayfa XML varlıkları tanımlıyor (reddedildi: sınırsız büyüyebilirler)</translation>
    </message>
    <message>
        <source>the page cannot be parsed</source>
        <translation>sayfa ayrıştırılamıyor</translation>
    </message>
    <message>
        <source>the PDF is damaged (its cross-reference table is broken or missing)</source>
        <translation>PDF hasarlı (çapraz başvuru tablosu bozuk ya da eksik)</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or not a PDF)</source>
        <translation>PDF okunamıyor (hasarlı ya da PDF değil)</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password</source>
        <translation>PDF şifreli ve parola gerektiriyor</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF’te sayfa yok</translation>
    </message>
    <message>
        <source>the PDF has too many pages (%1; the limit is %2)</source>
        <translation>PDF’te çok fazla sayfa var (%1; sınır %2)</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned?)</source>
        <translation>PDF’te metin katmanı yok (taranmış olabilir mi?)</translation>
    </message>
    <message>
        <source>PDF support (the okur-pdf module) could not be loaded: %1</source>
        <translation>PDF desteği (okur-pdf modülü) yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>okur::formats::Archive</name>
    <message>
        <source>not a readable zip archive (truncated or damaged): %1</source>
        <translation>okunabilir bir zip arşivi değil (kesik ya da hasarlı): %1</translation>
    </message>
    <message>
        <source>%1 is not in the archive</source>
        <translation>%1 arşivde yok</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 açılamıyor: %2</translation>
    </message>
    <message>
        <source>the archive has too many files (%1)</source>
        <translation>arşivde çok fazla dosya var (%1)</translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 MB (refused as a zip bomb)</source>
        <translation>arşiv açıldığında %1 MB’tan büyük olur (zip bombası olarak reddedildi)</translation>
    </message>
    <message>
        <source>%1 is compressed %2 times (refused as a zip bomb)</source>
        <translation>%1, %2 kat sıkıştırılmış (zip bombası olarak reddedildi)</translation>
    </message>
</context>
<context>
    <name>okur::glossary</name>
    <message>
        <source>stem</source>
        <translation>kök</translation>
    </message>
    <message>
        <source>verb stem</source>
        <translation>fiil kökü</translation>
    </message>
    <message>
        <source>proper noun</source>
        <translation>özel ad</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>ek</translation>
    </message>
    <message>
        <source>unknown word</source>
        <translation>bilinmeyen sözcük</translation>
    </message>
    <message>
        <source>base form</source>
        <translation>yalın biçim</translation>
    </message>
    <message>
        <source>irregular form</source>
        <translation>düzensiz biçim</translation>
    </message>
    <message>
        <source>misspelt: %1</source>
        <translation>yazım yanlışı: %1</translation>
    </message>
    <message>
        <source>plural or he/she/it</source>
        <translation>çoğul ya da o (3. tekil kişi)</translation>
    </message>
    <message>
        <source>past / past participle</source>
        <translation>geçmiş zaman / geçmiş zaman ortacı</translation>
    </message>
    <message>
        <source>-ing form</source>
        <translation>-ing biçimi</translation>
    </message>
    <message>
        <source>comparative</source>
        <translation>üstünlük derecesi</translation>
    </message>
    <message>
        <source>superlative</source>
        <translation>en üstünlük derecesi</translation>
    </message>
    <message>
        <source>plural</source>
        <translation>çoğul</translation>
    </message>
    <message>
        <source>possessive</source>
        <translation>iyelik</translation>
    </message>
    <message>
        <source>his/her/its (possessive)</source>
        <translation>onun (iyelik)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>onların (iyelik)</translation>
    </message>
    <message>
        <source>my</source>
        <translation>benim (iyelik)</translation>
    </message>
    <message>
        <source>your</source>
        <translation>senin (iyelik)</translation>
    </message>
    <message>
        <source>our</source>
        <translation>bizim (iyelik)</translation>
    </message>
    <message>
        <source>your (plural)</source>
        <translation>sizin (iyelik)</translation>
    </message>
    <message>
        <source>the (definite object)</source>
        <translation>belirtme durumu</translation>
    </message>
    <message>
        <source>to (dative)</source>
        <translation>yönelme durumu</translation>
    </message>
    <message>
        <source>in/at (locative)</source>
        <translation>bulunma durumu</translation>
    </message>
    <message>
        <source>from (ablative)</source>
        <translation>ayrılma durumu</translation>
    </message>
    <message>
        <source>of (genitive)</source>
        <translation>tamlayan durumu</translation>
    </message>
    <message>
        <source>with/by (instrumental)</source>
        <translation>araç durumu (ile)</translation>
    </message>
    <message>
        <source>-ly, in the manner of, according to</source>
        <translation>eşitlik: gibi, -e göre</translation>
    </message>
    <message>
        <source>according to</source>
        <translation>-e göre (eşitlik)</translation>
    </message>
    <message>
        <source>the one that is (relative)</source>
        <translation>ilgi eki (-ki)</translation>
    </message>
    <message>
        <source>with, having (-ful)</source>
        <translation>sahiplik (-li)</translation>
    </message>
    <message>
        <source>without (-less)</source>
        <translation>yoksunluk (-siz)</translation>
    </message>
    <message>
        <source>-ness, -hood (abstract noun)</source>
        <translation>soyut ad (-lik)</translation>
    </message>
    <message>
        <source>-er, -ist (person)</source>
        <translation>meslek, kişi (-ci)</translation>
    </message>
    <message>
        <source>-al (adjective)</source>
        <translation>sıfat (-sel)</translation>
    </message>
    <message>
        <source>fellow (-mate)</source>
        <translation>ortaklık (-daş)</translation>
    </message>
    <message>
        <source>little (diminutive)</source>
        <translation>küçültme (-cik)</translation>
    </message>
    <message>
        <source>-ish, in the way of</source>
        <translation>benzerlik (-ce)</translation>
    </message>
    <message>
        <source>make a verb from a noun</source>
        <translation>addan fiil (-le)</translation>
    </message>
    <message>
        <source>become (verb from a noun)</source>
        <translation>addan fiil: olmak (-leş)</translation>
    </message>
    <message>
        <source>become, acquire (verb from a noun)</source>
        <translation>addan fiil: olmak, edinmek (-len)</translation>
    </message>
    <message>
        <source>was</source>
        <translation>idi (hikâye)</translation>
    </message>
    <message>
        <source>reportedly is</source>
        <translation>imiş (rivayet)</translation>
    </message>
    <message>
        <source>if it is</source>
        <translation>ise (şart)</translation>
    </message>
    <message>
        <source>is (copula)</source>
        <translation>ek fiil (-dir)</translation>
    </message>
    <message>
        <source>while being</source>
        <translation>iken</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>ben (kişi eki)</translation>
    </message>
    <message>
        <source>you are</source>
        <translation>sen, siz (kişi eki)</translation>
    </message>
    <message>
        <source>we are</source>
        <translation>biz (kişi eki)</translation>
    </message>
    <message>
        <source>is done (passive)</source>
        <translation>edilgen çatı</translation>
    </message>
    <message>
        <source>is done (passive/reflexive)</source>
        <translation>edilgen ya da dönüşlü çatı</translation>
    </message>
    <message>
        <source>each other (reciprocal)</source>
        <translation>işteş çatı</translation>
    </message>
    <message>
        <source>make do (causative)</source>
        <translation>ettirgen çatı</translation>
    </message>
    <message>
        <source>not (negation)</source>
        <translation>olumsuzluk</translation>
    </message>
    <message>
        <source>can (ability)</source>
        <translation>yeterlilik (-ebil)</translation>
    </message>
    <message>
        <source>cannot</source>
        <translation>yeterlilik olumsuzu (-eme)</translation>
    </message>
    <message>
        <source>quickly, at once (-ivermek)</source>
        <translation>tezlik (-iver)</translation>
    </message>
    <message>
        <source>has long done (-agelmek)</source>
        <translation>süreklilik (-egel)</translation>
    </message>
    <message>
        <source>is doing (progressive)</source>
        <translation>şimdiki zaman</translation>
    </message>
    <message>
        <source>is not doing</source>
        <translation>şimdiki zaman, olumsuz</translation>
    </message>
    <message>
        <source>cannot be doing</source>
        <translation>yeterlilik olumsuzu, şimdiki zaman</translation>
    </message>
    <message>
        <source>will (future)</source>
        <translation>gelecek zaman</translation>
    </message>
    <message>
        <source>did (past)</source>
        <translation>görülen geçmiş zaman</translation>
    </message>
    <message>
        <source>has done, reportedly (evidential)</source>
        <translation>öğrenilen geçmiş zaman</translation>
    </message>
    <message>
        <source>if (conditional)</source>
        <translation>şart kipi</translation>
    </message>
    <message>
        <source>must (necessity)</source>
        <translation>gereklilik kipi</translation>
    </message>
    <message>
        <source>does (aorist)</source>
        <translation>geniş zaman</translation>
    </message>
    <message>
        <source>does not (negative aorist)</source>
        <translation>geniş zaman, olumsuz</translation>
    </message>
    <message>
        <source>let (optative)</source>
        <translation>istek kipi</translation>
    </message>
    <message>
        <source>let him/her do</source>
        <translation>emir kipi, o</translation>
    </message>
    <message>
        <source>do! (polite imperative)</source>
        <translation>emir kipi, siz</translation>
    </message>
    <message>
        <source>let them do</source>
        <translation>emir kipi, onlar</translation>
    </message>
    <message>
        <source>was (past)</source>
        <translation>hikâye (idi)</translation>
    </message>
    <message>
        <source>reportedly</source>
        <translation>rivayet (imiş)</translation>
    </message>
    <message>
        <source>if</source>
        <translation>şart (ise)</translation>
    </message>
    <message>
        <source>is, surely (copula)</source>
        <translation>ek fiil, kesinlik (-dir)</translation>
    </message>
    <message>
        <source>while (converb)</source>
        <translation>zarf-fiil: iken</translation>
    </message>
    <message>
        <source>I</source>
        <translation>ben (kişi eki)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>sen (kişi eki)</translation>
    </message>
    <message>
        <source>we</source>
        <translation>biz (kişi eki)</translation>
    </message>
    <message>
        <source>you (plural)</source>
        <translation>siz (kişi eki)</translation>
    </message>
    <message>
        <source>they</source>
        <translation>onlar (kişi eki)</translation>
    </message>
    <message>
        <source>let us</source>
        <translation>istek, biz</translation>
    </message>
    <message>
        <source>to (infinitive)</source>
        <translation>mastar</translation>
    </message>
    <message>
        <source>-ing (verbal noun)</source>
        <translation>ad-fiil (-me)</translation>
    </message>
    <message>
        <source>the act of (verbal noun)</source>
        <translation>ad-fiil (-iş)</translation>
    </message>
    <message>
        <source>who/which does (participle)</source>
        <translation>sıfat-fiil (-en)</translation>
    </message>
    <message>
        <source>that was done (participle)</source>
        <translation>sıfat-fiil (-dik)</translation>
    </message>
    <message>
        <source>that will be done (participle)</source>
        <translation>sıfat-fiil (-ecek)</translation>
    </message>
    <message>
        <source>that has been done (participle)</source>
        <translation>sıfat-fiil (-miş)</translation>
    </message>
    <message>
        <source>that is to be done</source>
        <translation>sıfat-fiil (-esi)</translation>
    </message>
    <message>
        <source>by doing (converb)</source>
        <translation>zarf-fiil (-erek)</translation>
    </message>
    <message>
        <source>and then (converb)</source>
        <translation>zarf-fiil (-ip)</translation>
    </message>
    <message>
        <source>when, as soon as (converb)</source>
        <translation>zarf-fiil (-ince)</translation>
    </message>
    <message>
        <source>without doing (converb)</source>
        <translation>zarf-fiil (-meden)</translation>
    </message>
    <message>
        <source>as long as, the more (converb)</source>
        <translation>zarf-fiil (-dikçe)</translation>
    </message>
    <message>
        <source>since (converb)</source>
        <translation>zarf-fiil (-eli)</translation>
    </message>
    <message>
        <source>until (converb)</source>
        <translation>zarf-fiil (-inceye)</translation>
    </message>
    <message>
        <source>as if (converb)</source>
        <translation>zarf-fiil (-cesine)</translation>
    </message>
    <message>
        <source>without being able to (converb)</source>
        <translation>zarf-fiil (-emeden)</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>kaynaşmış biçim</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>kısaltma</translation>
    </message>
    <message>
        <source>without doing at all (converb)</source>
        <translation>zarf-fiil (-meksizin)</translation>
    </message>
    <message>
        <source>each (distributive)</source>
        <translation>üleştirme (-er, -şer: birer, ikişer)</translation>
    </message>
    <message>
        <source>do! (urging)</source>
        <translation>emir kipi, sen (-sana: baksana)</translation>
    </message>
    <message>
        <source>do! (urging, plural)</source>
        <translation>emir kipi, siz (-sanıza: baksanıza)</translation>
    </message>
    <message>
        <source>pronoun</source>
        <translation>zamir</translation>
    </message>
    <message>
        <source>of (that time)</source>
        <translation>ilgi eki (-ki: o zamana ait)</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>fiil</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>sıfat</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>zarf</translation>
    </message>
    <message>
        <source>postposition</source>
        <translation>edat</translation>
    </message>
    <message>
        <source>determiner</source>
        <translation>belirleyici</translation>
    </message>
    <message>
        <source>conjunction</source>
        <translation>bağlaç</translation>
    </message>
    <message>
        <source>preposition</source>
        <translation>edat</translation>
    </message>
    <message>
        <source>interjection</source>
        <translation>ünlem</translation>
    </message>
    <message>
        <source>us</source>
        <translation>us: bizi, bize</translation>
    </message>
    <message>
        <source>is or has</source>
        <translation>is ya da has: -dır, sahip</translation>
    </message>
</context>
<context>
    <name>okur::library</name>
    <message>
        <source>%1; it could not be moved aside either</source>
        <translation>%1; kenara da taşınamadı</translation>
    </message>
    <message>
        <source>the file has no readable text</source>
        <translation>dosyada okunabilir metin yok</translation>
    </message>
    <message>
        <source>the file holds too much text (the limit is %1 MB)</source>
        <translation>dosyada çok fazla metin var (sınır %1 MB)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: böyle bir dosya yok</translation>
    </message>
    <message>
        <source>%1: is a folder, not a text file</source>
        <translation>%1: bir klasör, metin dosyası değil</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: dosya çok büyük (%2 MB; sınır %3 MB)</translation>
    </message>
    <message>
        <source>a zip archive that is not an EPUB</source>
        <translation>EPUB olmayan bir zip arşivi</translation>
    </message>
    <message>
        <source>the bundled library is missing from this build</source>
        <translation>bu derlemede paketle gelen kitaplık eksik</translation>
    </message>
    <message>
        <source>%1: not an EPUB file, though its name says so (an EPUB is a ZIP archive)</source>
        <translation>%1: adı öyle dese de bir EPUB dosyası değil (EPUB bir ZIP arşividir)</translation>
    </message>
    <message>
        <source>%1: not a PDF file, though its name says so (it has no PDF header)</source>
        <translation>%1: adı öyle dese de bir PDF dosyası değil (PDF başlığı yok)</translation>
    </message>
</context>
<context>
    <name>okur::library::OpenReport</name>
    <message>
        <source>The library file was damaged (%1). It was kept as %2 and a fresh library was started; %3 documents, %4 annotations and %5 saved words were recovered from it.</source>
        <translation>Kitaplık dosyası hasar görmüştü (%1). %2 olarak saklandı ve yeni bir kitaplık başlatıldı; içinden %3 belge, %4 not ve %5 kayıtlı kelime kurtarıldı.</translation>
    </message>
</context>
<context>
    <name>okur::search</name>
    <message numerus="yes">
        <source>a prefix needs at least %n letters before *</source>
        <translation>
            <numerusform>bir önek * işaretinden önce en az %n harf gerektirir</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 words and %2 prefixes of a query are searched</source>
        <translation>bir sorgunun yalnızca ilk %1 kelimesi ve %2 öneki aranır</translation>
    </message>
</context>
<context>
    <name>okur::storage</name>
    <message>
        <source>the library was written by a newer version of Okur (schema %1; this version reads up to %2)</source>
        <translation>kitaplık Okur’un daha yeni bir sürümüyle yazılmış (şema %1; bu sürüm en çok %2 okuyabilir)</translation>
    </message>
</context>
<context>
    <name>okur::sync</name>
    <message>
        <source>cannot save this device&apos;s sync id: %1</source>
        <translation>bu aygıtın eşitleme kimliği kaydedilemiyor: %1</translation>
    </message>
    <message>
        <source>%1 in the folder of device %2</source>
        <translation>%2 aygıtının klasöründe: %1</translation>
    </message>
    <message>
        <source>the library could not save the merge: %1</source>
        <translation>kitaplık birleştirmeyi kaydedemedi: %1</translation>
    </message>
    <message>
        <source>the library could not note what was sent: %1</source>
        <translation>kitaplık gönderilenleri not edemedi: %1</translation>
    </message>
    <message>
        <source>the document %1 on the server is not one Okur can read</source>
        <translation>sunucudaki %1 belgesi Okur&apos;un okuyabileceği bir belge değil</translation>
    </message>
    <message>
        <source>the document %1 on the server holds another document</source>
        <translation>sunucudaki %1 belgesinde başka bir belge var</translation>
    </message>
    <message>
        <source>the document %1 on the server is empty</source>
        <translation>sunucudaki %1 belgesi boş</translation>
    </message>
    <message>
        <source>cannot fetch an imported document: %1</source>
        <translation>içe aktarılmış bir belge alınamadı: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1; it must be renewed on the server</source>
        <translation>sunucunun sertifikasının süresi %1 tarihinde doldu; sunucuda yenilenmesi gerekiyor</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid only from %1 (check this computer&apos;s date)</source>
        <translation>sunucunun sertifikası ancak %1 tarihinden itibaren geçerli (bu bilgisayarın tarihini denetleyin)</translation>
    </message>
    <message>
        <source>the server&apos;s key is not the pinned one (it is %1); refused</source>
        <translation>sunucunun anahtarı sabitlenen anahtar değil (anahtarı %1); bağlantı reddedildi</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1); if the server is yours, pin its key: %2</source>
        <translation>sunucunun sertifikasına güvenilmiyor (%1); sunucu sizinse anahtarını sabitleyin: %2</translation>
    </message>
    <message>
        <source>the keychain refused access to the sync password</source>
        <translation>anahtar zinciri eşitleme parolasına erişimi reddetti</translation>
    </message>
    <message>
        <source>no keychain service is running on this computer (%1)</source>
        <translation>bu bilgisayarda çalışan bir anahtar zinciri hizmeti yok (%1)</translation>
    </message>
    <message>
        <source>the imported document %1 is missing on the server; it cannot be fetched until it is there again</source>
        <translation>içe aktarılmış %1 belgesi sunucuda yok; yeniden orada olana kadar alınamaz</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>anahtarlık yanıt vermedi</translation>
    </message>
</context>
<context>
    <name>okur::sync::WebDav</name>
    <message>
        <source>the sync address is not a URL (expected https://server/folder)</source>
        <translation>eşitleme adresi bir URL değil (beklenen: https://sunucu/klasör)</translation>
    </message>
    <message>
        <source>put the user name in --user, not in the address</source>
        <translation>kullanıcı adını adrese değil, --user seçeneğine yazın</translation>
    </message>
    <message>
        <source>the sync address must start with https://</source>
        <translation>eşitleme adresi https:// ile başlamalı</translation>
    </message>
    <message>
        <source>plain http:// would send the password unencrypted; use https:// (or allow plain HTTP explicitly)</source>
        <translation>düz http:// parolayı şifrelemeden gönderir; https:// kullanın (ya da düz HTTP&apos;ye açıkça izin verin)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401)</source>
        <translation>sunucu kullanıcı adını ya da parolayı kabul etmedi (401)</translation>
    </message>
    <message>
        <source>the server does not allow this account to write there (403)</source>
        <translation>sunucu bu hesabın oraya yazmasına izin vermiyor (403)</translation>
    </message>
    <message>
        <source>the folder was not found on the server (404)</source>
        <translation>klasör sunucuda bulunamadı (404)</translation>
    </message>
    <message>
        <source>the file changed on the server meanwhile (412); sync again</source>
        <translation>dosya bu arada sunucuda değişti (412); yeniden eşitleyin</translation>
    </message>
    <message>
        <source>the server is full (507)</source>
        <translation>sunucu dolu (507)</translation>
    </message>
    <message>
        <source>the server failed (%1); try again later</source>
        <translation>sunucu hata verdi (%1); daha sonra yeniden deneyin</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>sunucu %1 yanıtını verdi</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>sunucu zamanında yanıt vermedi</translation>
    </message>
    <message>
        <source>could not connect to the server (connection refused)</source>
        <translation>sunucuya bağlanılamadı (bağlantı reddedildi)</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>sunucunun adı bulunamadı</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>sunucu bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>bağlantı başarısız oldu: %1</translation>
    </message>
    <message>
        <source>the server&apos;s folder listing could not be read</source>
        <translation>sunucunun klasör listesi okunamadı</translation>
    </message>
    <message>
        <source>the pin must look like sha256//&lt;44 characters of base64&gt;</source>
        <translation>sabitlenen anahtar sha256//&lt;44 base64 karakteri&gt; biçiminde olmalı</translation>
    </message>
</context>
<context>
    <name>okur::text</name>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>dosya çok büyük (%1 MB; sınır %2 MB)</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 and import it again</source>
        <translation>dosya UTF-16; UTF-8 olarak kaydedip yeniden içe aktarın</translation>
    </message>
    <message>
        <source>the file looks binary (it contains NUL bytes), not text</source>
        <translation>dosya metin değil, ikili görünüyor (NUL baytları içeriyor)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>dosya geçerli UTF-8 metni değil</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>dosyada metin yok</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
</context>
</TS>
