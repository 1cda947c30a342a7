import ArgumentParser
import Foundation
import PlanCheck
import PlanCheckLSP

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Chạy như máy chủ ngôn ngữ (LSP) qua stdin/stdout. Run as a language server over stdin/stdout (diagnostics, hover, quick fixes)."
    )

    @Option(help: help("Ngôn ngữ của thông báo, trừ khi trình soạn thảo nêu initializationOptions.lang hoặc locale.", "Language of messages, unless the client's initializationOptions.lang or locale says otherwise."))
    var lang: Language = .vi

    func run() throws {
        let server = LanguageServer(input: .standardInput, output: .standardOutput, language: lang) { printError($0) }
        throw ExitCode(server.run())
    }
}
