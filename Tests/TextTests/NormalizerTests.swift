import Testing
@testable import PlanCheckText

@Suite struct NormalizerTests {
    func keys(_ s: String) -> [String] { TextNormalizer.normalize(s).tokens.map(\.key.text) }

    func occurs(_ phrase: String, in text: String) -> Bool {
        let tokens = TextNormalizer.normalize(text).tokens
        let phrase = Phrase(phrase)
        return tokens.indices.contains { phrase.match(at: $0, in: tokens) != nil }
    }

    @Test func aPhraseDoesNotRunAcrossClausePunctuation() {
        // "hồ sơ, kết quả" has "sơ" and "kết" side by side, but they do not say "sơ kết".
        #expect(!occurs("sơ kết", in: "Đến năm 2030, 100% hồ sơ, kết quả giải quyết được số hóa"))
        #expect(occurs("sơ kết", in: "Tổ chức sơ kết việc thực hiện vào năm 2027"))
        for separator in [";", ":", ".", "(", ")", "…", "|"] {
            #expect(!occurs("dữ liệu mở", in: "Cơ sở dữ liệu\(separator) mở rộng kết nối"), "across \(separator)")
        }
        // Decomposed letters and multibyte text before the match change nothing.
        #expect(!occurs("sơ kết", in: "Ủy ban nhân dân: ho\u{0302}\u{0300} so\u{031B}, ke\u{0302}\u{0301}t qua\u{0309}"))
        // A phrase written with the punctuation matches the text with or without it.
        #expect(occurs("sở, ban, ngành", in: "các sở, ban, ngành"))
        #expect(occurs("sở, ban, ngành", in: "các sở ban ngành"))
        #expect(!occurs("sở ban ngành", in: "các sở, ban, ngành"))
        // An abbreviation read as its words keeps them in one clause.
        #expect(occurs("cơ sở dữ liệu dùng chung", in: "Xây dựng CSDL dùng chung"))
        #expect(!occurs("cơ sở dữ liệu dùng chung", in: "Xây dựng CSDL, dùng chung"))
    }

    @Test func tonePlacementOldAndNewAreEqual() {
        #expect(keys("hoà thuỷ khoẻ qúy") == keys("hòa thủy khỏe quý"))
        #expect(keys("hòa thủy khỏe quý") == ["hòa", "thủy", "khỏe", "quý"])
    }

    @Test func nfdAndNfcAreEqual() {
        let nfc = "Bảo vệ dữ liệu cá nhân"
        let nfd = nfc.decomposedStringWithCanonicalMappingCompat
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(keys(nfd) == keys(nfc))
    }

    @Test func eth() {
        #expect(keys("ÐẢM BẢO") == keys("bảo đảm"))
        #expect(keys("Ðà Nẵng") == ["đà", "nẵng"])
    }

    @Test func iy() {
        #expect(keys("kỹ thuật lý luận") == keys("kĩ thuật lí luận"))
        #expect(keys("y tế") == ["y", "tế"])
        #expect(keys("quy định") == ["quy", "định"])
    }

    @Test func ampersandAndSeparators() {
        #expect(keys("Sở X&Y") == ["sở", "x", "và", "y"])
        #expect(keys("KH&CN") == keys("khoa học và công nghệ"))
        #expect(keys("142/QĐ-TTg") == ["142", "qđ", "ttg"])
        #expect(keys("dữ\u{00A0}liệu") == ["dữ", "liệu"])
    }

    @Test func abbreviationsReadAsTheirWords() {
        #expect(keys("CSDL dùng chung") == keys("cơ sở dữ liệu dùng chung"))
        #expect(keys("CLDLQG, DVC cho DN") == keys("chiến lược dữ liệu quốc gia, dịch vụ công cho doanh nghiệp"))
        #expect(keys("ATTT, BVDLCN") == keys("an toàn thông tin, bảo vệ dữ liệu cá nhân"))
        #expect(keys("Sở TT&TT") == keys("Sở Thông tin và Truyền thông"))
        #expect(keys("LGSP") == ["lgsp"])
        // The expanded words keep the range of what was written.
        let tokens = TextNormalizer.normalize("Xây dựng CSDL").tokens
        #expect(tokens.count == 6)
        #expect(tokens[2...].allSatisfy { $0.range == 9..<13 })
        // Expanded in place, back to front: at the start, side by side, after multibyte text and
        // at the very end, every other token keeps its place and range, and a clause break stays
        // on the first expanded word.
        let text = "CSDL CSDL của Sở KH&CN; Đề án TTHC"
        let expanded = TextNormalizer.normalize(text).tokens
        #expect(expanded.map(\.key.text) == keys("cơ sở dữ liệu cơ sở dữ liệu của Sở khoa học và công nghệ; Đề án thủ tục hành chính"))
        let source = SourceText(text)
        #expect(expanded.map { source.string($0.range) } == ["CSDL", "CSDL", "CSDL", "CSDL", "CSDL", "CSDL", "CSDL", "CSDL",
                                                             "của", "Sở", "KH&CN", "KH&CN", "KH&CN", "KH&CN", "KH&CN",
                                                             "Đề", "án", "TTHC", "TTHC", "TTHC", "TTHC"])
        #expect(expanded.map(\.clauseBreakBefore) == Array(repeating: false, count: 15) + [true] + Array(repeating: false, count: 5))
    }

    @Test func abbreviationsTheTextDefinesReadAsTheirWords() {
        func words(_ text: String) -> [String] { TextNormalizer.normalize(text).tokens.map(\.key.text) }
        // After the words, in parentheses, with or without "sau đây gọi tắt là"; used later; the
        // multibyte text before keeps every range right.
        let text = "Dữ liệu mở Chính phủ (sau đây gọi là DLMCP) được công bố. Công bố DLMCP năm 2027."
        let tokens = TextNormalizer.normalize(text).tokens
        #expect(words(text).suffix(9) == ["công", "bố", "dữ", "liệu", "mở", "chính", "phủ", "năm", "2027"])
        let source = SourceText(text)
        #expect(tokens.filter { source.string($0.range) == "DLMCP" }.count == 10)
        #expect(words("Đơn vị sự nghiệp công lập (ĐVSNCL). Các ĐVSNCL báo cáo.").suffix(9)
                == ["các", "đơn", "vị", "sự", "nghiệp", "công", "lập", "báo", "cáo"])
        // NFD letters and a small word left out of the letters ("và").
        let decomposed = "Khoa ho\u{0323}c va\u{0300} công nghê\u{0323} sô\u{0301} (KHCNS); giao KHCNS"
        #expect(words(decomposed).suffix(7) == ["giao", "khoa", "học", "và", "công", "nghệ", "số"])
        // Before the words, as a glossary row or line has them.
        #expect(words("| KDLDC | Kho dữ liệu dùng chung |\nXây dựng KDLDC").suffix(6) == ["dựng", "kho", "dữ", "liệu", "dùng", "chung"])
        #expect(words("HTTTGQ: hệ thống thông tin giải quyết\nNâng cấp HTTTGQ").suffix(7) == ["cấp", "hệ", "thống", "thông", "tin", "giải", "quyết"])
        // An accented capital first (NFC), ten letters with NFD marks beside them.
        #expect(words("ứng dụng công nghệ thông tin (ƯDCNTT); triển khai ƯDCNTT").suffix(6) == ["khai", "ứng", "dụng", "công", "nghệ", "thông", "tin"].suffix(6))
        let ten = "đơn vị sự nghiệp công lập cấp tỉnh được giao (ĐVSNCLCTĐG); các ĐVSNCLCTĐG"
        #expect(words(ten.decomposedStringWithCanonicalMapping).suffix(3) == ["tỉnh", "được", "giao"])
        #expect(words(ten).suffix(3) == ["tỉnh", "được", "giao"])
        // The first definition holds; only uses in capitals are read so ("CÁC" leaves "các" alone).
        #expect(words("Kho dữ liệu dùng chung (KDLDC). Dùng KDLDC. Kho dịch lý dân cư (KDLDC).").prefix(10).suffix(5)
                == ["kho", "dữ", "liệu", "dùng", "chung"])
        #expect(words("Cổng an cấp (CÁC); các sở").suffix(2) == ["các", "sở"])
        // Words and abbreviation on one line, in one cell or the next.
        #expect(words("dữ liệu mở chính\nphủ (DLMCP); DLMCP").suffix(1) == ["dlmcp"])
        #expect(words("| dữ liệu | mở chính phủ (DLMCP) |\nDLMCP").suffix(1) == ["dlmcp"])
        #expect(words("dữ liệu mở chính phủ) (DLMCP); DLMCP").suffix(1) == ["dlmcp"])
        #expect(words("| KDLDC | Kho dữ liệu | dùng chung |\nKDLDC").suffix(1) == ["kdldc"])
        // A parenthesis that is not a definition defines nothing.
        #expect(words("Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); LGSP").suffix(1) == ["lgsp"])
        #expect(words("Sở Tư pháp (chủ trì), Sở Nội vụ (PHỐI). PHỐI").suffix(1) == ["phối"])
        #expect(words("hệ thống (htt) mới; htt").suffix(1) == ["htt"])
    }

    @Test func fallbackOnlyInUnaccentedText() {
        let accented = TextNormalizer.normalize("Ban hành Quy chế quản lý dữ liệu của tỉnh").tokens
        #expect(accented[2].key.text == "quy" && !accented[2].allowsFallback)
        let plain = TextNormalizer.normalize("Ban hanh quy che quan ly du lieu cua tinh").tokens
        #expect(plain.allSatisfy { $0.allowsFallback })
        // Judged line by line: an unaccented line next to an accented one is still unaccented.
        let mixed = TextNormalizer.normalize("Bảo đảm an toàn thông tin theo cấp độ\nbao ve du lieu ca nhan").tokens
        #expect(mixed.last?.allowsFallback == true)
        #expect(mixed.first?.allowsFallback == false)
    }

    @Test func offsetsPointAtOriginal() {
        let text = "Ưu tiên: “bảo vệ dữ liệu”"
        let normalized = TextNormalizer.normalize(text)
        let source = SourceText(text)
        let token = normalized.tokens[3]
        #expect(token.key.text == "vệ")
        #expect(source.string(token.range) == "vệ")
        #expect(normalized.string(0..<normalized.scalars.count) == "ưu tiên: \"bảo vệ dữ liệu\"")
    }
    @Test func htmlTagsAreNotWordsButPlaceholdersAre() {
        #expect(keys("<b>Sở</b> Khoa học<br/>và <SPAN class=\"x\">Công nghệ</span>") == ["sở", "khoa", "học", "và", "công", "nghệ"])
        #expect(occurs("khoa học và công nghệ", in: "Sở Khoa học<br>và Công nghệ"))
        // Placeholders and comparisons stay text: only known tag names are markup.
        #expect(keys("<tên đơn vị> <reason> a < b, 5<7") == ["tên", "đơn", "vị", "reason", "a", "b", "5", "7"])
        // A tag is markup up to the limit of its length; one longer is text.
        let long = String(repeating: "x", count: TextNormalizer.htmlTagLimit - 13)
        let atLimit = "<td class=\"" + long + "\">"
        #expect(atLimit.unicodeScalars.count == TextNormalizer.htmlTagLimit)
        #expect(keys(atLimit + "dữ liệu") == ["dữ", "liệu"])
        #expect(keys("<td class=\"" + long + "x\">dữ liệu").count > 2)
        // Character references read as what they stand for; a quoted ">" stays inside its tag.
        #expect(keys("dữ&nbsp;liệu &amp; &#7879; <span title=\"5 > 3\">mở</span>") == ["dữ", "liệu", "và", "mở"])
        #expect(keys("<p>Dữ liệu<o:p></o:p></p><img src=\"a.png\"><code>mở</code>") == ["dữ", "liệu", "mở"])
        // Offsets of the words after a tag are those of the original text.
        let normalized = TextNormalizer.normalize("🙂<b>dữ</b>")
        #expect(normalized.tokens.map { Int($0.start)..<Int($0.end) } == [4..<6])
    }
}

extension String {
    /// NFD without Foundation in the test: decompose the Vietnamese letters we use.
    var decomposedStringWithCanonicalMappingCompat: String {
        var view = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let parts = VietnameseAlphabet.decompositions[scalar.value], parts.letter.base != "đ" {
                let upper = scalar.properties.isUppercase
                let base = upper ? Unicode.Scalar(parts.letter.base.value - 0x20)! : parts.letter.base
                view.append(base)
                switch parts.letter.quality {
                case .none: break
                case .breve: view.append("\u{0306}")
                case .circumflex: view.append("\u{0302}")
                case .horn: view.append("\u{031B}")
                }
                if let mark = VietnameseLetter.combiningMark(for: parts.tone) { view.append(mark) }
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }
}

@Suite struct TextEdgeTests {
    @Test func invisibleCharactersAndQuotesAreNormalised() {
        let normalized = TextNormalizer.normalize("“Chiến lư\u{00AD}ợc” an\u{200B}toàn — dữ\u{00A0}liệu\u{FEFF}")
        #expect(normalized.tokens.map(\.key.text) == ["chiến", "lược", "an", "toàn", "dữ", "liệu"])
        #expect(normalized.string(0..<normalized.scalars.count) == "\"chiến lược\" an toàn - dữ liệu")
    }

    @Test func offsetsMapBackAfterMultibyteAndDecomposedText() {
        // NFD "Ưu tiên" ahead of the match: 3 + 1 + 6 scalars.
        let text = "U\u{031B}u tie\u{0302}n: DỮ LIỆU"
        let normalized = TextNormalizer.normalize(text)
        let source = SourceText(text)
        let last = normalized.tokens[3]
        #expect(last.key.text == "liệu")
        #expect(source.string(last.range) == "LIỆU")
        #expect(source.position(of: last.range.lowerBound) == TextPosition(line: 1, column: 15))
        let regexRange = normalized.normalizedRange(last.range)
        #expect(normalized.string(regexRange) == "liệu")
        #expect(normalized.originalRange(regexRange) == last.range)
    }

    /// Beyond the table's limit of distinct spellings, words are still normalised (just not kept):
    /// a decomposed, old-tone word after 100,000 others reads as it would alone, twice.
    @Test func wordsBeyondTheSpellingTableLimitAreStillNormalised() {
        func name(_ number: Int) -> String {
            var number = number, letters = ""
            repeat { letters.append(Character(Unicode.Scalar(UInt8(97 + number % 26)))); number /= 26 } while number > 0
            return "x" + letters  // no abbreviation starts with "x"
        }
        let words = (0..<100_010).map(name)
        let text = words.joined(separator: " ") + " Ho\u{0300}a ho\u{0300}a"
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized.tokens.count == words.count + 2)
        #expect(normalized.tokens.suffix(2).map(\.key.text) == ["hòa", "hòa"])
        #expect(normalized.string(normalized.normalizedRange(normalized.tokens[words.count].range)) == "hòa")
        #expect(normalized.variants.contains(.decomposed))
    }

    @Test func sourceLinesHandleCRLFAndCR() {
        let source = SourceText("a\r\nbc\rd\n")
        #expect(source.lineCount == 4)
        #expect(source.position(of: 3) == TextPosition(line: 2, column: 1))
        #expect(source.string(source.lineRange(1)) == "bc")
        #expect(source.position(of: 6) == TextPosition(line: 3, column: 1))
    }

    @Test func sourceScalarsAndStringsRoundTripEveryUTF8Length() {
        // Empty, one to four bytes per scalar, NFD marks: the hand-written decoder and
        // `String(scalars:)` must agree with the standard library's views exactly.
        for text in ["", "a", "Dữ liệu", "U\u{031B}u tie\u{0302}n", "€ 𝔇 😀 x", "\u{10FFFF}\u{FFFD}\u{7F}\u{80}\u{7FF}\u{800}"] {
            let source = SourceText(text)
            #expect(Array(source.scalars) == Array(text.unicodeScalars), "\(text)")
            #expect(source.string(0..<source.count) == text)
            #expect(String(scalars: text.unicodeScalars) == text)
        }
        // A String made from a slice of another: its UTF-8 is read as it is stored.
        let whole = "xx Kế hoạch 𝔇 dữ liệu"
        let sliced = String(whole.dropFirst(3))
        #expect(Array(SourceText(sliced).scalars) == Array(whole.unicodeScalars.dropFirst(3)))
    }

    /// Two bytes a scalar until the first one outside the BMP, then four for all, with every
    /// offset unchanged (Vietnamese before and after it, NFD marks included).
    /// 16 bytes a token, its four flags beside offsets up to the text limit, each set and read alone.
    @Test func aTokenIsSixteenBytesAndKeepsItsFlagsApart() {
        #expect(MemoryLayout<Token>.stride == 16)
        let limit = 64 << 20
        var token = Token(key: Syllable("dữ"), fold: Syllable("du"), isWord: true, start: limit - 2, end: limit)
        #expect(token.start == Int32(limit - 2) && token.end == Int32(limit) && token.isWord)
        token.sentenceBreakBefore = true
        token.clauseBreakBefore = true
        token.inUnaccentedText = true
        #expect(token.start == Int32(limit - 2) && token.end == Int32(limit))
        #expect(token.sentenceBreakBefore && token.clauseBreakBefore && token.inUnaccentedText && token.isWord)
        token.isWord = false
        token.clauseBreakBefore = false
        token.start = 7
        token.end = 9
        #expect(!token.isWord && !token.clauseBreakBefore && token.sentenceBreakBefore && token.inUnaccentedText)
        #expect(token.range == 7..<9)
    }

    @Test func scalarBufferKeepsOffsetsWhenItWidens() {
        let text = "Kế hoạch dữ lie\u{0302}\u{0323}u 𝔇 năm 2027 😀"
        var buffer = ScalarBuffer()
        for scalar in text.unicodeScalars { buffer.append(scalar) }
        #expect(Array(buffer) == Array(text.unicodeScalars))
        #expect(buffer.count == text.unicodeScalars.count)
        let astral = Array(text.unicodeScalars).firstIndex(of: "𝔇")!
        #expect(buffer[astral] == "𝔇" && buffer[astral - 2] == "u" && buffer[astral + 2] == "n")
        #expect(buffer == ScalarBuffer(text.unicodeScalars) && buffer != ScalarBuffer("Kế hoạch".unicodeScalars))
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized.string(0..<normalized.scalars.count) == "kế hoạch dữ liệu 𝔇 năm 2027 😀")
    }

    @Test func decoderAcceptsBOMsAndRefusesBinaryAndBadUTF8() throws {
        #expect(try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("dữ".utf8)) == "dữ")
        #expect(try InputDecoder.decode([0xFF, 0xFE, 0x64, 0x00, 0xEF, 0x1E]) == "dữ")
        #expect(try InputDecoder.decode([0xFE, 0xFF, 0x00, 0x64, 0x1E, 0xEF]) == "dữ")
        #expect(throws: InputDecoder.Failure.binary) { try InputDecoder.decode([0x61, 0x00, 0x62]) }
        #expect(throws: InputDecoder.Failure.invalidUTF8(byteOffset: 2)) { try InputDecoder.decode([0x61, 0x62, 0xE9, 0x20]) }
        #expect(throws: InputDecoder.Failure.invalidUTF16) { try InputDecoder.decode([0xFF, 0xFE, 0x00]) }
        // A UTF-32 mark is refused, not read as UTF-16 with NULs between the letters.
        #expect(throws: InputDecoder.Failure.utf32) { try InputDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00]) }
        #expect(throws: InputDecoder.Failure.utf32) { try InputDecoder.decode([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x64]) }
    }

    @Test func phraseStrength() {
        let phrase = Phrase("bảo vệ dữ liệu")
        let exact = TextNormalizer.normalize("BẢO VỆ DỮ LIỆU").tokens
        let plain = TextNormalizer.normalize("bao ve du lieu").tokens
        let mixed = TextNormalizer.normalize("bảo ve dữ lieu").tokens
        #expect(phrase.match(at: 0, in: exact) == .exact)
        #expect(phrase.match(at: 0, in: plain) == .fallback)
        // In text typed with diacritics a plain word is that word ("ve" is not "vệ").
        #expect(phrase.match(at: 0, in: mixed) == nil)
        #expect(phrase.match(at: 1, in: exact) == nil)
    }
}
