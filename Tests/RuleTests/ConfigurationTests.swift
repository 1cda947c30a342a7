import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckRules

@Suite struct ConfigurationTests {
    @Test func problemsArePositioned() {
        let text = """
            profile: provnce
            disabel: [DS102]
            severity: {DS412: fatal}
            waivers:
              - id: DS412
                paths: ["*.md"]
              - id: DS413
                reason: Kế hoạch năm
                expires: 31/12/2025
            """
        let issues = Configuration.parse(text, file: "c.yml").1.map(\.description)
        #expect(issues == [
            "c.yml:1:10: error: 'profile' must be ministry or province, not 'provnce'; did you mean 'province'?",
            "c.yml:2:1: error: unknown key 'disabel' in configuration; did you mean 'disable'?",
            "c.yml:3:19: error: 'severity.DS412' must be one of info, warning, error, not 'fatal'",
            "c.yml:5:5: error: waiver for DS412 has no 'reason'; say why the requirement does not apply",
            "c.yml:9:14: error: 'expires' must be a date written yyyy-mm-dd, not '31/12/2025'",
        ])
    }

    @Test func globs() {
        #expect(Glob.matches("*.md", path: "a.md"))
        #expect(!Glob.matches("*.md", path: "x/a.md"))
        #expect(Glob.matches("**/*.docx", path: "tinh/son-la/ke-hoach.docx"))
        #expect(Glob.matches("**/*.docx", path: "ke-hoach.docx"))
        #expect(Glob.matches("bo/?-*.pdf", path: "bo/y-te.pdf"))
        #expect(!Glob.matches("bo/*.pdf", path: "tinh/y-te.pdf"))
        #expect(Glob.matches("a/**/b.md", path: "a/b.md"))
        #expect(Glob.matches("a/**/b.md", path: "a/x/y/b.md"))
        #expect(!Glob.matches("a/**/b.md", path: "a/xb.md"))
        #expect(Glob.matches("tinh/[a-c]*.md", path: "tinh/bac-ninh.md"))
        #expect(!Glob.matches("tinh/[!a-c]*.md", path: "tinh/bac-ninh.md"))
        #expect(Glob.matches("[x", path: "[x"))  // unterminated: an ordinary '['
        // `--exclude` semantics: '*' crosses folders, as fnmatch without FNM_PATHNAME.
        #expect(Glob("*/nhap/*", crossing: true).matches("bo/y-te/nhap/ban-1.md"))
        #expect(!Glob("*/nhap/*", crossing: false).matches("bo/y-te/nhap/ban-1.md"))
        #expect(Glob("bo?y-te/*", crossing: true).matches("bo/y-te/a.md") && !Glob("bo?y-te/*").matches("bo/y-te/a.md"))
    }

    /// A backtracking matcher takes exponential time here (2^n ways to split the a's); this one
    /// advances a set of pattern positions, so the test finishes at once or the suite hangs.
    @Test func pathologicalGlobsAreLinear() {
        let name = String(repeating: "a", count: 200)
        for crossing in [false, true] {
            #expect(!Glob(String(repeating: "*a", count: 30) + "*b", crossing: crossing).matches(name))
            #expect(Glob(String(repeating: "*a", count: 30) + "*", crossing: crossing).matches(name))
            #expect(!Glob(String(repeating: "**/a", count: 20) + "b", crossing: crossing).matches(Array(repeating: "a", count: 100).joined(separator: "/")))
        }
        #expect(!PlanFinder(excludes: [String(repeating: "*a", count: 30) + "*b"]).plans(in: [name + ".md"]).isEmpty)
    }

    @Test func waiverDatesAreAsciiCalendarDates() {
        for good in ["2026-12-31", "2028-02-29", "2000-02-29"] { #expect(ConfigurationDecoder.isCalendarDate(good), "\(good)") }
        for bad in ["9999-99-99", "2026-02-30", "2027-02-29", "1900-02-29", "٢٠٢٦-١٢-٣١", "２０２６-１２-３１", "2026-1-31", "2026/12/31", "2026-13-01", "2026-12-00"] {
            #expect(!ConfigurationDecoder.isCalendarDate(bad), "\(bad)")
        }
    }

    @Test func waiversOverridesAndInlineComments() throws {
        let folder = try TestSupport.temporaryDirectory()
        let plan = try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-thieu.txt"), encoding: .utf8)
            + "\n<!-- plancheck-disable DS606 — văn bản nháp chưa ký -->\n<!-- plancheck-disable DS605 -->\n"
        let path = try TestSupport.write(plan, to: "nhap/plan.txt", in: folder)
        let configText = """
            disable: [cites-guidance]
            severity: {DS412: warning}
            overrides:
              - paths: ["nhap/**"]
                disable: [DS312]
                severity: {DS101: info}
            waivers:
              - {id: DS601, paths: ["nhap/*.txt"], reason: Bản nháp}
              - {id: DS504, reason: Cũ, expires: 2000-01-01}
            """
        let configPath = try TestSupport.write(configText, to: ".plancheck.yml", in: folder)
        #expect(Configuration.find(from: path) == configPath)
        let configuration = try #require(Configuration.load(configPath).0)
        let checker = try PlanChecker(rulePaths: [TestSupport.rulesDirectory], configuration: configuration)
        let result = try #require(checker.check(path: path).result)
        let byID = Dictionary(uniqueKeysWithValues: result.requirements.map { ($0.id, $0) })
        #expect(byID["DS102"] == nil && byID["DS312"] == nil)
        #expect(byID["DS412"]?.severity == .warning && byID["DS101"]?.severity == .info)
        #expect(byID["DS601"]?.status == .waived && byID["DS601"]?.waiver == "Bản nháp")
        #expect(byID["DS606"]?.status == .waived && byID["DS606"]?.waiver == "văn bản nháp chưa ký")
        #expect(byID["DS605"]?.status == .missing)       // an inline comment without a reason waives nothing
        #expect(byID["DS504"]?.status == .missing)       // expired
        #expect(checker.expiredWaivers.map(\.id) == ["DS504"])
        #expect(!result.findings.contains { ["DS601", "DS606", "DS102", "DS312"].contains($0.ruleId) })
        #expect(result.findings.first { $0.ruleId == "DS101" }?.severity == .info)
        let summary = Summary([DocumentReport(path: path, result: result)])
        #expect(summary.bySeverity[.info]?.waived == 2)
    }

    @Test func cliUsesTheNearestConfigurationAndReportsExpiredWaivers() throws {
        let folder = try TestSupport.temporaryDirectory()
        let plan = try TestSupport.write(try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-son-la.md"), encoding: .utf8),
                                         to: "plans/a.md", in: folder)
        try TestSupport.write("fail_on: info\nwaivers:\n  - {id: DS999, reason: cũ, expires: 2001-02-03}\n", to: ".plancheck.yml", in: folder)
        // In every output, not only on standard error: a line in text, `warnings` in JSON, a
        // tool execution notification in SARIF (at the waiver's place in the configuration).
        let result = try CLIRunner().run(["lint", plan])
        #expect(result.stdout.contains(".plancheck.yml:3:5: Miễn trừ DS999 đã hết hạn ngày 03/02/2001; yêu cầu được kiểm tra lại như thường."))
        let json = try CLIRunner().run(["lint", plan, "--format", "json", "--lang", "en"])
        #expect(json.stderr.contains(".plancheck.yml:3:5: The waiver for DS999 expired on 2001-02-03; it no longer applies."))
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let warning = try #require((payload["warnings"] as? [[String: Any]])?.first)
        #expect(warning["kind"] as? String == "expired_waiver" && warning["ruleId"] as? String == "DS999")
        #expect(warning["line"] as? Int == 3 && warning["column"] as? Int == 5 && (warning["file"] as? String)?.hasSuffix(".plancheck.yml") == true)
        let sarif = try CLIRunner().run(["lint", plan, "--format", "sarif"])
        let run = try #require(((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "warning" && invocation["executionSuccessful"] as? Bool == true)
        #expect((notification["descriptor"] as? [String: Any])?["id"] as? String == "expired_waiver")
        #expect((notification["associatedRule"] as? [String: Any])?["id"] as? String == "DS999")
        #expect((notification["message"] as? [String: Any])?["text"] as? String == "Miễn trừ DS999 đã hết hạn ngày 03/02/2001; yêu cầu được kiểm tra lại như thường.")
        let bad = try TestSupport.write("waivers: [{id: DS412}]\n", to: "bad.yml", in: folder)
        let refused = try CLIRunner().run(["lint", plan, "--config", bad])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.yml:1:11: error: waiver for DS412 has no 'reason'"))
    }

    /// A suppression comment that waives nothing (no reason, the placeholder, an unknown ID) is
    /// said in the document's warnings, at its line, in JSON, SARIF and text.
    @Test func ignoredSuppressionsAreWarnings() throws {
        let folder = try TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-son-la.md"), encoding: .utf8)
        let plan = try TestSupport.write("<!-- plancheck-disable DS412 — <lý do> -->\n<!-- plancheck-disable DS000 — vì đã có -->\n" + original,
                                         to: "a.md", in: folder)
        let json = try CLIRunner().run(["lint", plan, "--format", "json"])
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let document = try #require((payload["documents"] as? [[String: Any]])?.first)
        let warnings = try #require(document["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["kind"] as? String } == ["ignored_suppression", "ignored_suppression"])
        #expect(warnings.map { $0["line"] as? Int } == [1, 2] && warnings.map { $0["ruleId"] as? String } == ["DS412", "DS000"])
        #expect((warnings.first?["message"] as? String)?.hasPrefix("Miễn trừ DS412 chưa có lý do") == true)
        #expect((warnings.last?["message"] as? String)?.contains("“DS000”, không phải mã hay tên yêu cầu nào") == true)
        let text = try CLIRunner().run(["lint", plan])
        #expect(text.stdout.contains("! dòng 1: Miễn trừ DS412 chưa có lý do nên không có hiệu lực"))
        let sarif = try CLIRunner().run(["lint", plan, "--format", "sarif", "--lang", "en"])
        #expect(sarif.stdout.contains("The suppression of DS412 has no reason, so it waives nothing"))
        #expect(sarif.stdout.contains(#""id" : "ignored_suppression""#))
    }

    @Test func baselineShowsOnlyNewFindings() throws {
        let folder = try TestSupport.temporaryDirectory()
        let original = try String(contentsOfFile: TestSupport.example("ke-hoach-tinh-thieu.txt"), encoding: .utf8)
        let plan = try TestSupport.write(original, to: "plan.txt", in: folder)
        let baseline = folder.appendingPathComponent("baseline.json").path
        let cli = CLIRunner()
        let first = try cli.run(["lint", plan, "--write-baseline", baseline, "--format", "line"])
        #expect(first.status == 1)
        let known = try cli.run(["lint", plan, "--baseline", baseline, "--format", "line"])
        #expect(known.status == 0 && known.stdout.isEmpty)
        // A new gap appears: only it is reported.
        _ = try TestSupport.write(original.replacingOccurrences(of: "III. KINH PHÍ\nKinh phí thực hiện từ nguồn ngân sách tỉnh.", with: ""),
                                  to: "plan.txt", in: folder)
        let new = try cli.run(["lint", plan, "--baseline", baseline, "--format", "line"])
        #expect(new.stdout.split(separator: "\n").map { String($0.suffix(7)) } == ["[DS403]"])
    }
}
