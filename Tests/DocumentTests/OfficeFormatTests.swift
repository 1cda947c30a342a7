import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// The example plans also exist as Word (styled, unstyled with typed labels and bold headings, and
/// the whole plan in one cell of a layout table, as agency templates have it),
/// LibreOffice and PDF files, as Markdown with bold lines for headings and as the HTML a web
/// portal's editor pastes into Markdown (scripts/make-office-examples.py); each must get the same statuses as its Markdown original:
/// whichever way a plan is marked up, the verdicts are the same.
@Suite struct OfficeFormatTests {
    static let office = TestSupport.officeDirectory
    static let cases: [String] = ["ke-hoach-tinh-son-la", "ke-hoach-bo-y-te", "ke-hoach-cds-tinh-2025", "chien-luoc-du-lieu-tinh-lao-cai"]
        .flatMap { name in ["docx", "odt", "pdf"].map { "\(name).\($0)" } + ["\(name)-unstyled.docx", "\(name)-unstyled.pdf", "\(name)-numbered.docx", "\(name)-layout.docx", "\(name)-bold.md", "\(name)-html.md"] }

    static func statuses(_ path: String, except ignored: Set<String> = []) throws -> [String: RequirementStatus] {
        let checker = try #require(TestSupport.checker)
        let report = checker.check(path: path)
        #expect(report.error == nil, "\(path): \(report.error?.en ?? "")")
        return Dictionary(uniqueKeysWithValues: (report.result?.requirements ?? []).filter { !ignored.contains($0.id) }.map { ($0.id, $0.status) })
    }

    @Test(arguments: cases)
    func sameStatusesAsTheMarkdownOriginal(file: String) throws {
        let stem = (file as NSString).deletingPathExtension
        let original = TestSupport.example(["-unstyled", "-numbered", "-layout", "-bold", "-html"].reduce(stem) { $0.hasSuffix($1) ? String($0.dropLast($1.count)) : $0 } + ".md")
        let converted = Self.office.appendingPathComponent(file).path
        #expect(try Self.statuses(converted) == Self.statuses(original))
    }

    @Test func tcvn3WordFileAndVniTextFileReadAsTheirUnicodeOriginals() throws {
        let tcvn3 = Self.office.appendingPathComponent("ke-hoach-tinh-son-la-tcvn3.docx").path
        #expect(try Self.statuses(tcvn3, except: ["DS903"]) == Self.statuses(TestSupport.example("ke-hoach-tinh-son-la.md"), except: ["DS903"]))
        #expect(try Self.statuses(tcvn3)["DS903"] == .missing)
        let vni = Self.office.appendingPathComponent("ke-hoach-tinh-thieu-vni.txt").path
        #expect(try Self.statuses(vni, except: ["DS903"]) == Self.statuses(TestSupport.example("ke-hoach-tinh-thieu.txt"), except: ["DS903"]))
        let document = try DocumentLoader.read(path: vni)
        #expect(document.legacyEncodings == [.vni])
        #expect(document.source.string(0..<15) == "ỦY BAN NHÂN DÂN")
    }

    @Test func locationsKeepParagraphsAndPages() throws {
        let checker = try #require(TestSupport.checker)
        let docx = try #require(checker.check(path: Self.office.appendingPathComponent("ke-hoach-tinh-son-la.docx").path).result)
        let quote = try #require(docx.requirements.first { $0.id == "DS305" }?.evidence.first)
        #expect(quote.location.paragraph != nil && quote.location.page == nil)
        let pdf = try #require(checker.check(path: Self.office.appendingPathComponent("ke-hoach-tinh-son-la.pdf").path).result)
        let pages = pdf.requirements.flatMap(\.evidence).compactMap(\.location.page)
        #expect(pages.contains(1) && pages.contains(2))
    }
}
