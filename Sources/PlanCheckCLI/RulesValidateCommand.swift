import ArgumentParser
import PlanCheck

struct RulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kiểm tra tệp quy tắc; in mỗi lỗi dạng path:line:col: error: message (có lỗi thì thoát mã 2). Check rule files; print every problem as path:line:col: error: message (exit 2 if any)."
    )

    @Argument(help: help("Các tệp hoặc thư mục quy tắc. Mặc định: Rules/ đi kèm.", "Rule files or folders. Default: the bundled Rules/."))
    var paths: [String] = []

    func run() throws {
        let checker = try loadChecker(paths)
        let count = checker.rules.count
        print("\(checker.ruleSets.count) rule sets, \(count) rules, \(checker.concepts.names.count) concepts, "
              + "\(checker.concepts.abbreviations.count) abbreviations: OK")
    }
}

