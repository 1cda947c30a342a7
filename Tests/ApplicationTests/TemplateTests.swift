import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckServer

/// The HTML pages are Mustache templates embedded at build time: every one parses, every page
/// renders all its fields in both languages, and text from a plan is escaped.
@Suite struct TemplateTests {
    @Test func everyTemplateParsesAndIsEmbedded() {
        #expect(HTMLReportWriter.templates.problems.isEmpty)
        #expect(WebPages.templates.problems.isEmpty)
    }

    /// The binary carries what the .mustache files say (scripts/embed-templates writes it).
    @Test(arguments: ["PlanCheckReport", "PlanCheckServer"])
    func theEmbeddedTemplatesAreTheFiles(target: String) throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/\(target)/Templates")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            files[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        let embedded = target == "PlanCheckReport" ? HTMLReportWriter.templates.sources : WebPages.templates.sources
        #expect(!files.isEmpty)
        #expect(embedded == files, "run scripts/embed-templates after editing \(folder.path)")
    }

    @Test func everyServerPageRendersWithoutLeftoverTagsInBothLanguages() throws {
        let checker = try #require(TestSupport.checker)
        let report = checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Công bố dữ liệu mở. Chủ trì: Sở Khoa học và Công nghệ; thời gian: 2026.", path: "a.md")
        for language in [Language.vi, .en] {
            let pages = WebPages(language: language, options: ServerOptions())
            let rendered = [pages.upload(message: "m<1>"), pages.signIn(message: "m<2>"), pages.error(title: "t<3>", message: "m<4>"),
                            pages.result(report, name: "a<5>.md", checker: checker, downloads: [("JSON", "a.json", "application/json", Data("{}".utf8))])]
            for page in rendered {
                let leftover = page.contains("{{")  // ("}}" ends CSS blocks)
                #expect(!leftover)
                #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
                #expect(page.hasSuffix("</body></html>\n"))
            }
            #expect(rendered[0].contains("m&lt;1&gt;") && rendered[1].contains("m&lt;2&gt;"))
            #expect(rendered[2].contains("<h1>t&lt;3&gt;</h1>") && rendered[2].contains("m&lt;4&gt;"))
            #expect(rendered[3].contains("a&lt;5&gt;.md") && rendered[3].contains("href=\"data:application/json;base64,e30=\""))
            // The words are the page's language; the other's link is in the header.
            #expect(rendered[0].contains(language == .en ? "Check a data plan" : "Kiểm tra kế hoạch dữ liệu"))
            #expect(rendered[3].contains(language == .en ? "hreflang=\"vi\"" : "hreflang=\"en\""))
            #expect(rendered[3].contains("id=\"DS301\""))
        }
    }

    @Test func theReportRendersEveryRowAndCell() throws {
        let checker = try #require(TestSupport.checker)
        let report = Report(toolVersion: "test", ruleSets: checker.ruleSetInfo,
                            documents: [checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Công bố dữ liệu mở.", path: "a.md"),
                                        DocumentReport(path: "b.docx", error: LocalizedText(vi: "hỏng <x>", en: "broken <x>"))])
        let matrix = CoverageMatrix(report: report, rules: checker.rules)
        let html = HTMLReportWriter().format(matrix, report: report)
        let leftover = html.contains("{{")
        #expect(!leftover)
        #expect(html.components(separatedBy: "<td class=\"c s-").count - 1 == matrix.columns.count)
        #expect(html.contains("<tr data-row=\"1\" data-profile=\"none\" data-form=\"\" class=\"unreadable\">"))
        #expect(html.contains("hỏng &lt;x&gt;"))
        // One bar per requirement; the detectors (DS9xx) are about the checking, not in the chart.
        let detectors = matrix.columns.filter(\.rule.isDetector).map(\.id)
        #expect(detectors == ["DS901", "DS902", "DS903"])
        #expect(html.components(separatedBy: "<g class=\"bar\">").count - 1 == matrix.requirements.count - detectors.count)
    }

    /// The result page opens with what needs adding (missing, then partial), the covered and the
    /// not-applicable requirements folded below; the counts link to their lists; a Word upload
    /// gets its annotated copy.
    @Test func theResultPagePutsWhatIsMissingFirst() throws {
        let checker = try #require(TestSupport.checker)
        let report = checker.check(path: TestSupport.example("ke-hoach-tinh-thieu.txt"))
        let page = WebPages(language: .vi, options: ServerOptions()).result(report, name: "a.txt", checker: checker, downloads: [],
                                                                        annotated: ("a.nhan-xet.docx", Data([1, 2, 3])))
        let statuses = page.matches(of: #/<li class="req s-[a-z_]+" id="DS\d+" data-status="([a-z_]+)"/#).map { String($0.1) }
        let result = try #require(report.result)
        // Every requirement; a detector (DS9xx) only when it found something.
        #expect(statuses.count == result.requirements.filter { !$0.rule.isDetector || $0.status == .missing || $0.status == .partial }.count)
        let gaps = result.requirements.filter { [.missing, .partial, .unknown].contains($0.status) }.count
        #expect(statuses.prefix(gaps).allSatisfy { ["missing", "partial", "unknown"].contains($0) })
        #expect(statuses.first == "missing")
        let firstPartial = statuses.firstIndex(of: "partial") ?? statuses.count
        #expect(!statuses[firstPartial...].prefix(while: { $0 != "covered" }).contains("missing"))
        let coveredStart = try #require(page.range(of: #"<details id="da-dat">"#))
        #expect(!page[coveredStart.upperBound...].contains(#"data-status="missing""#))
        #expect(page.contains(##"<a href="#can-bo-sung">"##) && page.contains(##"<a href="#da-dat">"##))
        #expect(page.contains(#"<a id="annotated" download="a.nhan-xet.docx" href="data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,AQID">Tải bản có nhận xét (.docx)</a>"#))
        let plain = WebPages(language: .en, options: ServerOptions()).result(report, name: "a.txt", checker: checker, downloads: [])
        #expect(!plain.contains(#"id="annotated""#) && plain.contains("To add ("))
    }
}
