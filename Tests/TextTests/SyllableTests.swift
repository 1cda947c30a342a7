import Testing
@testable import PlanCheckText

@Suite struct SyllableTests {
    @Test func equalSpellingsShareAnIDAndKeepTheirText() {
        #expect(Syllable("liệu") == Syllable("liệu"))
        #expect(Syllable("liệu") != Syllable("lieu"))
        #expect(Syllable("liệu").text == "liệu")
        // NFC and NFD spellings of one word meet in the normaliser, not in the table.
        #expect(Syllable.word("Li\u{0065}\u{0323}\u{0302}u") == Syllable("liệu"))
    }

    @Test func numbersAreTheirOwnValue() {
        #expect(Syllable("2026").number == 2026)
        #expect(Syllable("2026").text == "2026")
        #expect(Syllable("0").number == 0)
        // A leading zero or ten digits: an ordinary spelling, kept as written.
        #expect(Syllable("01").number == nil && Syllable("01").text == "01")
        #expect(Syllable("1234567890").number == nil && Syllable("1234567890").text == "1234567890")
        #expect(Syllable("liệu").number == nil)
    }

    @Test func aFullTableHashesFurtherSpellingsConsistently() {
        let table = SyllableTable(capacity: 2)
        let first = table.intern("một"), second = table.intern("hai")
        #expect(table.text(of: first) == "một" && table.text(of: second) == "hai")
        // At the limit: no third slot, a stable hashed ID, equal for equal spellings.
        let third = table.intern("ba")
        #expect(table.count == 2)
        #expect(third == table.intern("ba") && third != table.intern("bốn"))
        #expect(third != first && third != second)
        #expect(table.text(of: third).hasPrefix("#"))
        #expect(table.intern("một") == first)
    }

    @Test func documentTokensAndPhraseKeysCompareAsIDs() {
        let tokens = TextNormalizer.normalize("Kế hoạch năm 2026 của Sở KH&CN").tokens
        #expect(tokens.map(\.key.text) == ["kế", "hoạch", "năm", "2026", "của", "sở", "khoa", "học", "và", "công", "nghệ"])
        #expect(tokens[3].key.number == 2026 && !tokens[3].isWord && tokens[0].isWord)
        #expect(Phrase("khoa học và công nghệ").match(at: 6, in: tokens) == .exact)
        #expect(MemoryLayout<Token>.stride <= 20)
    }
}
