/// One syllable (or number) of a document as the matcher sees it.
public struct Token: Sendable, Hashable {
    /// Canonical form: lowercase NFC, one tone placement ("hòa", not "hoà"), final "y" after a consonant written
    /// "i" (kỹ = kĩ, lý = lí), "&" read as "và", "đảm bảo" read as "bảo đảm".
    public var key: String
    /// `key` without any diacritic and with đ → d: the diacritic-free fallback.
    public var fold: String
    /// The token was written without diacritics, so only a fallback match can apply to it.
    public var isPlain: Bool { key == fold }
    /// The token stands in text typed without diacritics ("bao ve du lieu ca nhan"), where a
    /// diacritic-free match is plausible. In ordinary text a plain word is just that word
    /// ("Quy chế" is not "quý").
    public var inUnaccentedText = false
    /// Clause punctuation (`, ; : . ( ) …`) stands between this token and the one before it.
    public var clauseBreakBefore = false
    /// A sentence ends (`. ! ?`) between this token and the one before it.
    public var sentenceBreakBefore = false
    /// A diacritic-free match may apply to this token.
    public var allowsFallback: Bool { inUnaccentedText && isPlain }
    /// Range in the original text, in scalar offsets.
    public var start: Int32
    public var end: Int32

    public init(key: String, fold: String, start: Int, end: Int) {
        self.key = key
        self.fold = fold
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}
