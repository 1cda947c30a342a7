import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckText

/// The concept vocabulary: rules name concepts, the structure reads section kinds and task fields
/// from them, unknown names are refused where they are written, and each concept's examples run.
@Suite struct ConceptTests {
    static func conceptFile(lead: [String]) -> String {
        var lines = ["id: team-concepts", "version: \"1\"", "title: Khái niệm", "source: Thử", "concepts:"]
        // The team's own wording for task leads; every other concept comes from the bundled file.
        lines += ["  - name: task-lead", "    kind: field", "    title: {vi: Chủ trì, en: Lead}",
                  "    wordings: [" + lead.joined(separator: ", ") + "]",
                  "    examples: {covered: [\"\(lead[0]): Sở Tư pháp\"], missing: [\"Thời gian: 2026\"]}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aRuleNamingAConceptMatchesEveryWordingOfIt() throws {
        let text = TestSupport.ruleSet(match: "      any:\n        - concept: lead-unit\n")
            .replacingOccurrences(of: "covered: [Công bố dữ liệu mở.]", with: "covered: [Sở Tài chính là cơ quan thường trực.]")
        let (set, issues) = RuleLoader.parse(text, file: "t.yml", concepts: PlanChecker.bundledConcepts, checks: StructuralChecks.all)
        #expect(issues.map(\.description) == [])
        let checker = try PlanChecker(ruleSets: [try #require(set)])
        for wording in ["cơ quan thường trực", "đơn vị đầu mối", "Cơ quan đầu mối"] {
            let result = try #require(checker.check(text: "KẾ HOẠCH\n\nSở Tài chính là \(wording) của Kế hoạch.").result)
            #expect(result.requirements.first?.status == .covered, "\(wording)")
        }
        let none = try #require(checker.check(text: "KẾ HOẠCH\n\nCác sở thực hiện.").result)
        #expect(none.requirements.first?.status == .missing)
    }

    @Test func anUnknownConceptIsRefusedWhereItIsWritten() {
        let text = TestSupport.ruleSet(match: "      any:\n        - concept: lead-unt\n        - phrases: [{concept: nope}]\n")
        let (_, issues) = RuleLoader.parse(text, file: "t.yml", concepts: PlanChecker.bundledConcepts, checks: StructuralChecks.all)
        #expect(issues.map(\.description) == [
            "t.yml:18:20: error: unknown concept 'lead-unt'; did you mean 'lead-unit'?",
            "t.yml:19:31: error: unknown concept 'nope'",
        ])
    }

    @Test func aTeamWordingForTaskLeadsReachesTheStructure() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(try String(contentsOfFile: TestSupport.rulesDirectory + "/qd142/implementation.yml", encoding: .utf8),
                              to: "rules/implementation.yml", in: folder)
        let plan = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Xây dựng kho dữ liệu dùng chung. Người phụ trách: Sở Tư pháp; thời gian: 2026.\n"
        let rules = folder.appendingPathComponent("rules").path
        let before = try PlanChecker(rulePaths: [rules])
        #expect(before.check(text: plan, profile: .province).result?.requirements.first { $0.id == "DS410" }?.status == .missing)
        try TestSupport.write(Self.conceptFile(lead: ["người phụ trách", "chủ trì"]), to: "rules/concepts.yml", in: folder)
        let after = try PlanChecker(rulePaths: [rules])
        #expect(after.check(text: plan, profile: .province).result?.requirements.first { $0.id == "DS410" }?.status == .covered)
        #expect(after.testExamples().failures.isEmpty)
    }

    @Test func aConceptExampleThatFailsIsReportedPrecisely() throws {
        var concepts = PlanChecker.bundledConcepts
        let file = Self.conceptFile(lead: ["người phụ trách"]).replacingOccurrences(of: #"missing: ["Thời gian: 2026"]"#,
                                                                                with: #"missing: ["Người phụ trách: Sở Y tế"]"#)
        let folder = try TestSupport.temporaryDirectory()
        let path = try TestSupport.write(file, to: "concepts.yml", in: folder)
        concepts.merge(RuleLoader.load(paths: [path], checks: StructuralChecks.all).concepts)
        let failures = ConceptExampleRunner.run(concepts).failures.map(\.description)
        #expect(failures == ["\(path):10:68: error: concept task-lead found in its missing example: \"Người phụ trách: Sở Y tế\""])
    }

    @Test func theStructureNeedsItsConcepts() {
        let vocabulary = StructureVocabulary(wordings: [:])
        #expect(vocabulary.missing == StructureVocabulary.conceptNames)
        #expect(StructureVocabulary(wordings: PlanChecker.bundledConcepts.wordings).missing.isEmpty)
    }

    @Test func hintsAreWordedForThePlansProfile() throws {
        let checker = try #require(TestSupport.checker)
        let plan = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Xây dựng kho dữ liệu. Chủ trì: Cục Chuyển đổi số; thời gian: 2026.\n"
        func hint(_ profile: Profile) throws -> String {
            let result = try #require(checker.check(text: plan, profile: profile).result)
            return try #require(result.findings.first { $0.ruleId == "DS312" }).rule.hint.vi
        }
        #expect(try hint(.ministry).contains("danh mục cơ sở dữ liệu của Bộ, ngành"))
        #expect(try hint(.province).contains("danh mục cơ sở dữ liệu của tỉnh"))
        let report = try #require(checker.check(text: plan, profile: .ministry).result)
        #expect(report.requirements.first { $0.id == "DS312" }?.rule.hint.en.contains("ministry") == true)
    }

    @Test func aProfileVariantIsValidatedLikeTheText() {
        let text = TestSupport.ruleSet().replacingOccurrences(of: "hint: {vi: Bổ sung, en: Add it}",
                                                              with: "hint: {vi: Bổ sung, en: Add it, ministri: {vi: x, en: y}, province: {vi: z}}")
        let (_, issues) = RuleLoader.parse(text, file: "t.yml", checks: StructuralChecks.all)
        #expect(issues.map(\.message) == ["unknown key 'ministri' in hint; did you mean 'ministry'?", "hint.province is missing 'en'"])
    }

    @Test func theBuiltInAbbreviationsAreTheConceptFilesList() {
        // scripts/generate-abbreviations.py writes the table from Rules/qd142/concepts.yml.
        func key(_ short: String) -> String {
            short.lowercased().replacingOccurrences(of: "&", with: " và ").split(separator: " ").joined(separator: " ")
        }
        let listed = PlanChecker.bundledConcepts.abbreviations.map { "\(key($0.short)) = \($0.long)" }
        #expect(!listed.isEmpty)
        #expect(Set(listed) == Set(AbbreviationTable.entries.map { "\($0.short) = \($0.long)" }),
                "run scripts/generate-abbreviations.py after editing the list")
        // Expansion moves tokens right in place: none is written in more syllables than its words.
        for entry in AbbreviationTable.entries {
            #expect(entry.short.split(separator: " ").count <= entry.long.split(separator: " ").count, "\(entry.short)")
        }
        let tokens = TextNormalizer.normalize("Xây dựng HTTT, CSDL và KH&CN").tokens.map(\.key.text)
        #expect(tokens == ["xây", "dựng", "hệ", "thống", "thông", "tin", "cơ", "sở", "dữ", "liệu", "và",
                           "khoa", "học", "và", "công", "nghệ"])
    }

    @Test func aTeamConceptFileCannotChangeTheBuiltInAbbreviations() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(TestSupport.ruleSet(), to: "rules/r.yml", in: folder)
        try TestSupport.write(Self.conceptFile(lead: ["chủ trì"]) + "abbreviations:\n  - [DL, dữ liệu]\n", to: "rules/concepts.yml", in: folder)
        #expect {
            _ = try PlanChecker(rulePaths: [folder.appendingPathComponent("rules").path])
        } throws: { error in
            (error as? RuleLoadError)?.description.contains("abbreviations are built into plancheck") == true
        }
    }
}
