import Foundation
import Testing
import PlanCheckTestSupport
import PlanCheckDocuments
@testable import PlanCheckStructure

/// The issuing agency, read from header openings in the layouts officials use (two columns set
/// apart by spaces, Markdown tables with <br>, lines, a parent above its unit), comes out as a
/// clean name: no rule, no national title, no stamp, no sentence.
@Suite struct IssuerTests {
    struct Opening: Sendable, CustomStringConvertible {
        var text: String
        var issuer: String?
        var parent: String?
        var description: String { issuer ?? "(none)" }
    }

    static let openings: [Opening] = {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/issuers/openings.txt")
        guard let file = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let body = file.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        return body.components(separatedBy: "\n----\n").map { block in
            var opening = Opening(text: "")
            var lines: [Substring] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix("=> ") { opening.issuer = line.dropFirst(3) == "-" ? nil : String(line.dropFirst(3)) }
                else if line.hasPrefix("<= ") { opening.parent = String(line.dropFirst(3)) }
                else { lines.append(line) }
            }
            opening.text = lines.joined(separator: "\n")
            return opening
        }
    }()

    @Test func thereAreOpenings() { #expect(Self.openings.count >= 20) }

    @Test(arguments: openings)
    func theIssuerIsACleanName(_ opening: Opening) {
        let agency = AgencyName.read(header: opening.text)
        #expect(agency?.name == opening.issuer)
        #expect(agency?.parent == opening.parent)
        // The same in NFD (decomposed marks), with multibyte text ahead.
        let decomposed = AgencyName.read(header: "\u{FEFF}" + opening.text.decomposedStringWithCanonicalMapping)
        #expect(decomposed?.name == opening.issuer)
    }

    /// When the header is lost, the symbol and the place of issue still name the agency; a city
    /// under the central government is "thành phố", not "tỉnh".
    @Test func theSymbolNamesTheAgencyWhenTheHeaderIsLost() {
        #expect(AgencyName.fromSymbol("1386/KH-BYT", place: nil)?.name == "Bộ Y tế")
        #expect(AgencyName.fromSymbol("187/KH-UBND", place: "Thanh Hóa")?.name == "UBND tỉnh Thanh Hóa")
        #expect(AgencyName.fromSymbol("312/KH-UBND", place: "Hà Nội")?.name == "UBND thành phố Hà Nội")
        #expect(AgencyName.fromSymbol("12/KH-UBND", place: nil) == nil)
        #expect(AgencyName.fromSymbol("12/KH-UBND", place: "theo đề nghị của Sở Tài chính tại tờ trình") == nil)
        #expect(AgencyName.fromSymbol(nil, place: "Sơn La") == nil)
    }

    /// A plan whose header went into a sentence still gets its agency, from the symbol line.
    @Test func aPlanWithoutAHeaderIsNamedFromItsSymbol() {
        let text = "Số: 187/KH-UBND\nThanh Hóa, ngày 12 tháng 6 năm 2026\nKẾ HOẠCH\nPhát triển dữ liệu\nI. MỤC TIÊU\n1. Dữ liệu."
        let document = StructuredDocument(MarkdownReader.snippet(text), vocabulary: TestSupport.vocabulary)
        #expect(document.metadata.issuer == "UBND tỉnh Thanh Hóa")
    }
}
