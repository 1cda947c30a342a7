import ArgumentParser
import PlanCheck

struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules: ID, name, severity, basis, who they apply to."
    )

    @Argument(help: "Rule files or folders. Default: the bundled Rules/.")
    var paths: [String] = []

    @Option(help: "Language of the titles.")
    var lang: Language = .vi

    func run() throws {
        let checker = try loadChecker(paths)
        let rows = checker.rules.map { rule in
            [rule.id, rule.name, rule.severity.rawValue, rule.basis.rawValue,
             rule.appliesTo.rawValue + (rule.forms.isEmpty ? "" : " (" + rule.forms.map(\.rawValue).joined(separator: ", ") + ")"),
             rule.title.text(lang)]
        }
        print(Table(header: ["ID", "NAME", "SEVERITY", "BASIS", "APPLIES TO", "TITLE"], rows: rows).render(), terminator: "")
    }
}

/// Columns padded to their widest cell (counted in characters, so Vietnamese lines up).
struct Table {
    var header: [String]
    var rows: [[String]]

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
