import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheckRules
import PlanCheckMatching

@Suite struct RuleLoaderTests {
    private func issues(_ text: String, file: String = "r.yml") -> [String] {
        RuleLoader.parse(text, file: file, checks: StructuralChecks.all).1.map(\.description)
    }

    @Test func validTemplateLoads() throws {
        let (set, issues) = RuleLoader.parse(TestSupport.ruleSet(), file: "ok.yml", checks: StructuralChecks.all)
        #expect(issues.isEmpty)
        let rule = try #require(set?.rules.first)
        #expect(rule.id == "DS999")
        #expect(rule.match == .any([.phrases(["dữ liệu mở"])]))
        #expect(rule.examples.count == 2)
    }

    @Test func bundledRulesAreValidAndCoverTheCatalogue() throws {
        let result = RuleLoader.load(paths: [TestSupport.rulesDirectory], checks: StructuralChecks.all)
        #expect(result.issues.map(\.description) == [])
        let ids = Set(result.rules.map(\.id))
        // Every ID of the catalogue (../shared/spec/requirements.md, DS520–DS528 expanded). A copy of
        // the list is kept with the tests; where the catalogue itself is beside the checkout, the
        // copy must still match it.
        let snapshot = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/catalogue-ids.txt"), encoding: .utf8)
        let expected = Set(snapshot.split(separator: "\n").map(String.init))
        let catalogueURL = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/requirements.md")
        if let catalogue = try? String(contentsOf: catalogueURL, encoding: .utf8) {
            var live = Set(catalogue.matches(of: #/\*\*(DS\d{3}) /#).map { String($0.1) })
            for number in 520...528 { live.insert("DS\(number)") }
            #expect(live == expected, "Tests/Fixtures/catalogue-ids.txt is out of date with the catalogue")
        }
        #expect(expected.count >= 55)
        #expect(expected.subtracting(ids).sorted() == [])
        #expect(ids.subtracting(expected).sorted() == [])
    }

    @Test func aPartialMessageNeedsAPartialCase() {
        let found = issues(TestSupport.ruleSet(extraRuleLines: "    partial_message: {vi: Một phần, en: Partly}\n"))
        #expect(found == ["r.yml:16:22: error: 'partial_message' is said when 'partial' holds; this rule has no 'partial' condition"])
    }

    @Test func syntaxErrorIsPositioned() {
        let text = TestSupport.ruleSet().replacingOccurrences(of: "title: {vi: Thử, en: Test}", with: "title: {vi: Thử, en: Test")
        let found = issues(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("r.yml:9:") == true)
    }

    @Test func unknownKeySuggestsTheRightOne() {
        let text = TestSupport.ruleSet().replacingOccurrences(of: "    severity: warning", with: "    serverity: warning")
        let found = issues(text)
        #expect(found.contains("r.yml:13:5: error: unknown key 'serverity' in rule; did you mean 'severity'?"))
        #expect(found.contains { $0.hasPrefix("r.yml:6:5: error: rule is missing 'severity'") })
    }

    @Test func wrongTypeAndBadEnumArePositioned() {
        let text = TestSupport.ruleSet()
            .replacingOccurrences(of: "    applies_to: both", with: "    applies_to: provnce")
            .replacingOccurrences(of: "    citation: Không có", with: "    citation: [a, b]")
        let found = issues(text)
        #expect(found.contains("r.yml:11:17: error: 'applies_to' must be one of ministry, province, both, not 'provnce'; did you mean 'province'?"))
        #expect(found.contains("r.yml:10:15: error: 'citation' must be text, not a sequence"))
    }

    @Test func ruleIDsAndNamesHaveTheirShape() {
        for good in ["DS305", "AB1999", "X000"] { #expect(issues(TestSupport.ruleSet(ruleID: good)).isEmpty, "\(good)") }
        for bad in ["ds305", "DS30", "DS305X", "3DS305", "DS-305", "ĐS305"] {
            #expect(issues(TestSupport.ruleSet(ruleID: bad)) == ["r.yml:6:9: error: rule id '\(bad)' must be upper-case letters followed by three digits, like DS305"])
        }
        for good in ["a", "security-privacy", "ds305-open-data"] { #expect(issues(TestSupport.ruleSet(name: good)).isEmpty, "\(good)") }
        for bad in ["Bad-name", "a--b", "-a", "a-", "dữ-liệu", "a_b"] {
            #expect(issues(TestSupport.ruleSet(name: bad)) == ["r.yml:7:11: error: rule name '\(bad)' must be a lower-case slug like security-privacy"])
        }
    }

    /// A rule's regex is compiled once per process: the loader's check and the matcher share it.
    @Test func aPatternIsCompiledOncePerProcess() throws {
        let pattern = "dữ liệu (mở|lớn) \\d{4}"
        let first = try CompiledPatterns.shared.expression(pattern)
        #expect(try CompiledPatterns.shared.expression(pattern) === first)
        #expect(first.options.contains(.caseInsensitive))
        #expect(throws: (any Error).self) { try CompiledPatterns.shared.expression("([a-z") }
    }

    @Test func invalidRegexIsPositioned() {
        let found = issues(TestSupport.ruleSet(match: "      regex: \"([a-z\"\n"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("r.yml:17:14: error: invalid regex '([a-z': expected ']'") == true)
    }

    @Test func emptyConditionsAreRejected() {
        #expect(issues(TestSupport.ruleSet(match: "      any: []\n")) == ["r.yml:17:12: error: empty condition: 'any' has no terms"])
        #expect(issues(TestSupport.ruleSet(match: "      phrases: [\"—\"]\n")) == ["r.yml:17:17: error: empty phrase '—': it has no syllable to match"])
        #expect(issues(TestSupport.ruleSet(match: "      {}\n")) == ["r.yml:17:7: error: empty condition"])
    }

    @Test func nearNeedsTwoTermsAndABound() {
        let found = issues(TestSupport.ruleSet(match: "      near: {terms: [dữ liệu], within: 0}\n"))
        #expect(found.contains { $0.hasPrefix("r.yml:17:21: error: 'near.terms' needs at least two terms") })
        #expect(found.contains { $0.hasPrefix("r.yml:17:40: error: 'near.within' must be a whole number") })
    }

    @Test func duplicateIDsAcrossFilesNameBothPlaces() throws {
        let folder = try TestSupport.temporaryDirectory()
        let a = try TestSupport.write(TestSupport.ruleSet(id: "set-a", name: "rule-a"), to: "a.yml", in: folder)
        let b = try TestSupport.write(TestSupport.ruleSet(id: "set-b", name: "rule-b"), to: "b.yml", in: folder)
        let result = RuleLoader.load(paths: [folder.path], checks: StructuralChecks.all)
        #expect(result.issues.map(\.description) == ["\(b):6:5: error: duplicate rule id 'DS999' (first defined at \(a):6:5)"])
    }

    @Test func aliasBombInARuleFileFailsFast() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let found = issues(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("billion laughs") == true)
    }

    @Test func spellingSuggestions() {
        #expect(Spelling.suggestion(for: "aplies_to", among: RuleDecoder.ruleKeys) == "applies_to")
        #expect(Spelling.suggestion(for: "zzzzzz", among: RuleDecoder.ruleKeys) == nil)
    }
}
