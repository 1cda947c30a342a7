import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// The same plan written in NFD, with the other tone placement, with "Ð" (U+00D0) for "Đ", and
/// with no-break spaces and zero-width characters must get the same statuses, and every
/// evidence location must point at the quoted text in the file as written.
@Suite struct UnicodeVariantTests {
    static let original: String = (try? String(contentsOfFile: TestSupport.example("ke-hoach-tinh-son-la.md"), encoding: .utf8)) ?? ""

    static let variants: [(String, @Sendable (String) -> String)] = [
        ("nfd", { $0.decomposedStringWithCanonicalMapping }),
        ("old-tones", { text in
            var out = text
            for (new, old) in [("hòa", "hoà"), ("hóa", "hoá"), ("Hòa", "Hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("quý", "qúy"),
                               ("Quý", "Qúy"), ("HÒA", "HOÀ"), ("ỦY", "UỶ"), ("Ủy", "Uỷ")] {
                out = out.replacingOccurrences(of: new, with: old)
            }
            return out
        }),
        ("eth", { $0.replacingOccurrences(of: "Đ", with: "Ð") }),
        ("spacing", { $0.replacingOccurrences(of: "dữ liệu", with: "dữ\u{00A0}liệu").replacingOccurrences(of: "Sở ", with: "Sở\u{200B} ") }),
        // Scalars beyond the Basic Multilingual Plane (two UTF-16 units each) ahead of every match,
        // regex matches included: positions must still point at the quoted text.
        ("astral", { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("|") || $0.isEmpty ? String($0) : $0 + " 📌" }.joined(separator: "\n")
        }),
        ("nfd-old-tones-crlf", { text in
            let old = text.replacingOccurrences(of: "hóa", with: "hoá").replacingOccurrences(of: "Ủy", with: "Uỷ")
            return old.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: "\r\n")
        }),
    ]

    /// Statuses other than DS903, which reports the variant itself.
    private func statuses(_ report: DocumentReport) -> [String] {
        (report.result?.requirements ?? []).filter { $0.id != "DS903" }
            .map { "\($0.id)=\($0.status.rawValue)/\($0.confidence?.rawValue ?? "-")" }
    }

    private func ds903(_ report: DocumentReport) -> RequirementStatus? {
        report.result?.requirements.first { $0.id == "DS903" }?.status
    }

    @Test func variantsWereActuallyChanged() {
        for (name, transform) in Self.variants {
            // Swift compares Strings by canonical equivalence, so compare the scalars.
            #expect(Array(transform(Self.original).unicodeScalars) != Array(Self.original.unicodeScalars), "\(name) did not change the text")
        }
    }

    @Test(arguments: Self.variants.map(\.0))
    func sameStatusesAndPositionsInTheOriginal(variant: String) throws {
        let checker = try #require(TestSupport.checker)
        let transform = try #require(Self.variants.first { $0.0 == variant }?.1)
        let baseline = checker.check(text: Self.original, path: "nfc.md")
        let text = transform(Self.original)
        let report = checker.check(text: text, path: "\(variant).md")
        #expect(statuses(report) == statuses(baseline))
        #expect(statuses(report).contains("DS305=covered/high"))
        // NFD and the look-alike Ð are reported (DS903); tone placement and spacing are style.
        let reported = variant.hasPrefix("nfd") || variant == "eth"
        #expect(ds903(report) == (reported ? .missing : .covered))
        #expect(ds903(baseline) == .covered)

        let source = SourceText(text)
        for requirement in report.result?.requirements ?? [] {
            for evidence in requirement.evidence {
                let location = evidence.location
                // Offsets select exactly the quote in the text as written.
                #expect(source.string(location.offset..<location.endOffset) == evidence.quote)
                // Line and column (Unicode scalars, 1-based) reach the same place.
                let lineText = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })[location.line - 1]
                let scalars = Array(lineText.unicodeScalars)
                let start = location.column - 1
                let count = evidence.quote.unicodeScalars.count
                if location.endLine == location.line, start + count <= scalars.count {
                    #expect(String(String.UnicodeScalarView(scalars[start..<start + count])) == evidence.quote)
                } else {
                    Issue.record("evidence of \(requirement.id) not on one line: \(location)")
                }
            }
        }
    }
}
