import PlanCheckStructure
import PlanCheckRules

/// `task_table`: covered by a task table in an annex with lead, partner, time and output columns
/// (the catalogue's four); partial by a task table that lacks some of them or stands outside an
/// annex (DS504).
struct TaskTableCheck: ParameterlessCheck {
    static let name = "task_table"

    private static let required: Set<TaskField> = [.lead, .partners, .deadline, .output]

    func run(_ context: CheckContext) -> CheckOutcome {
        let document = context.document
        let best = document.taskTables.max(by: { score($0) < score($1) })
        if !(best.map { $0.inAnnex && $0.columns.isSuperset(of: Self.required) } ?? false), let listed = annexList(context) {
            return listed
        }
        guard let best else {
            return CheckOutcome(status: .missing, findings: [.init(location: context.place, detail: nil)])
        }
        let header = document.tree.tables[best.table].rows.first ?? []
        let range = header.isEmpty ? 0..<0
            : document.tree.segments[header[0]].range.lowerBound..<document.tree.segments[header[header.count - 1]].range.upperBound
        let quote = context.evidence(range, node: best.node)
        if best.inAnnex && best.columns.isSuperset(of: Self.required) {
            return CheckOutcome(status: .covered, evidence: [quote])
        }
        let absent = Self.required.subtracting(best.columns).map(\.rawValue).sorted()
        var vi: [String] = [], en: [String] = []
        if !absent.isEmpty {
            vi.append("Bảng thiếu cột: \(absent.map(Self.columnName).joined(separator: ", "))")
            en.append("Table lacks columns: \(absent.joined(separator: ", "))")
        }
        if !best.inAnnex {
            vi.append("bảng không nằm trong phụ lục")
            en.append("not in an annex")
        }
        return CheckOutcome(status: .partial, evidence: [quote], findings: [.init(location: quote.location, detail: LocalizedText(
            vi: vi.joined(separator: "; "), en: en.joined(separator: "; ")))])
    }

    /// An annex whose tasks are numbered blocks ("1. Nhiệm vụ: …" then "Đơn vị chủ trì:",
    /// "Đơn vị phối hợp:", "Thời hạn:", "Sản phẩm:" lines) is the task table flattened, as a copy
    /// out of a PDF or Word leaves it: covered when most blocks give each of the four fields.
    private func annexList(_ context: CheckContext) -> CheckOutcome? {
        let document = context.document
        let tree = document.tree
        let annexes = Set(tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex })
        guard !annexes.isEmpty else { return nil }
        let inAnnex = tree.insideMask(annexes)
        let items = document.tasks.filter { task in
            if case .item(let node) = task.origin { inAnnex[node] } else { false }
        }
        guard items.count >= 2, let first = items.first,
              Self.required.allSatisfy({ field in items.filter { $0.fields[field] != nil }.count * 2 >= items.count }) else { return nil }
        return CheckOutcome(status: .covered, evidence: [context.evidence(first.title, node: first.node)])
    }

    private func score(_ table: TaskTable) -> Int {
        table.columns.intersection(Self.required).count * 2 + (table.inAnnex ? 1 : 0)
    }

    private static func columnName(_ field: String) -> String {
        switch field {
        case "lead": return "đơn vị chủ trì"
        case "deadline": return "thời gian"
        case "output": return "sản phẩm"
        default: return "đơn vị phối hợp"
        }
    }
}
