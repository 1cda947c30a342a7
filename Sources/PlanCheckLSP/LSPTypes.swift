import Foundation

/// The LSP shapes plancheck uses (a small subset of the protocol).
public enum LSP {
    public struct Position: Codable, Sendable, Equatable {
        public var line: Int
        /// UTF-16 code units, as LSP requires.
        public var character: Int
    }

    public struct Range: Codable, Sendable, Equatable {
        public var start: Position
        public var end: Position
    }

    public struct Diagnostic: Codable, Sendable, Equatable {
        public var range: Range
        public var severity: Int
        public var code: String
        public var source: String
        public var message: String
    }

    struct TextDocumentIdentifier: Codable { var uri: String }
    struct TextDocumentItem: Codable {
        var uri: String
        var languageId: String?
        var version: Int?
        var text: String
    }
    struct VersionedTextDocumentIdentifier: Codable {
        var uri: String
        var version: Int?
    }
    struct ContentChange: Codable { var text: String }
    struct DidOpenParams: Codable { var textDocument: TextDocumentItem }
    struct DidChangeParams: Codable {
        var textDocument: VersionedTextDocumentIdentifier
        var contentChanges: [ContentChange]
    }
    struct DidSaveParams: Codable {
        var textDocument: TextDocumentIdentifier
        var text: String?
    }
    struct DidCloseParams: Codable { var textDocument: TextDocumentIdentifier }
    struct PositionParams: Codable {
        var textDocument: TextDocumentIdentifier
        var position: Position
    }
    struct CodeActionParams: Codable {
        struct Context: Codable { var diagnostics: [Diagnostic] }
        var textDocument: TextDocumentIdentifier
        var range: Range
        var context: Context
    }
    struct InitializeParams: Codable {
        var rootUri: String?
        var rootPath: String?
        /// The client's UI language (LSP 3.16), e.g. "en-US".
        var locale: String?
        var initializationOptions: Options?
        struct Options: Codable { var lang: String? }
    }
}
