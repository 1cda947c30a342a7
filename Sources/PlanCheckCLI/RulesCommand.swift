import ArgumentParser
import PlanCheck

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Làm việc với bộ quy tắc. Work with rule sets.",
        subcommands: [RulesListCommand.self, RulesValidateCommand.self, RulesTestCommand.self]
    )
}
