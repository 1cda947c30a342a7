import Testing
import Foundation
import PlanCheckTestSupport
@testable import PlanCheck

@Suite struct MatcherTests {
    /// The bundled rules, loaded once.

    private func statuses(_ report: DocumentReport) -> [String: RequirementStatus] {
        Dictionary(uniqueKeysWithValues: (report.result?.requirements ?? []).map { ($0.id, $0.status) })
    }

    /// A snippet placed under a plan's title, so that it is checked as a plan.
    private func plan(_ text: String) -> String { "KẾ HOẠCH\n\n" + text }

    private func rules(_ match: String, scope: String = "document", partial: String = "") throws -> PlanChecker {
        var text = TestSupport.ruleSet(match: match).replacingOccurrences(of: "scope: document", with: "scope: \(scope)")
        if !partial.isEmpty { text = text.replacingOccurrences(of: "    examples:", with: "    partial:\n\(partial)    examples:") }
        let (set, issues) = RuleLoader.parse(text, file: "t.yml", checks: StructuralChecks.all)
        #expect(issues.isEmpty, "\(issues)")
        return try PlanChecker(ruleSets: [try #require(set)])
    }

    /// A quote shows the words that express the requirement, not the separators a pattern took
    /// in: the place with the date of issue ("Hà Giang, ngày …", not ", ngày …"), the plan's own
    /// number (not Decision 142's, cited below it).
    @Test func quotesStartAndEndOnTheirWords() throws {
        let checker = try #require(TestSupport.checker)
        let text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 95/KH-UBND\nHà Giang, ngày 20 tháng 6 năm 2024\n\nKẾ HOẠCH\nPhát triển dữ liệu\n"
            + "Căn cứ Quyết định số 142/QĐ-TTg ngày 02/02/2024 của Thủ tướng Chính phủ;\nI. MỤC TIÊU\n1. Dữ liệu được chia sẻ.\n"
        let result = try #require(checker.check(text: text).result)
        let quotes = { (id: String) in result.requirements.first { $0.id == id }?.evidence.map(\.quote) ?? [] }
        #expect(quotes("DS603") == ["Hà Giang, ngày 20 tháng 6 năm 2024"])
        #expect(quotes("DS602") == ["Số: 95/KH-UBND"])
    }

    /// A share is quoted from its first digit ("100% hồ sơ", not "0% hồ sơ"), with Vietnamese
    /// text before it on the line.
    @Test func sharesAreQuotedWhole() throws {
        let checker = try #require(TestSupport.checker)
        let text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nKẾ HOẠCH\nPhát triển dữ liệu\nI. MỤC TIÊU\n"
            + "1. Đến năm 2030, 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa; 85,5% dữ liệu kết quả giải quyết TTHC được tái sử dụng.\n"
        let result = try #require(checker.check(text: text).result)
        let quotes = { (id: String) in result.requirements.first { $0.id == id }?.evidence.map(\.quote) ?? [] }
        #expect(quotes("DS202").first?.hasPrefix("100% hồ sơ") == true)
        #expect(quotes("DS203").first?.hasPrefix("85,5% dữ liệu") == true)
    }

    @Test func phrasesMatchWholeSyllablesOnly() throws {
        let checker = try rules("      any:\n        - sở\n")
        #expect(statuses(checker.check(text: plan("Xây dựng cơ sở dữ liệu."), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("Xây dựng cơ sởdữ liệu."), profile: .province))["DS999"] == .missing)
        let strict = try rules("      any:\n        - dữ liệu mở\n")
        #expect(statuses(strict.check(text: plan("dữ liệu mởrộng"), profile: .province))["DS999"] == .missing)
    }

    @Test func diacriticFreeTextMatchesWithLowerConfidence() throws {
        let checker = try rules("      any:\n        - dữ liệu mở\n")
        let exact = try #require(checker.check(text: plan("Công bố dữ liệu mở."), profile: .province).result?.requirements.first)
        #expect(exact.status == .covered && exact.confidence == .high)
        let plain = try #require(checker.check(text: plan("Cong bo du lieu mo."), profile: .province).result?.requirements.first)
        #expect(plain.status == .covered && plain.confidence == .medium)
        #expect(plain.evidence.first?.quote == "du lieu mo")
        // Text written with other diacritics is a different word, not a weak match.
        let other = try #require(checker.check(text: plan("Công bố dư liệu mớ."), profile: .province).result?.requirements.first)
        #expect(other.status == .missing)
    }

    @Test func phrasesDoNotCrossSegments() throws {
        let checker = try rules("      any:\n        - dữ liệu mở\n")
        #expect(statuses(checker.check(text: plan("1. Kho dữ liệu\n2. Mở rộng mạng"), profile: .province))["DS999"] == .missing)
    }

    @Test func nearCountsSyllablesBetweenTerms() throws {
        let near = "      near: {terms: [dữ liệu mở, chất lượng], within: 3}\n"
        let checker = try rules(near)
        #expect(statuses(checker.check(text: plan("dữ liệu mở có chất lượng"), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("chất lượng của dữ liệu mở"), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("dữ liệu mở được cập nhật thường xuyên và chất lượng"), profile: .province))["DS999"] == .missing)
        // Commas may stand between the terms, the end of a sentence may not.
        #expect(statuses(checker.check(text: plan("dữ liệu mở, bảo đảm chất lượng"), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("Công bố dữ liệu mở. Chất lượng cao"), profile: .province))["DS999"] == .missing)
        // A ";" ends an enumerated item; inside brackets that close after it (nested or square
        // too) it only lists names. A bracket never closed encloses nothing.
        let units = try rules("      near: {terms: [sở du lịch, sở văn hóa], within: 8}\n")
        for (text, status) in [("Sở Du lịch; Sở Văn hóa phối hợp", RequirementStatus.missing),
                               ("Các sở (Sở Du lịch; Sở Văn hóa) phối hợp", .covered),
                               ("Các sở (Sở Du lịch (chủ trì); Sở Văn hóa) phối hợp", .covered),
                               ("Các sở [Sở Du lịch; Sở Văn hóa] phối hợp", .covered),
                               ("Sở Du lịch (chủ trì; Sở Văn hóa thực hiện riêng", .missing)] {
            #expect(statuses(units.check(text: plan(text), profile: .province))["DS999"] == status, "\(text)")
        }
    }

    @Test func partialBranchGivesPartialStatus() throws {
        let checker = try rules("      all: [an toàn thông tin, dữ liệu cá nhân]\n",
                                partial: "      any: [an toàn thông tin, dữ liệu cá nhân]\n")
        #expect(statuses(checker.check(text: plan("Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân."), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("Bảo đảm an toàn thông tin."), profile: .province))["DS999"] == .partial)
        #expect(statuses(checker.check(text: plan("Xây dựng kho dữ liệu."), profile: .province))["DS999"] == .missing)
    }

    /// A `scoped` condition reads another part of the document than the rule's scope: a
    /// coordination the tasks do not mention but the implementation part asks for is half the
    /// requirement; the plan's past results are not.
    @Test func aScopedConditionReadsBeyondTheRulesScope() throws {
        let lines = "      near: {terms: [phối hợp, địa phương, dữ liệu mở], within: 12}\n"
        let wide = try rules(lines, scope: "task", partial: "      scoped: {scope: plan, match: {any: [phối hợp với các địa phương]}}\n")
        let narrow = try rules(lines, scope: "task", partial: "      any: [phối hợp với các địa phương]\n")
        let implementation = plan("I. NHIỆM VỤ\n1. Xây dựng kho dữ liệu của ngành.\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị phối hợp với các địa phương triển khai Kế hoạch.\n")
        #expect(statuses(wide.check(text: implementation, profile: .province))["DS999"] == .partial)
        #expect(statuses(narrow.check(text: implementation, profile: .province))["DS999"] == .missing)
        let tasks = plan("I. NHIỆM VỤ\n1. Phối hợp với các địa phương phát triển dữ liệu mở của ngành.\n")
        #expect(statuses(wide.check(text: tasks, profile: .province))["DS999"] == .covered)
        let results = plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐã phối hợp với các địa phương rà soát dữ liệu.\nII. NHIỆM VỤ\n1. Xây dựng kho dữ liệu của ngành.\n")
        #expect(statuses(wide.check(text: results, profile: .province))["DS999"] == .missing)
    }

    /// A heading named in a `scoped` condition is looked for in its scope's sections (an annex
    /// that is the catalogue), and the scope may be a `section:` one.
    @Test func aScopedConditionMayReadHeadingsAndSections() throws {
        let annex = try rules("      any:\n        - danh mục cơ sở dữ liệu\n        - scoped: {scope: plan, match: {heading: [danh mục cơ sở dữ liệu]}}\n", scope: "task")
        let text = plan("I. NHIỆM VỤ\n1. Xây dựng kho dữ liệu.\nPHỤ LỤC. DANH MỤC CƠ SỞ DỮ LIỆU CỦA TỈNH\n| TT | Tên cơ sở dữ liệu |\n")
        #expect(statuses(annex.check(text: text, profile: .province))["DS999"] == .covered)
        #expect(statuses(annex.check(text: plan("I. NHIỆM VỤ\n1. Xây dựng kho dữ liệu.\n"), profile: .province))["DS999"] == .missing)
        let section = try rules("      scoped: {scope: {section: [tổ chức thực hiện]}, match: {any: [báo cáo]}}\n")
        #expect(statuses(section.check(text: plan("I. NHIỆM VỤ\nBáo cáo.\nII. TỔ CHỨC THỰC HIỆN\nTriển khai.\n"), profile: .province))["DS999"] == .missing)
        #expect(statuses(section.check(text: plan("I. NHIỆM VỤ\nTriển khai.\nII. TỔ CHỨC THỰC HIỆN\nBáo cáo định kỳ.\n"), profile: .province))["DS999"] == .covered)
    }

    /// A `scoped` condition that a check judges over a part of its choosing (DS902 over the past
    /// results) reads only what of its own scope lies there; and two scopes named alike are two.
    @Test func aScopedConditionStaysInsideWhatACheckJudges() throws {
        let text = TestSupport.ruleSet(id: "test-scoped", ruleID: "TX001", name: "scoped-test",
                                       match: "      all:\n        - kho dữ liệu dùng chung\n        - scoped: {scope: document, match: {heading: [mục đích]}}\n")
            .replacingOccurrences(of: "scope: document\n    severity", with: "scope: task\n    severity")
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checker = try PlanChecker(rulePaths: [TestSupport.rulesDirectory, try TestSupport.write(text, to: "x.yml", in: folder)])
        let outside = plan("I. MỤC ĐÍCH\nPhát triển dữ liệu.\nII. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐã xây dựng kho dữ liệu dùng chung.\nIII. NHIỆM VỤ\n1. Chuẩn hóa dữ liệu.\n")
        let report = checker.check(text: outside, profile: .province)
        #expect(statuses(report)["TX001"] == .missing)
        // Judged over the past results alone, "MỤC ĐÍCH" is not there: nothing is met only there.
        let spots = { (report: DocumentReport) in (report.result?.findings ?? []).filter { $0.ruleId == "DS902" }.compactMap { $0.detail?.vi } }
        #expect(!spots(report).contains { $0.contains("TX001") })
        // With its own "Mục đích" inside the past results, it is met only there.
        let inside = plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Mục đích\nĐã xây dựng kho dữ liệu dùng chung.\nII. NHIỆM VỤ\n1. Chuẩn hóa dữ liệu.\n")
        #expect(spots(checker.check(text: inside, profile: .province)).contains { $0.contains("TX001") })
    }

    @Test func sectionScopesWithTheSamePrintedNameAreKeptApart() throws {
        let first = TestSupport.ruleSet(ruleID: "DS998", name: "first", match: "      scoped: {scope: {section: [\"nhiệm vụ | kinh phí\"]}, match: {any: [dữ liệu mở]}}\n")
        let second = TestSupport.ruleSet(ruleID: "DS999", name: "second", match: "      any: [dữ liệu mở]\n")
            .replacingOccurrences(of: "scope: document", with: "scope: {section: [nhiệm vụ, kinh phí]}")
        let (set, issues) = RuleLoader.parse(second + first.components(separatedBy: "rules:\n")[1], file: "t.yml", checks: StructuralChecks.all)
        #expect(issues.isEmpty, "\(issues)")
        let checker = try PlanChecker(ruleSets: [try #require(set)])
        let found = statuses(checker.check(text: plan("I. NHIỆM VỤ\n1. Công bố dữ liệu mở.\n"), profile: .province))
        #expect(found["DS999"] == .covered)
        #expect(found["DS998"] == .missing)
    }

    /// A space in a rule's regex is any white space: a phrase wrapped onto the next line of a
    /// plain-text plan is still the phrase. A match whose greedy path runs into the next item is
    /// looked for again within its own.
    @Test func aRegexSpaceMatchesAWrappedLineAndStaysInItsItem() throws {
        let checker = try rules("      regex: \"sử dụng lại[^.!?\\\\n]{0,200}(?:\\\\n[^.!?\\\\n]{0,200})?\\\\d\\\\s*%\"\n")
        let text = "KẾ HOẠCH\n\nI. MỤC TIÊU\na) Tỷ lệ dữ liệu được sử dụng\n   lại, không phải kê khai lại, đạt 40% năm 2027.\nb) Phấn đấu đạt 60% vào năm 2030.\n"
        let requirement = try #require(checker.check(text: text, profile: .province).result?.requirements.first)
        #expect(requirement.status == .covered)
        #expect(requirement.evidence.first?.quote == "sử dụng\n   lại, không phải kê khai lại, đạt 40%")
    }

    @Test func aScopedConditionIsValidated() {
        let parse = { (match: String) in
            RuleLoader.parse(TestSupport.ruleSet(match: match), file: "t.yml", checks: StructuralChecks.all).1.map(\.message)
        }
        #expect(parse("      scoped: {scope: plans, match: {any: [dữ liệu]}}\n").contains { $0.contains("unknown scope 'plans'") })
        #expect(parse("      scoped: {scope: plan}\n").contains { $0.contains("match") })
        #expect(parse("      scoped: {scope: plan, match: {any: [dữ liệu]}, within: 3}\n").contains { $0.contains("within") })
        #expect(parse("      scoped: {scope: plan, match: {anyy: [dữ liệu]}}\n").contains { $0.contains("unknown condition 'anyy'") })
        #expect(parse("      scoped: [plan]\n").contains { $0.contains("a scoped condition must be a mapping") })
        #expect(parse("      scoped: {scope: annex, match: {heading: [danh mục]}}\n").isEmpty)
    }

    /// One regex in rules of different scopes over the same stretch of text: each scope gets its
    /// own matches (a result cached for the narrower scope once hid the wider scope's matches).
    @Test func aRegexSharedByTwoScopesFindsEachScopesMatches() throws {
        let rule = { (id: String, name: String, scope: String) in
            TestSupport.ruleSet(ruleID: id, name: name, match: "      regex: \"kho dữ liệu \\\\d{4}\"\n")
                .replacingOccurrences(of: "scope: document", with: "scope: \(scope)")
                .replacingOccurrences(of: "covered: [Công bố dữ liệu mở.]", with: "covered: [Kho dữ liệu 2026.]")
        }
        let first = rule("DS998", "narrow", "plan")
        let second = rule("DS999", "wide", "document")
        let body = second.components(separatedBy: "rules:\n")[1]
        let (set, issues) = RuleLoader.parse(first + body, file: "t.yml", checks: StructuralChecks.all)
        #expect(issues.isEmpty, "\(issues)")
        let checker = try PlanChecker(ruleSets: [try #require(set)])
        let text = plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐã xây dựng kho dữ liệu 2025.\nII. NHIỆM VỤ\n1. Chuẩn hóa dữ liệu.\n")
        let found = statuses(checker.check(text: text, profile: .province))
        #expect(found["DS998"] == .missing)
        #expect(found["DS999"] == .covered)
    }

    @Test func noneHoldsWhenNothingMatches() throws {
        let checker = try rules("      none: [chưa triển khai]\n")
        #expect(statuses(checker.check(text: plan("Đã triển khai."), profile: .province))["DS999"] == .covered)
        #expect(statuses(checker.check(text: plan("Chưa triển khai."), profile: .province))["DS999"] == .missing)
    }

    @Test func regexRunsOnNormalizedTextAndMapsBack() throws {
        let checker = try rules("      regex: \"(\\\\d+)\\\\s*%\\\\s*hồ sơ\"\n")
        let text = "Mục tiêu: đạt 70 % HỒ SƠ số hóa"
        let requirement = try #require(checker.check(text: plan(text), profile: .province).result?.requirements.first)
        #expect(requirement.status == .covered)
        #expect(requirement.evidence.first?.quote == "70 % HỒ SƠ")
        #expect(requirement.evidence.first?.location.line == 3)
        #expect(requirement.evidence.first?.location.column == 15)
    }

    /// A regex runs only on the segments that hold its required literal, yet it still sees the
    /// line after (a lookahead) and the start of its own line (a lookbehind), as over the whole text.
    @Test func aRegexRunOnlyWhereItsLiteralIsSeesTheLinesAroundIt() throws {
        let checker = try rules("      regex: \"(?<![^\\\\s])ngày\\\\s+\\\\d{1,2}/\\\\d{1,2}/\\\\d{4}(?!\\\\s*của)\"\n")
        let judged = { (text: String) in self.statuses(checker.check(text: self.plan(text), profile: .province))["DS999"] }
        #expect(judged("Hà Nội, ngày 12/3/2026\n\nCác nội dung sau.") == .covered)
        #expect(judged("Thực hiện văn bản ngày 12/3/2026\ncủa Bộ Khoa học và Công nghệ.") == .missing)
        #expect(judged("Thực hiện văn bản ngày 12/3/2026\n\n  \n\ncủa Bộ Khoa học và Công nghệ.") == .missing)
        #expect(judged("Thực hiện văn bản cùngày 12/3/2026 tại Hà Nội.") == .missing)
        // Only the segments with the literal are searched, and a match in any of them counts.
        #expect(judged(String(repeating: "Dòng không có ngày tháng.\n\n", count: 200) + "Ký ngày 1/2/2027.") == .covered)
    }

    @Test func dataScopeIgnoresTheLegalBasisList() throws {
        let checker = try #require(TestSupport.checker)
        let text = """
        KẾ HOẠCH
        Triển khai Chiến lược dữ liệu quốc gia
        Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và Luật An ninh mạng;
        I. NHIỆM VỤ, GIẢI PHÁP
        1. Xây dựng kho dữ liệu.
        """
        #expect(statuses(checker.check(text: text, profile: .province))["DS305"] == .missing)
    }

    @Test func profileOptionOverridesAndUnknownProfileIsSaid() throws {
        let checker = try #require(TestSupport.checker)
        let detected = try #require(checker.check(path: TestSupport.example("ke-hoach-tinh-son-la.md")).result)
        #expect(detected.profile == .province && detected.profileSource == .detected)
        let forced = try #require(checker.check(path: TestSupport.example("ke-hoach-tinh-son-la.md"), profile: .ministry).result)
        #expect(forced.profile == .ministry && forced.profileSource == .option)
        let unknown = try #require(checker.check(text: "KẾ HOẠCH\nI. MỤC TIÊU").result)
        #expect(unknown.profile == nil && unknown.profileSource == ProfileSource.none)
    }

    @Test func findingsPointAtTheGapAndEvidenceAtTheQuote() throws {
        let checker = try #require(TestSupport.checker)
        let result = try #require(checker.check(path: TestSupport.example("ke-hoach-tinh-thieu.txt")).result)
        let ds305 = try #require(result.findings.first { $0.ruleId == "DS305" })
        #expect(ds305.status == .partial)
        #expect(ds305.location.line == 18 && ds305.location.section == "II.2")
        let quote = try #require(result.requirements.first { $0.id == "DS305" }?.evidence.first)
        #expect(quote.quote == "an toàn thông tin theo cấp độ")
    }

    /// A missing requirement is shown where its text belongs (`belongs_in`), or at the nearest
    /// earlier part the plan has: in the body, not stacked on the national motto.
    @Test func missingFindingsSitWhereTheirTextBelongs() throws {
        let checker = try #require(TestSupport.checker)
        #expect(checker.rules.allSatisfy { $0.belongsIn != nil })
        let report = checker.check(path: TestSupport.example("ke-hoach-tinh-thieu.txt"))
        let result = try #require(report.result)
        let missing = result.findings.filter { $0.detail == nil && $0.status == .missing }
        #expect(missing.count >= 10)
        let lines = Dictionary(missing.map { ($0.ruleId, $0.location.line) }, uniquingKeysWith: min)
        // The header's own requirements stay in the header; the others are in the body.
        for finding in missing where !["DS601", "DS602", "DS603", "DS903"].contains(finding.ruleId) {
            #expect(finding.location.line >= 9, "\(finding.ruleId) at line \(finding.location.line)")
        }
        #expect(lines["DS101"] == 9)   // basis: the first "Căn cứ" line
        #expect(lines["DS205"] == 12)  // targets: "I. MỤC TIÊU"
        #expect(lines["DS311"] == 16)  // tasks: "II. NHIỆM VỤ"
        #expect(lines["DS401"] == 21)  // implementation, absent: the nearest earlier part, "III. KINH PHÍ"
    }
}
