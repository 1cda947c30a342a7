/// One syllable (or number) of a document as the matcher sees it: two interned spellings, its
/// place in the original text and four flags, 20 bytes in an array.
package struct Token: Sendable, Hashable {
    /// Canonical form: lowercase NFC, one tone placement ("hòa", not "hoà"), final "y" after a consonant written
    /// "i" (kỹ = kĩ, lý = lí), "&" read as "và", "đảm bảo" read as "bảo đảm".
    package var key: Syllable
    /// `key` without any diacritic and with đ → d: the diacritic-free fallback.
    package var fold: Syllable
    /// Range in the original text, in scalar offsets.
    package var start: Int32
    package var end: Int32
    /// A word (it starts with a letter), not a number.
    package var isWord: Bool
    /// The token stands in text typed without diacritics ("bao ve du lieu ca nhan"), where a
    /// diacritic-free match is plausible. In ordinary text a plain word is just that word
    /// ("Quy chế" is not "quý").
    package var inUnaccentedText = false
    /// Clause punctuation (`, ; : . ( ) …`) stands between this token and the one before it.
    package var clauseBreakBefore = false
    /// A sentence ends (`. ! ?`) between this token and the one before it.
    package var sentenceBreakBefore = false

    /// The token was written without diacritics, so only a fallback match can apply to it.
    package var isPlain: Bool { key == fold }
    /// A diacritic-free match may apply to this token.
    package var allowsFallback: Bool { inUnaccentedText && isPlain }

    package init(key: Syllable, fold: Syllable, isWord: Bool, start: Int, end: Int) {
        self.key = key
        self.fold = fold
        self.isWord = isWord
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }

    package var range: Range<Int> { Int(start)..<Int(end) }
}
