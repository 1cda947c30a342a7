import PlanCheckStructure
import PlanCheckRules
import PlanCheckYAML

/// `task_field: lead`: every task states the field (DS410–DS412); one finding per task without it.
struct TaskFieldCheck: StructuralCheck {
    static let name = "task_field"
    static let parameterUsage: String? = TaskField.allCases.map(\.rawValue).joined(separator: " | ")
    let field: TaskField

    static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> TaskFieldCheck? {
        let names = TaskField.allCases.map(\.rawValue)
        guard let node = parameters else { return nil }
        guard let name = node.scalar, let field = TaskField(rawValue: name) else {
            reader.issue(node, "'task_field' must be one of \(names.joined(separator: ", "))"
                         + Spelling.didYouMean(node.scalar ?? "", among: names))
            return nil
        }
        return TaskFieldCheck(field: field)
    }

    func run(_ context: CheckContext) -> CheckOutcome {
        let tasks = context.tasks
        let lacking = tasks.filter { $0.fields[field] == nil }
        var outcome = CheckOutcome(status: CheckContext.status(failing: lacking.count, of: tasks.count))
        outcome.findings = lacking.map { task in
            let summary = context.summary(of: task)
            return .init(location: context.location(of: task), detail: LocalizedText(vi: "Nhiệm vụ: «\(summary)»", en: "Task: «\(summary)»"))
        }
        // Only the first few quotes are shown; do not build one for every task of a long plan.
        outcome.evidence = Array(tasks.lazy.compactMap { task in task.fields[field].map { (range: $0, node: task.node) } }
            .prefix(Matcher.evidenceLimit)).map { context.evidence($0.range, node: $0.node) }
        return outcome
    }
}
