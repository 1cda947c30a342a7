import Foundation
import Testing
import PlanCheckTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PlanCheck

@Suite struct OutputFormatTests {
    let cli = CLIRunner()
    static let examples = ["Examples/ke-hoach-tinh-son-la.md", "Examples/ke-hoach-tinh-thieu.txt", "Examples/ke-hoach-bo-y-te.md",
                           "Examples/ke-hoach-cds-tinh-2025.md", "Examples/chien-luoc-du-lieu-tinh-lao-cai.md", "Examples/bien-ban-hop.txt"]

    /// The official schema lives in ../shared beside the checkout (as in CI).
    static let sarifSchema = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    /// Formats are one registry: the command line's values, the help and the API's formats read it,
    /// and every registered formatter renders a report.
    @Test func formatsAreOneRegistry() throws {
        let names = OutputFormat.allCases.map(\.rawValue)
        #expect(names == ["text", "json", "sarif", "line", "checkstyle", "junit", "github"])
        #expect(Set(names).count == names.count)
        #expect(OutputFormat(rawValue: "xml") == nil)
        let checker = try #require(TestSupport.checker)
        let report = checker.report([checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Xây dựng kho dữ liệu.")])
        for format in OutputFormat.allCases {
            #expect(!ReportWriter.render(report, as: format, rules: checker.rules, options: FormatOptions()).isEmpty, "\(format.rawValue)")
        }
        #expect(OutputFormat.sarif.mediaType == "application/sarif+json")
    }

    /// What `annotate --suggest` inserts is plan text: Vietnamese whatever the comments' language,
    /// and a basis line reads as one ("Căn cứ Công văn …").
    @Test func suggestedInsertionsAreVietnamesePlanText() throws {
        let checker = try #require(TestSupport.checker)
        let report = checker.check(text: "KẾ HOẠCH\nPhát triển dữ liệu\nI. MỤC TIÊU\n1. Dữ liệu được chia sẻ.\n")
        let insertions = WordReview.insertions(report).map(\.text)
        #expect(insertions.contains { $0.hasPrefix("Căn cứ Công văn số 1901/BTTTT-VCL") })
        #expect(!insertions.contains { $0.hasPrefix("Letter") || $0.hasPrefix("Pursuant") })
    }

    /// One set of symbols everywhere: a waived requirement shows ⊘ (as README says), a requirement
    /// that does not apply –, in text as in the matrix.
    @Test func textUsesTheMatrixSymbols() throws {
        let checker = try #require(TestSupport.checker)
        let report = checker.report([checker.check(text: "<!-- plancheck-disable DS412 — sản phẩm nêu trong phụ lục riêng -->\nKẾ HOẠCH\n"
                                                   + "Phát triển dữ liệu\nII. NHIỆM VỤ\n1. Xây dựng kho dữ liệu; Sở Tài chính chủ trì; năm 2027.\n")])
        let text = TextFormatter(verbose: true).format(report)
        #expect(text.contains("  ⊘ DS412 ") && text.contains("Miễn trừ vì: sản phẩm nêu trong phụ lục riêng"))
        #expect(text.contains("  – Không áp dụng: "))
        #expect(CoverageMatrix.symbol(.waived) == "⊘" && CoverageMatrix.symbol(.notApplicable) == "–")
    }

    /// A place names its section as a reader would: "mục II.3", but "Phần II.3" and "Nơi nhận"
    /// as they are (not "mục Phần II.3").
    @Test func placesDoNotDoubleTheLabelWord() {
        let source = SourceText("a\nb\nc")
        let strings = UIStrings(.vi)
        #expect(strings.place(SourceLocation(range: 4..<5, source: source, section: "II.3")) == "dòng 3, cột 1 · mục II.3")
        #expect(strings.place(SourceLocation(range: 4..<5, source: source, section: "Phần II.3")) == "dòng 3, cột 1 · Phần II.3")
        #expect(strings.place(SourceLocation(range: 4..<5, source: source, section: "Nơi nhận")) == "dòng 3, cột 1 · Nơi nhận")
    }

    /// A partial requirement never shows the message written for a missing one: it has the
    /// rule's partial message, or says it is partly met; either way the finding names the parts
    /// of an `all` condition found (with the words) and not found.
    @Test func aPartialRequirementSaysWhatIsThereAndWhatIsNot() throws {
        let match = "      all:\n        - any: [an toàn thông tin]\n        - any: [bảo vệ dữ liệu cá nhân, bảo mật dữ liệu]\n"
        let partial = "    partial: {any: [an toàn thông tin, bảo vệ dữ liệu cá nhân]}\n"
        let worded = TestSupport.ruleSet(ruleID: "DS998", name: "worded", extraRuleLines: partial
            + "    partial_message: {vi: Mới có một nửa, en: Only half}\n", match: match)
        let plain = TestSupport.ruleSet(id: "other-set", ruleID: "DS997", name: "plain", extraRuleLines: partial, match: match)
        let folder = try TestSupport.temporaryDirectory()
        try worded.write(to: folder.appendingPathComponent("worded.yml"), atomically: true, encoding: .utf8)
        try plain.write(to: folder.appendingPathComponent("plain.yml"), atomically: true, encoding: .utf8)
        let checker = try PlanChecker(rulePaths: [folder.path])
        // Multibyte text before the match, so the quoted words must come from the right place.
        let result = try #require(checker.check(text: "KẾ HOẠCH\nPhát triển dữ liệu\nI. NHIỆM VỤ\n1. 🙂 Đảm bảo an toàn thông tin cho hệ thống.").result)
        let findings = Dictionary(uniqueKeysWithValues: result.findings.map { ($0.ruleId, $0) })
        let detail = "đã có “an toàn thông tin”; chưa có nội dung như “bảo vệ dữ liệu cá nhân”"
        #expect(findings["DS998"]?.status == .partial)
        #expect(findings["DS998"]?.text(.vi) == "Mới có một nửa — " + detail)
        #expect(findings["DS998"]?.text(.en) == "Only half — found “an toàn thông tin”; nothing yet like “bảo vệ dữ liệu cá nhân”")
        #expect(findings["DS997"]?.text(.vi) == "Mới đáp ứng một phần: Thử. — " + detail)
        #expect(findings["DS997"]?.text(.en).hasPrefix("Partly met: Test. — found") == true)
        let text = ReportWriter.render(checker.report([checker.check(text: "KẾ HOẠCH\nPhát triển dữ liệu\nI. NHIỆM VỤ\n1. Bảo vệ dữ liệu cá nhân của người dân.")]), as: .text,
                                       rules: checker.rules, options: FormatOptions())
        #expect(text.contains("Mới có một nửa\n") && !text.contains("      Thiếu\n"))
        #expect(text.contains("đã có “Bảo vệ dữ liệu cá nhân”; chưa có nội dung như “an toàn thông tin”"))
        // Every bundled rule with a partial condition words its partial case.
        for rule in checker.rules where rule.partial != nil && rule.file.contains("qd142") { #expect(rule.partialMessage != nil, "\(rule.id)") }
        let bundled = try #require(TestSupport.checker)
        let lacking = bundled.rules.filter { $0.partial != nil && $0.partialMessage == nil }.map(\.id)
        #expect(lacking == [])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sarifSchema.path), "needs ../shared/schemas/sarif-schema-2.1.0.json"))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let schema = Self.sarifSchema
        let result = try cli.run(["lint", "--format", "sarif", "--sarif-passes"] + Self.examples + ["Tests/Fixtures/hostile/zip-bomb.docx"])
        #expect(result.status == 3)
        try cli.validate(result.stdout, schema: schema.path, draft: "Draft4Validator")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == 57)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["kind"] as? String == "pass" })
        // ruleIndex points at the rule of the result.
        for entry in results {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == entry["ruleId"] as? String)
        }
        let notifications = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]]
        #expect(notifications?.count == 1)
    }

    @Test func fingerprintsSurviveUnrelatedEdits() throws {
        let folder = try TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-thieu.txt"), encoding: .utf8)
        let before = try TestSupport.write(original, to: "plan.txt", in: folder)
        let first = try cli.run(["lint", "--format", "sarif", before])
        let edited = original.replacingOccurrences(of: "KẾ HOẠCH\n", with: "KẾ HOẠCH\n\nGhi chú thêm của người soạn thảo.\n")
        _ = try TestSupport.write(edited, to: "plan.txt", in: folder)
        let second = try cli.run(["lint", "--format", "sarif", before])
        func prints(_ text: String) throws -> [String] {
            let log = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["plancheck/v1"] }.sorted()
        }
        #expect(try !prints(first.stdout).isEmpty)
        #expect(try prints(first.stdout) == prints(second.stdout))
        #expect(first.stdout != second.stdout)  // the lines did move
    }

    @Test func lineOutputIsReadByVimsDefaultErrorformat() throws {
        let result = try cli.run(["lint", "--format", "line", "Examples/ke-hoach-tinh-thieu.txt"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("Examples/ke-hoach-tinh-thieu.txt:") && $0.hasSuffix("]") })
        let folder = try TestSupport.temporaryDirectory()
        let errors = try TestSupport.write(result.stdout, to: "errors.txt", in: folder)
        let count = folder.appendingPathComponent("count.txt").path
        let vim = Process()
        vim.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        vim.arguments = ["vim", "-N", "-u", "NONE", "-i", "NONE", "-es", "-c", "set errorformat&", "-c", "cfile \(errors)",
                         "-c", "call writefile([len(filter(getqflist(), 'v:val.valid && v:val.lnum > 0'))], '\(count)')", "-c", "qa!"]
        vim.currentDirectoryURL = TestSupport.packageRoot
        vim.standardInput = FileHandle.nullDevice
        vim.standardOutput = FileHandle.nullDevice
        vim.standardError = FileHandle.nullDevice
        try vim.run()
        vim.waitUntilExit()
        let valid = try String(contentsOfFile: count, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(valid == String(lines.count))
    }

    @Test func checkstyleJunitAndGithubOutputs() throws {
        let checkstyle = try cli.run(["lint", "--format", "checkstyle"] + Self.examples)
        #expect(Self.wellFormed(checkstyle.stdout))
        #expect(checkstyle.stdout.contains(#"source="plancheck.DS101""#))
        let junit = try cli.run(["lint", "--format", "junit"] + Self.examples)
        #expect(Self.wellFormed(junit.stdout))
        let names = junit.stdout.matches(of: #/name="([^"]+) DS\d{3} [a-z0-9-]+"/#).map { $0.0 }
        #expect(names.count == Self.examples.count * 57)
        #expect(Set(names).count == names.count)
        #expect(junit.stdout.contains(#"<skipped message="không áp dụng"/>"#) && !junit.stdout.contains(#"message="not_applicable""#))
        let github = try cli.run(["lint", "--format", "github", "Examples/ke-hoach-tinh-thieu.txt"])
        let commands = github.stdout.split(separator: "\n")
        #expect(commands.contains { $0.hasPrefix("::error file=Examples/ke-hoach-tinh-thieu.txt,line=") })
        #expect(commands.contains { $0.hasPrefix("::notice ") } && commands.contains { $0.hasPrefix("::warning ") })
    }

    @Test func severalOutputsInOneRun() throws {
        let folder = try TestSupport.temporaryDirectory()
        let sarif = folder.appendingPathComponent("r.sarif").path, json = folder.appendingPathComponent("r.json").path
        let result = try cli.run(["lint", "Examples/ke-hoach-tinh-thieu.txt", "--output", "sarif=\(sarif)", "--output", "json=\(json)"])
        #expect(result.stdout.contains("Tổng hợp"))
        try cli.validateAgainstSchema(try String(contentsOfFile: json, encoding: .utf8))
        #expect(try String(contentsOfFile: sarif, encoding: .utf8).contains("\"version\" : \"2.1.0\""))
        #expect(try cli.run(["lint", "x.md", "--output", "yaml=x"]).status == 2)
    }

    static func wellFormed(_ xml: String) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse() && parser.parserError == nil
    }
}
