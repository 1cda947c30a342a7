/// One syllable (or number) of a document as the matcher sees it: two interned spellings, its
/// place in the original text and four flags, 16 bytes in an array (the flags ride in the top
/// bits of the offsets, which stay below 2^29: a document's text is at most 64M characters,
/// `DocumentLimits.maxTextScalars`).
package struct Token: Sendable, Hashable {
    /// Canonical form: lowercase NFC, one tone placement ("hòa", not "hoà"), final "y" after a consonant written
    /// "i" (kỹ = kĩ, lý = lí), "&" read as "và", "đảm bảo" read as "bảo đảm".
    package var key: Syllable
    /// `key` without any diacritic and with đ → d: the diacritic-free fallback.
    package var fold: Syllable
    /// The start offset (low 31 bits) and the sentence flag (top bit).
    private var startAndFlag: UInt32
    /// The end offset (low 29 bits) and three flags (top bits).
    private var endAndFlags: UInt32

    private static let wordBit: UInt32 = 1 << 31
    private static let unaccentedBit: UInt32 = 1 << 30
    private static let clauseBit: UInt32 = 1 << 29
    private static let offsetMask: UInt32 = (1 << 29) - 1
    private static let sentenceMask: UInt32 = (1 << 31) - 1

    /// Range in the original text, in scalar offsets.
    package var start: Int32 {
        get { Int32(bitPattern: startAndFlag & Self.sentenceMask) }
        set { startAndFlag = startAndFlag & ~Self.sentenceMask | UInt32(bitPattern: newValue) & Self.sentenceMask }
    }
    package var end: Int32 {
        get { Int32(bitPattern: endAndFlags & Self.offsetMask) }
        set { endAndFlags = endAndFlags & ~Self.offsetMask | UInt32(bitPattern: newValue) & Self.offsetMask }
    }

    /// A word (it starts with a letter), not a number.
    package var isWord: Bool {
        get { endAndFlags & Self.wordBit != 0 }
        set { set(Self.wordBit, newValue) }
    }
    /// The token stands in text typed without diacritics ("bao ve du lieu ca nhan"), where a
    /// diacritic-free match is plausible. In ordinary text a plain word is just that word
    /// ("Quy chế" is not "quý").
    package var inUnaccentedText: Bool {
        get { endAndFlags & Self.unaccentedBit != 0 }
        set { set(Self.unaccentedBit, newValue) }
    }
    /// Clause punctuation (`, ; : . ( ) …`) stands between this token and the one before it.
    package var clauseBreakBefore: Bool {
        get { endAndFlags & Self.clauseBit != 0 }
        set { set(Self.clauseBit, newValue) }
    }
    /// A sentence ends (`. ! ?`) between this token and the one before it.
    package var sentenceBreakBefore: Bool {
        get { startAndFlag & ~Self.sentenceMask != 0 }
        set { startAndFlag = newValue ? startAndFlag | ~Self.sentenceMask : startAndFlag & Self.sentenceMask }
    }

    private mutating func set(_ bit: UInt32, _ on: Bool) {
        endAndFlags = on ? endAndFlags | bit : endAndFlags & ~bit
    }

    /// The token was written without diacritics, so only a fallback match can apply to it.
    package var isPlain: Bool { key == fold }
    /// A diacritic-free match may apply to this token.
    package var allowsFallback: Bool { inUnaccentedText && isPlain }

    package init(key: Syllable, fold: Syllable, isWord: Bool, start: Int, end: Int) {
        self.key = key
        self.fold = fold
        self.startAndFlag = UInt32(truncatingIfNeeded: start) & Self.sentenceMask
        self.endAndFlags = UInt32(truncatingIfNeeded: end) & Self.offsetMask
        self.isWord = isWord
    }

    package var range: Range<Int> { Int(start)..<Int(end) }
}
