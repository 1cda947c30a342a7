import PlanCheck
import Testing

/// Uses only the public API, as another Swift package would.
@Suite struct LibraryAPITests {
    @Test func checkAPlanInAFewLines() throws {
        let checker = try PlanChecker()  // the rules bundled with the package
        let report = checker.check(text: """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA
            KẾ HOẠCH
            Triển khai Chiến lược dữ liệu quốc gia
            I. NHIỆM VỤ, GIẢI PHÁP
            1. Bảo đảm an toàn thông tin theo cấp độ.
            """)
        let result = try #require(report.result)
        #expect(result.profile == .province)
        let byID = Dictionary(uniqueKeysWithValues: result.requirements.map { ($0.id, $0) })
        #expect(byID["DS101"]?.status == .covered)
        #expect(byID["DS503"]?.status == .covered)
        #expect(byID["DS305"]?.status == .partial)
        #expect(byID["DS401"]?.status == .missing)
        #expect(result.findings.map(\.ruleId).contains("DS401"))
        #expect(!checker.ruleSets.isEmpty)
    }

    @Test func reportsFormatWithoutTheCLI() throws {
        let checker = try PlanChecker()
        let report = Report(toolVersion: PlanCheckVersion.current, ruleSets: checker.ruleSetInfo,
                            documents: [checker.check(text: "KẾ HOẠCH", path: "a.md")])
        #expect(JSONFormatter().format(report).contains("\"path\" : \"a.md\""))
        #expect(TextFormatter(language: .en).format(report).contains("a.md"))
        #expect(report.fails(at: .error))
    }

    @Test func givenRulePathsThatDoNotExistFailWithIssues() {
        #expect(throws: RuleLoadError.self) { try PlanChecker(rulePaths: ["/nonexistent/rules"]) }
    }
}
