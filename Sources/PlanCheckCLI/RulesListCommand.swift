import ArgumentParser
import PlanCheck

struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê các yêu cầu: mã, tên, mức độ, nguồn, đối tượng áp dụng. List the rules: ID, name, severity, where they come from, who they apply to."
    )

    @Argument(help: help("Các tệp hoặc thư mục quy tắc. Mặc định: Rules/ đi kèm.", "Rule files or folders. Default: the bundled Rules/."))
    var paths: [String] = []

    @Option(help: help("Ngôn ngữ của tên yêu cầu: vi hoặc en.", "Language of the titles."))
    var lang: Language = .vi

    func run() throws {
        let checker = try loadChecker(paths)
        let strings = UIStrings(lang)
        let rows = checker.rules.map { rule in
            [rule.id, rule.name, strings.severity(rule.severity), strings.basis(rule.basis),
             strings.appliesTo(rule.appliesTo, forms: rule.forms, brief: true), rule.title.text(lang)]
        }
        let header = lang == .en ? ["ID", "NAME", "SEVERITY", "COMES FROM", "APPLIES TO", "TITLE"]
                                 : ["MÃ", "TÊN", "MỨC ĐỘ", "NGUỒN YÊU CẦU", "ÁP DỤNG CHO", "YÊU CẦU"]
        print(Table(header: header, rows: rows).render(), terminator: "")
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
