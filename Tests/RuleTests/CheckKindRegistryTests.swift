import Testing
import PlanCheckTestSupport
import PlanCheckYAML
@testable import PlanCheck

/// A check kind written outside the matcher: one type, and one more entry in the list given to the
/// loader. This is all a new structural check needs.
private struct MinimumTasksCheck: StructuralCheck {
    static let name = "minimum_tasks"
    static let parameterUsage: String? = "NUMBER"
    let minimum: Int

    static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> MinimumTasksCheck? {
        guard let node = parameters else { return nil }
        guard let value = node.int, value > 0 else {
            reader.issue(node, "'minimum_tasks' must be a positive number")
            return nil
        }
        return MinimumTasksCheck(minimum: value)
    }

    func run(_ context: CheckContext) -> CheckOutcome {
        context.tasks.count >= minimum ? CheckOutcome(status: .covered)
            : CheckOutcome(status: .missing, findings: [.init(location: context.location(ofSegment: 0), detail: nil)])
    }
}

@Suite struct CheckKindRegistryTests {
    private static let kinds = StructuralChecks.all + [MinimumTasksCheck.self]

    private func ruleSet(check: String) -> String {
        TestSupport.ruleSet().replacingOccurrences(of: "    match:\n      any:\n        - dữ liệu mở\n", with: "    check: \(check)\n")
    }

    @Test func aNewCheckKindIsDecodedAndRunFromTheListAlone() throws {
        let (set, issues) = RuleLoader.parse(ruleSet(check: "{minimum_tasks: 2}"), file: "t.yml", checks: Self.kinds)
        #expect(issues.isEmpty)
        let checker = try PlanChecker(ruleSets: [try #require(set)])
        let plan = """
            KẾ HOẠCH
            Phát triển dữ liệu
            II. NHIỆM VỤ
            1. Xây dựng cơ sở dữ liệu đất đai. Chủ trì: Sở Nông nghiệp và Môi trường.
            2. Công bố dữ liệu mở. Chủ trì: Sở Khoa học và Công nghệ.
            """
        #expect(checker.check(text: plan, profile: .province).result?.requirements.first?.status == .covered)
        let one = plan.components(separatedBy: "\n2.").first ?? plan
        #expect(checker.check(text: one, profile: .province).result?.requirements.first?.status == .missing)
    }

    @Test func namesParametersAndErrorsComeFromTheList() {
        func messages(_ check: String, kinds: [any RuleCheckKind.Type] = Self.kinds) -> [String] {
            RuleLoader.parse(ruleSet(check: check), file: "t.yml", checks: kinds).1.map(\.message)
        }
        #expect(messages("minimum_tasks") == ["check 'minimum_tasks' takes parameters: {minimum_tasks: NUMBER}"])
        #expect(messages("{minimum_tasks: 0}") == ["'minimum_tasks' must be a positive number"])
        #expect(messages("{is_plan: true}") == ["check 'is_plan' takes no parameters; write 'check: is_plan'"])
        #expect(messages("minimum_task") == ["unknown check 'minimum_task'; did you mean 'minimum_tasks'?"])
        // Without the kind in the list, the same rule is an unknown check.
        #expect(messages("{minimum_tasks: 2}", kinds: StructuralChecks.all).first?.hasPrefix("unknown check 'minimum_tasks'") == true)
        #expect(messages("[a, b]").first?.contains("task_table") == true)
        #expect(messages("[a, b]").first?.contains("minimum_tasks") == true)
    }

    @Test func everyBundledCheckKindHasADistinctName() {
        let names = StructuralChecks.all.map { $0.name }
        #expect(Set(names).count == names.count)
        #expect(names.count == 8)
    }
}
