import ArgumentParser
import Foundation
import PlanCheck

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Kiểm tra một hoặc nhiều kế hoạch. Check one or more plans (.md, .txt)."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Plan files to check.")
    var files: [String]

    @Option(help: "ministry | province. Default: detected from the document header and symbol.")
    var profile: Profile?

    @Option(help: "text | json")
    var format: OutputFormat = .text

    @Option(help: "vi | en: language of messages.")
    var lang: Language = .vi

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a requirement of this severity or higher is missing or partial: error | warning | info.")
    var failOn: Severity = .error

    @Option(name: .customLong("min-confidence"), help: "low | medium | high: ignore weaker evidence (medium: no single common syllables; high: no matches found only without diacritics).")
    var minConfidence: Confidence = .low

    @Option(help: "auto | always | never")
    var color: ColorChoice = .auto

    @Flag(help: "Text output: list only what is missing or partial.")
    var brief = false

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one plan file to check") }
    }

    func run() throws {
        let checker = try rules.checker(minimumConfidence: minConfidence)
        let report = checker.check(paths: files, profile: profile)
        for document in report.documents {
            if let error = document.error { printError("plancheck: error: \(document.path): \(error)") }
        }
        switch format {
        case .json:
            print(JSONFormatter(language: lang).format(report))
        case .text:
            let useColor = color == .always || (color == .auto && isatty(STDOUT_FILENO) == 1
                                                && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            print(TextFormatter(language: lang, color: useColor, verbose: !brief).format(report), terminator: "")
        }
        if report.hasUnreadable { throw ExitCode(ExitStatus.unreadable) }
        if report.fails(at: failOn) { throw ExitCode(ExitStatus.findings) }
    }
}
