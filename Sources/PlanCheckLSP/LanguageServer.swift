import Foundation
import PlanCheck

/// plancheck as a language server (LSP over stdio): diagnostics for Markdown and text plans and
/// for `.plancheck.yml` and rule files, hover explanations, and a code action that waives a
/// requirement with a reason to fill in. All state lives on one serial queue.
public final class LanguageServer: @unchecked Sendable {
    private let transport: MessageTransport
    private let queue = DispatchQueue(label: "plancheck.lsp")
    private let log: (String) -> Void
    /// Largest buffer checked as one types (a plan is rarely over a few hundred KB of text); a
    /// larger one gets one diagnostic saying so. `plancheck lint` checks up to 64 MB.
    static let maxCheckedBytes = 4 << 20
    /// How long edits must pause before a document is checked again.
    private let debounce: TimeInterval

    private var documents: [String: (text: String, version: Int)] = [:]
    /// Edits seen per document: a check scheduled after an edit runs only if no edit came since,
    /// whatever versions the client sends (some repeat them).
    private var edits: [String: Int] = [:]
    /// The text each document was last checked with: an edit that leaves it as it was costs nothing.
    private var checkedText: [String: String] = [:]
    private var initialized = false
    private var published: [String: [Entry]] = [:]

    /// A published diagnostic with what its actions need: the rule, and for a requirement found
    /// missing the text its hint offers to insert.
    private struct Entry {
        var diagnostic: LSP.Diagnostic
        var rule: Rule?
        var insertion: String? = nil
    }
    private var checkers: [String: PlanChecker] = [:]
    private var rootPath: String?
    /// The language of every message: `initializationOptions.lang`, else the client's `locale`,
    /// else the one the server was started with.
    private var language: Language
    private var shutdownRequested = false
    private var exitCode: Int32?

    public init(input: FileHandle, output: FileHandle, language: Language = .vi, log: @escaping (String) -> Void = { _ in }) {
        transport = MessageTransport(input: input, output: output)
        self.language = language
        self.log = log
        let milliseconds = ProcessInfo.processInfo.environment["PLANCHECK_LSP_DEBOUNCE_MS"].flatMap(Double.init) ?? 300
        debounce = max(0, milliseconds) / 1000
    }

    /// Serves until the client sends `exit` (or closes the stream); returns the exit code LSP
    /// prescribes (0 after `shutdown`, 1 otherwise).
    public func run() -> Int32 {
        while true {
            let body: Data
            do {
                body = try transport.read()
            } catch {
                log("plancheck lsp: \(error)")
                return 1
            }
            queue.sync { self.handle(body) }
            if let code = queue.sync(execute: { exitCode }) { return code }
        }
    }

    private struct Envelope: Codable {
        var jsonrpc: String?
        var id: JSONValue?
        var method: String?
        var params: JSONValue?
    }

    /// JSON-RPC error codes used here (JSON-RPC 2.0 and LSP 3.17).
    enum ErrorCode: Double {
        case parseError = -32700, invalidRequest = -32600, methodNotFound = -32601, invalidParams = -32602
        case serverNotInitialized = -32002
    }

    private func fail(_ id: JSONValue?, _ code: ErrorCode, _ message: String) {
        send(["jsonrpc": .string("2.0"), "id": id ?? .null,
              "error": .object(["code": .number(code.rawValue), "message": .string(message)])])
    }

    private func handle(_ body: Data) {
        // Not JSON: a parse error. JSON that is not one request or notification (an array, as LSP
        // has no batches; an object without a method): an invalid request.
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return fail(nil, .parseError, "parse error: the message is not JSON")
        }
        guard case .object(let fields) = value else {
            return fail(nil, .invalidRequest, "invalid request: a message is one JSON object")
        }
        guard case .string(let method)? = fields["method"], let message = try? value.decode(Envelope.self) else {
            // A response to a request of ours (none are sent that need one) is not an error.
            if fields["id"] != nil, fields["result"] != nil || fields["error"] != nil { return }
            return fail(fields["id"], .invalidRequest, "invalid request: no method")
        }
        // Lifecycle (LSP 3.17): before `initialize` requests are refused and notifications
        // dropped; after `shutdown` only `exit` is served.
        if method != "exit" {
            if shutdownRequested {
                if message.id != nil { fail(message.id, .invalidRequest, "the server is shutting down") }
                return
            }
            if !initialized && method != "initialize" {
                if message.id != nil { fail(message.id, .serverNotInitialized, "the server is not initialized") }
                return
            }
        }
        let params = message.params ?? .null
        do {
            switch method {
            case "initialize":
                guard !initialized else { return fail(message.id, .invalidRequest, "the server is already initialized") }
                initialized = true
                let initialize = try? params.decode(LSP.InitializeParams.self)
                rootPath = initialize?.rootUri.flatMap(Self.path(fromURI:)) ?? initialize?.rootPath
                if let chosen = (initialize?.initializationOptions?.lang ?? initialize?.locale)?.lowercased().prefix(2) {
                    language = chosen == "en" ? .en : chosen == "vi" ? .vi : language
                }
                respond(message.id, result: .object([
                    "capabilities": .object([
                        "textDocumentSync": .object(["openClose": .bool(true), "change": .number(1),
                                                     "save": .object(["includeText": .bool(false)])]),
                        "hoverProvider": .bool(true),
                        "codeActionProvider": .bool(true),
                    ]),
                    "serverInfo": .object(["name": .string("plancheck"), "version": .string(PlanCheckVersion.current)]),
                ]))
            case "initialized", "$/cancelRequest", "workspace/didChangeConfiguration":
                break
            case "textDocument/didOpen":
                let open = try params.decode(LSP.DidOpenParams.self)
                documents[open.textDocument.uri] = (open.textDocument.text, open.textDocument.version ?? 0)
                diagnose(open.textDocument.uri)
            case "textDocument/didChange":
                let change = try params.decode(LSP.DidChangeParams.self)
                guard let text = change.contentChanges.last?.text else { return }
                let uri = change.textDocument.uri
                let version = change.textDocument.version ?? ((documents[uri]?.version ?? 0) + 1)
                documents[uri] = (text, version)
                let edit = (edits[uri] ?? 0) + 1
                edits[uri] = edit
                // Debounced: check once the typing pauses (no edit since this one), and only if the
                // text differs from what was last checked.
                queue.asyncAfter(deadline: .now() + debounce) { [weak self] in
                    guard let self, self.edits[uri] == edit, self.checkedText[uri] != self.documents[uri]?.text else { return }
                    self.diagnose(uri)
                }
            case "textDocument/didSave":
                let save = try params.decode(LSP.DidSaveParams.self)
                if let text = save.text { documents[save.textDocument.uri]?.text = text }
                diagnose(save.textDocument.uri)
            case "textDocument/didClose":
                let close = try params.decode(LSP.DidCloseParams.self)
                documents[close.textDocument.uri] = nil
                published[close.textDocument.uri] = nil
                edits[close.textDocument.uri] = nil
                checkedText[close.textDocument.uri] = nil
                publish(close.textDocument.uri, [], version: nil)
            case "textDocument/hover":
                let request = try params.decode(LSP.PositionParams.self)
                respond(message.id, result: hover(request))
            case "textDocument/codeAction":
                let request = try params.decode(LSP.CodeActionParams.self)
                respond(message.id, result: codeActions(request))
            case "shutdown":
                shutdownRequested = true
                respond(message.id, result: .null)
            case "exit":
                exitCode = shutdownRequested ? 0 : 1
            default:
                if message.id != nil { fail(message.id, .methodNotFound, "method not found: \(method)") }
            }
        } catch {
            if message.id != nil { fail(message.id, .invalidParams, "invalid params for \(method)") }
        }
    }

    // MARK: Diagnostics

    private func diagnose(_ uri: String) {
        guard let (text, version) = documents[uri], let path = Self.path(fromURI: uri) else { return }
        checkedText[uri] = text
        let lines = UTF16Lines(text)
        var entries: [Entry] = []
        let name = (path as NSString).lastPathComponent
        let ext = (path as NSString).pathExtension.lowercased()
        if name == Configuration.fileName {
            entries = Configuration.parse(text, file: path).1.map { Entry(diagnostic: lines.diagnostic(for: $0)) }
        } else if ext == "yml" || ext == "yaml" {
            entries = RuleLoader.parse(text, file: path, concepts: PlanChecker.bundledConcepts, checks: StructuralChecks.all).1
                .map { Entry(diagnostic: lines.diagnostic(for: $0)) }
        } else if let format = DocumentFormats.format(forExtension: ext), format.isText, text.utf8.count > Self.maxCheckedBytes {
            // Checked on every pause in typing, a huge buffer would hold the server for minutes.
            let limit = Self.maxCheckedBytes >> 20
            entries = [Entry(diagnostic: LSP.Diagnostic(range: LSP.Range(start: LSP.Position(line: 0, character: 0), end: LSP.Position(line: 0, character: 0)),
                                                        severity: 3, code: "size", source: "plancheck",
                                                        message: pick("Văn bản lớn hơn \(limit) MB nên không được kiểm tra khi soạn; hãy chạy plancheck lint.",
                                                                      "Larger than \(limit) MB: not checked while editing; run plancheck lint.")))]
        } else if let format = DocumentFormats.format(forExtension: ext), format.isText, let checker = checker(for: path) {
            // The editor's buffer, read by the reader of its file's format.
            let document = try? format.reader.read(Array(text.utf8), path: path)
            if let document, let result = checker.check(document).result {
                entries = result.findings.map { finding in
                    // An unknown verdict is information to review, not a gap.
                    Entry(diagnostic: LSP.Diagnostic(range: lines.range(finding.location),
                                                     severity: finding.status == .unknown ? 3 : Self.severity(finding.severity),
                                                     code: finding.ruleId, source: "plancheck", message: finding.text(language)),
                          rule: finding.rule,
                          insertion: finding.status == .missing && finding.detail == nil ? finding.rule.insertion(.vi) : nil)
                }
                // What waives nothing (a suppression without a reason, naming no requirement) and
                // what could not be evaluated, said where it is written.
                for warning in result.warnings {
                    let line = max(0, (warning.line ?? 1) - 1)
                    entries.append(Entry(diagnostic: LSP.Diagnostic(
                        range: LSP.Range(start: LSP.Position(line: line, character: 0), end: LSP.Position(line: line, character: 200)),
                        severity: 2, code: warning.kind == .ignoredSuppression ? "suppression" : warning.kind.rawValue,
                        source: "plancheck", message: warning.message.text(language))))
                }
            }
        }
        published[uri] = entries
        publish(uri, entries.map(\.diagnostic), version: version)
    }

    private func publish(_ uri: String, _ diagnostics: [LSP.Diagnostic], version: Int?) {
        var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": (try? JSONValue.encoding(diagnostics)) ?? .array([])]
        if let version { params["version"] = .number(Double(version)) }
        send(["jsonrpc": .string("2.0"), "method": .string("textDocument/publishDiagnostics"), "params": .object(params)])
    }

    /// One checker per configuration (or none), loaded on first use.
    private func checker(for path: String) -> PlanChecker? {
        let configPath = Configuration.find(from: path) ?? rootPath.flatMap { Configuration.find(from: $0) }
        let key = configPath ?? ""
        if let checker = checkers[key] { return checker }
        var configuration: Configuration?
        if let configPath {
            let (loaded, issues) = Configuration.load(configPath)
            if !issues.isEmpty { log(issues.map(\.description).joined(separator: "\n")) }
            configuration = loaded
        }
        do {
            let checker = try PlanChecker(configuration: configuration)
            checkers[key] = checker
            return checker
        } catch {
            log("plancheck lsp: \(error.description)")
            return nil
        }
    }

    // MARK: Hover and code actions

    private func hover(_ request: LSP.PositionParams) -> JSONValue {
        // The narrowest diagnostic under the cursor: a quote inside a task speaks before the task.
        let candidates = (published[request.textDocument.uri] ?? []).filter {
            Self.contains($0.diagnostic.range, request.position) && $0.rule != nil
        }
        guard let entry = candidates.min(by: { Self.size($0.diagnostic.range) < Self.size($1.diagnostic.range) }),
              let rule = entry.rule else { return .null }
        let markdown = """
            **\(rule.id) \(rule.name)** — \(rule.title.text(language))

            \(entry.diagnostic.message)

            _\(pick("Gợi ý", "Hint")):_ \(rule.hint.text(language))

            _\(pick("Căn cứ", "Citation")):_ \(rule.citation)
            """
        return .object(["contents": .object(["kind": .string("markdown"), "value": .string(markdown)]),
                        "range": (try? JSONValue.encoding(entry.diagnostic.range)) ?? .null])
    }

    private func codeActions(_ request: LSP.CodeActionParams) -> JSONValue {
        let uri = request.textDocument.uri
        var actions: [JSONValue] = []
        var seen: Set<String> = []
        func action(_ title: String, _ diagnostic: LSP.Diagnostic, at position: LSP.Position, insert text: String) -> JSONValue {
            let edit: JSONValue = .object(["range": (try? JSONValue.encoding(LSP.Range(start: position, end: position))) ?? .null,
                                           "newText": .string(text)])
            return .object([
                "title": .string(title),
                "kind": .string("quickfix"),
                "diagnostics": (try? JSONValue.encoding([diagnostic])) ?? .array([]),
                "edit": .object(["changes": .object([uri: .array([edit])])]),
            ])
        }
        for diagnostic in request.context.diagnostics where diagnostic.source == "plancheck" && diagnostic.code.hasPrefix("DS")
            && seen.insert(diagnostic.code).inserted {
            // The hint's text, on a line of its own after the line where it belongs (a section's heading).
            if let entry = published[uri]?.first(where: { $0.diagnostic.code == diagnostic.code && $0.insertion != nil }),
               let insertion = entry.insertion {
                let line = LSP.Position(line: entry.diagnostic.range.start.line + 1, character: 0)
                actions.append(action(pick("Bổ sung nội dung gợi ý cho \(diagnostic.code)", "Insert the suggested text for \(diagnostic.code)"), diagnostic, at: line, insert: insertion + "\n"))
            }
            actions.append(action(pick("Miễn trừ \(diagnostic.code) (ghi lý do)", "Waive \(diagnostic.code) (write the reason)"), diagnostic, at: LSP.Position(line: 0, character: 0),
                                  insert: "<!-- plancheck-disable \(diagnostic.code) — <lý do> -->\n"))
        }
        return .array(actions)
    }

    // MARK: Plumbing

    private func pick(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    private func respond(_ id: JSONValue?, result: JSONValue) {
        send(["jsonrpc": .string("2.0"), "id": id ?? .null, "result": result])
    }

    private func send(_ message: [String: JSONValue]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONValue.object(message)) else { return }
        transport.write(data)
    }

    private static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    private static func size(_ range: LSP.Range) -> Int {
        (range.end.line - range.start.line) * 100_000 + range.end.character - range.start.character
    }

    private static func contains(_ range: LSP.Range, _ position: LSP.Position) -> Bool {
        let afterStart = (position.line, position.character) >= (range.start.line, range.start.character)
        let beforeEnd = (position.line, position.character) <= (range.end.line, range.end.character)
        return afterStart && beforeEnd
    }

    static func path(fromURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }
}

/// Converts plancheck positions (1-based lines, columns in Unicode scalars) into LSP positions
/// (0-based lines, columns in UTF-16 code units) for one text.
struct UTF16Lines {
    private let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { lines.append([]) }
                previousCR = false
            } else if scalar == "\r" {
                lines.append([])
                previousCR = true
            } else {
                lines[lines.count - 1].append(scalar)
                previousCR = false
            }
        }
        self.lines = lines
    }

    func position(line: Int, column: Int) -> LSP.Position {
        let index = max(0, min(line - 1, lines.count - 1))
        let scalars = lines[index].prefix(max(0, column - 1))
        return LSP.Position(line: index, character: scalars.reduce(0) { $0 + $1.utf16.count })
    }

    func range(_ location: SourceLocation) -> LSP.Range {
        LSP.Range(start: position(line: location.line, column: location.column),
                  end: position(line: location.endLine, column: location.endColumn))
    }

    /// A rule or configuration problem: the character at its position.
    func diagnostic(for issue: RuleIssue) -> LSP.Diagnostic {
        let start = position(line: issue.mark.line, column: issue.mark.column)
        let end = position(line: issue.mark.line, column: issue.mark.column + 1)
        return LSP.Diagnostic(range: LSP.Range(start: start, end: end), severity: 1, code: "config", source: "plancheck",
                              message: issue.message)
    }
}
