import ArgumentParser
import Foundation
import PlanCheckLSP

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run as a language server over stdin/stdout (diagnostics, hover, waiver code action)."
    )

    func run() throws {
        let server = LanguageServer(input: .standardInput, output: .standardOutput) { printError($0) }
        throw ExitCode(server.run())
    }
}
