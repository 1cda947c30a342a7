import ArgumentParser
import Foundation
import PlanCheck

/// Exit codes, documented in README: 0 clean, 1 findings at or above --fail-on, 2 invalid usage,
/// rules or configuration (nothing checked), 3 some input could not be read, 4 an output file
/// could not be written.
enum ExitStatus {
    static let findings: Int32 = 1
    static let invalid: Int32 = 2
    static let unreadable: Int32 = 3
    static let outputFailed: Int32 = 4
}

@main
struct PlanCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck",
        abstract: "Kiểm tra kế hoạch dữ liệu theo Chiến lược dữ liệu quốc gia (QĐ 142/QĐ-TTg). Checks data plans against Vietnam's National Data Strategy.",
        version: PlanCheckVersion.current,
        subcommands: [LintCommand.self, ReportCommand.self, AnnotateCommand.self, ServeCommand.self, ExplainCommand.self, ExtractCommand.self, RulesCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command line with plancheck's exit codes: a usage error is 2, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                // Help and version: on standard output, help in the command line's language.
                print(UsageMessages.localized(fullMessage(for: error), commandLineLanguage))
                Foundation.exit(0)
            }
            let language = UsageMessages.language(Array(CommandLine.arguments.dropFirst()))
            FileHandle.standardError.write(Data((UsageMessages.localized(fullMessage(for: error), language) + "\n").utf8))
            Foundation.exit(ExitStatus.invalid)
        }
    }
}

/// Options shared by the commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: help("Tệp hoặc thư mục quy tắc (nêu được nhiều lần). Mặc định: Rules/ đi kèm.", "Rule file or folder (repeatable). Default: the bundled Rules/."))
    var rulePaths: [String] = []

    func checker(minimumConfidence: Confidence = .low, configuration: Configuration? = nil,
                 maxFindingsPerRule: Int? = nil) throws -> PlanChecker {
        try loadChecker(rulePaths, minimumConfidence: minimumConfidence, configuration: configuration, maxFindingsPerRule: maxFindingsPerRule)
    }
}

/// How many findings of one kind the commands that report findings list.
struct FindingLimitOptions: ParsableArguments {
    @Option(help: help("Số phát hiện theo từng nhiệm vụ, chỉ tiêu được liệt kê cho mỗi yêu cầu; số còn lại gộp thành một (mặc định: max_findings_per_rule của cấu hình, nếu không thì 100).",
                                       "Per-task and per-target findings listed per requirement; the rest are counted in one more (default: max_findings_per_rule of the configuration, else 100).",
                                       valueName: "n"))
    var maxFindingsPerRule: Int?

    func validate() throws {
        if let value = maxFindingsPerRule, !(1...100_000).contains(value) {
            throw ValidationError("--max-findings-per-rule must be from 1 to 100000")
        }
    }
}

/// Loads the rules (given paths, else the configuration's, else the bundled ones) or prints every
/// problem and exits 2.
func loadChecker(_ paths: [String], minimumConfidence: Confidence = .low, configuration: Configuration? = nil,
                 maxFindingsPerRule: Int? = nil) throws -> PlanChecker {
    do {
        return try PlanChecker(rulePaths: paths.isEmpty ? nil : paths, minimumConfidence: minimumConfidence,
                               configuration: configuration, maxFindingsPerRule: maxFindingsPerRule)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.invalid)
    }
}

/// The configuration given, else the nearest `.plancheck.yml` above `near` (or the current folder);
/// an invalid one prints every problem and exits 2.
func loadConfiguration(explicit: String?, near: String?) throws -> Configuration? {
    guard let path = explicit ?? Configuration.find(from: near ?? FileManager.default.currentDirectoryPath) else { return nil }
    let (configuration, issues) = Configuration.load(path)
    guard let configuration, issues.isEmpty else {
        printError(issues.map(\.description).joined(separator: "\n"))
        throw ExitCode(ExitStatus.invalid)
    }
    return configuration
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// One line on standard error in the user's language: "plancheck: lỗi: …" or "plancheck: error: …".
func printProblem(_ vi: String, _ en: String, _ language: Language, warning: Bool = false) {
    let word = warning ? (language == .en ? "warning" : "cảnh báo") : (language == .en ? "error" : "lỗi")
    printError("plancheck: \(word): " + (language == .en ? en : vi))
}

extension Profile: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Confidence: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Output paths are checked before any plan is: a run that cannot write what was asked fails at
/// once (exit 4) rather than after printing its results.
func requireWritable(_ paths: [String], _ language: Language) throws {
    let files = FileManager.default
    for path in paths {
        var isDirectory: ObjCBool = false
        let reason: (vi: String, en: String)?
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            reason = isDirectory.boolValue ? ("đó là một thư mục", "is a folder")
                : (files.isWritableFile(atPath: path) ? nil : ("không có quyền ghi", "permission denied"))
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            let parent = folder.isEmpty ? "." : folder
            if !files.fileExists(atPath: parent, isDirectory: &isDirectory) || !isDirectory.boolValue {
                reason = ("không có thư mục \(parent)", "no such folder \(parent)")
            } else {
                reason = files.isWritableFile(atPath: parent) ? nil : ("không có quyền ghi vào \(parent)", "permission denied in \(parent)")
            }
        }
        if let reason {
            cannotWrite(path, reason, language)
            throw ExitCode(ExitStatus.outputFailed)
        }
    }
}

/// "cannot write PATH: REASON", in the user's language.
func cannotWrite(_ path: String, _ reason: (vi: String, en: String), _ language: Language) {
    printProblem("không ghi được \(path): \(reason.vi)", "cannot write \(path): \(reason.en)", language)
}

/// A file that could not be read, in the user's language.
func cannotRead(_ path: String, _ error: DocumentError, _ language: Language) {
    printProblem("\(path): \(error.vietnamese)", "\(path): \(error.message)", language)
}
