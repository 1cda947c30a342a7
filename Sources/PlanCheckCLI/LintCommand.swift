import ArgumentParser
import Foundation
import PlanCheck

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Kiểm tra một hoặc nhiều kế hoạch. Check one or more plans (\(DocumentFormats.listing))."
    )

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: help("Các tệp kế hoạch cần kiểm tra, hoặc thư mục (tìm như `report`).", "Plan files to check, or folders (searched as `report` searches them)."))
    var files: [String]

    @Option(help: help("Loại cơ quan ban hành: ministry (bộ, ngành) hoặc province (tỉnh). Mặc định: nhận diện từ phần đầu và ký hiệu văn bản.", "The issuer's profile. Default: detected from the document header and symbol."))
    var profile: Profile?

    @Option(help: help("Định dạng kết quả.", "Output format."))
    var format: OutputFormat = .text

    @Option(name: .customLong("output"), help: help("Ghi thêm kết quả dạng FORMAT vào PATH (nêu được nhiều lần), ví dụ --output sarif=ket-qua.sarif.",
                                                                   "Also write FORMAT to PATH (repeatable), e.g. --output sarif=report.sarif.", valueName: "format=path"))
    var outputs: [String] = []

    @Flag(name: .customLong("sarif-passes"), help: help("SARIF: ghi cả các yêu cầu đã đạt (kind pass).", "SARIF: include covered requirements as results of kind pass."))
    var sarifPasses = false

    @Option(help: help("Ngôn ngữ của thông báo: vi hoặc en.", "Language of messages."))
    var lang: Language = .vi

    @Option(name: .customLong("fail-on"), help: help("Thoát với mã 1 khi có yêu cầu ở mức này trở lên còn thiếu hoặc một phần. Mặc định: fail_on của .plancheck.yml, nếu không thì error (lỗi).", "Exit 1 when a requirement of this severity or higher is missing or partial. Default: fail_on of .plancheck.yml, else error."))
    var failOn: Severity?

    @Option(help: help("Tệp cấu hình. Mặc định: .plancheck.yml gần nhất phía trên kế hoạch đầu tiên.", "Configuration file. Default: the nearest .plancheck.yml above the first plan."))
    var config: String?

    @Option(help: help("Các phát hiện đã biết (từ --write-baseline): chỉ báo phát hiện mới.", "Known findings (from --write-baseline): only new ones are reported."))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: help("Ghi các phát hiện của lần chạy này thành tệp mốc (baseline).", "Write the findings of this run as a baseline file."))
    var writeBaseline: String?

    @Option(name: .customLong("min-confidence"), help: help("Bỏ qua bằng chứng yếu hơn (medium: bỏ các âm tiết đơn thông dụng; high: bỏ cả các khớp chỉ tìm thấy khi không dấu).", "Ignore weaker evidence (medium: no single common syllables; high: no matches found only without diacritics)."))
    var minConfidence: Confidence = .low

    @Option(help: help("Tô màu kết quả dạng văn bản (auto: chỉ khi in ra màn hình).", "Colour in text output (auto: only on a terminal)."))
    var color: ColorChoice = .auto

    @Flag(help: help("Kết quả dạng văn bản: chỉ liệt kê yêu cầu còn thiếu hoặc một phần.", "Text output: list only what is missing or partial."))
    var brief = false

    @Flag(name: .customLong("all-findings"), help: help("Kết quả dạng văn bản: mọi phát hiện của một yêu cầu (mặc định \(TextFormatter.defaultDetailLimit) phát hiện đầu và số còn lại).",
                                                                  "Text output: every finding of a requirement (by default the first \(TextFormatter.defaultDetailLimit) and a count of the rest)."))
    var allFindings = false

    @OptionGroup var rules: RuleOptions
    @OptionGroup var limits: FindingLimitOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one plan file to check") }
        _ = try parsedOutputs()
    }

    /// `--output format=path` pairs.
    private func parsedOutputs() throws -> [(OutputFormat, String)] {
        try outputs.map { value in
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let format = OutputFormat(rawValue: parts[0]), !parts[1].isEmpty else {
                throw ValidationError("--output takes FORMAT=PATH with FORMAT one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")); got '\(value)'")
            }
            return (format, parts[1])
        }
    }

    /// The files to check: folders searched for plans as `report` does. A name that is neither a
    /// file nor a folder but is a subcommand mistyped ("exlpain") is a usage error, not a plan.
    private func plans() throws -> [String] {
        let commands = PlanCheckCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        for argument in files where !FileManager.default.fileExists(atPath: argument) {
            guard !argument.contains("/"), (argument as NSString).pathExtension.isEmpty,
                  let command = Spelling.suggestion(for: argument, among: commands) else { continue }
            printProblem("không có tệp hay thư mục “\(argument)”; có phải ý bạn là `plancheck \(command)`?",
                         "no file or folder “\(argument)”; did you mean `plancheck \(command)`?", lang)
            throw ExitCode(ExitStatus.invalid)
        }
        // In the order given; a folder's plans in path order where the folder stands.
        var plans: [String] = []
        for argument in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                plans.append(argument)
                continue
            }
            let found = PlanFinder().plans(in: [argument])
            // A folder with nothing to check is a mistake to say, as `report` says it.
            guard !found.isEmpty else {
                printProblem("không có tệp kế hoạch nào (\(DocumentFormats.listing)) trong \(argument)",
                             "no plan files (\(DocumentFormats.listing)) under \(argument)", lang)
                throw ExitCode(ExitStatus.invalid)
            }
            plans += found
        }
        return plans
    }

    func run() throws {
        try requireWritable(try parsedOutputs().map(\.1) + (writeBaseline.map { [$0] } ?? []), lang)
        let configuration = try loadConfiguration(explicit: config, near: files.first)
        let checker = try rules.checker(minimumConfidence: minConfidence, configuration: configuration,
                                          maxFindingsPerRule: limits.maxFindingsPerRule)
        // Every output carries the run's warnings; a machine-readable one also gets them on
        // standard error, where a person running it in CI looks.
        if format != .text {
            for warning in checker.runWarnings {
                let line = UIStrings(lang).warning(warning)
                printProblem(line, line, lang, warning: true)
            }
        }
        var report = checker.check(paths: try plans(), profile: profile)
        if let writeBaseline {
            do {
                try Baseline(report: report).write(to: writeBaseline)
            } catch {
                cannotWrite(writeBaseline, (error.localizedDescription, error.localizedDescription), lang)
                throw ExitCode(ExitStatus.outputFailed)
            }
        }
        if let baseline {
            do {
                report = try Baseline.load(baseline).filter(report)
            } catch {
                printProblem("không đọc được tệp mốc (baseline) \(baseline): \(error.localizedDescription)",
                             "cannot read baseline \(baseline): \(error.localizedDescription)", lang)
                throw ExitCode(ExitStatus.invalid)
            }
        }
        for document in report.documents {
            if let error = document.error { printProblem("\(document.path): \(error.vi)", "\(document.path): \(error.en)", lang) }
        }
        let useColor = color == .always || (color == .auto && isatty(STDOUT_FILENO) == 1
                                            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        let options = FormatOptions(language: lang, color: useColor, verbose: !brief, sarifPasses: sarifPasses, allFindings: allFindings)
        print(ReportWriter.render(report, as: format, rules: checker.rules, options: options), terminator: "")
        for (outputFormat, path) in try parsedOutputs() {
            var fileOptions = options
            fileOptions.color = false
            let text = ReportWriter.render(report, as: outputFormat, rules: checker.rules, options: fileOptions)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                cannotWrite(path, (error.localizedDescription, error.localizedDescription), lang)
                throw ExitCode(ExitStatus.outputFailed)
            }
        }
        if report.hasUnreadable { throw ExitCode(ExitStatus.unreadable) }
        if report.fails(at: failOn ?? configuration?.failOn ?? .error) { throw ExitCode(ExitStatus.findings) }
    }
}
