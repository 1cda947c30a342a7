import ArgumentParser
import PlanCheck

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule sets.",
        subcommands: [RulesListCommand.self, RulesValidateCommand.self, RulesTestCommand.self]
    )
}
