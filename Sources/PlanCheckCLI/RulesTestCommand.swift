import ArgumentParser
import PlanCheck

struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Chạy mọi ví dụ đạt / một phần / thiếu của các quy tắc. Run every rule's covered / partial / missing examples."
    )

    @Argument(help: help("Các tệp hoặc thư mục quy tắc. Mặc định: Rules/ đi kèm.", "Rule files or folders. Default: the bundled Rules/."))
    var paths: [String] = []

    func run() throws {
        let checker = try loadChecker(paths)
        let (failures, count) = checker.testExamples()
        for failure in failures { printError(failure.description) }
        print("\(count - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(ExitStatus.findings) }
    }
}
