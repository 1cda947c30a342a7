import Testing
@testable import PlanCheckText

@Suite struct NormalizerTests {
    func keys(_ s: String) -> [String] { TextNormalizer.normalize(s).tokens.map(\.key) }

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
        #expect(keys("KH&CN") == ["kh", "và", "cn"])
        #expect(keys("142/QĐ-TTg") == ["142", "qđ", "ttg"])
        #expect(keys("dữ\u{00A0}liệu") == ["dữ", "liệu"])
    }

    @Test func offsetsPointAtOriginal() {
        let text = "Ưu tiên: “bảo vệ dữ liệu”"
        let normalized = TextNormalizer.normalize(text)
        let source = SourceText(text)
        let token = normalized.tokens[3]
        #expect(token.key == "vệ")
        #expect(source.string(token.range) == "vệ")
        #expect(normalized.string(0..<normalized.scalars.count) == "ưu tiên: \"bảo vệ dữ liệu\"")
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
