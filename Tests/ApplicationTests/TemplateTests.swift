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
        #expect(html.components(separatedBy: "<g class=\"bar\">").count - 1 == matrix.requirements.count)
    }
}
