import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// Every rule carries covered / partial / missing examples; they all hold, and a broken one is
/// reported with the rule, the snippet and what was expected.
@Suite struct RuleExampleTests {
    static let ruleIDs = TestSupport.checker?.rules.map(\.id) ?? []

    /// One test per bundled rule: its examples hold, and it has two covered and two missing ones.
    @Test(arguments: ruleIDs)
    func examplesHold(rule id: String) throws {
        let checker = try #require(TestSupport.checker)
        let rule = try #require(checker.rules.first { $0.id == id })
        let (failures, count) = RuleExampleRunner.run(checker.matcher, only: [id])
        #expect(failures.map(\.description) == [])
        #expect(count == rule.examples.count)
        #expect(rule.examples.filter { $0.expect == .covered }.count >= 2, "\(id) needs two covered examples")
        #expect(rule.examples.filter { $0.expect == .missing }.count >= 2, "\(id) needs two missing examples")
    }

    @Test func everyRuleAndConceptHasExamplesThatHold() throws {
        let checker = try #require(TestSupport.checker)
        #expect(Self.ruleIDs.count == 57)
        let (failures, count) = checker.testExamples()
        #expect(failures.map(\.description) == [])
        #expect(count >= checker.rules.count * 4)
    }

    @Test func aWrongExampleIsReportedPrecisely() throws {
        let text = TestSupport.ruleSet().replacingOccurrences(of: "missing: [Công bố dữ liệu.]", with: "missing: [Công bố dữ liệu mở.]")
        let (set, issues) = RuleLoader.parse(text, file: "t.yml", checks: StructuralChecks.all)
        #expect(issues.isEmpty)
        let checker = try PlanChecker(ruleSets: [try #require(set)])
        let (failures, count) = checker.testExamples()
        #expect(count == 2 + ConceptExampleRunner.run(PlanChecker.bundledConcepts).count)
        #expect(failures.map(\.description) == [
            "t.yml:21:17: error: DS999 (test-rule) example expected missing but was covered: \"Công bố dữ liệu mở.\"",
        ])
    }
}
