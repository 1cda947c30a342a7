import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheckLSP

/// Drives `plancheck lsp` through its stdin and stdout, as an editor does.
@Suite struct LanguageServerTests {
    final class Client {
        let process = Process()
        let toServer = Pipe(), fromServer = Pipe()
        let transport: MessageTransport
        private var nextID = 1

        init() throws {
            guard let binary = CLIRunner.binary else { throw CancellationError() }
            process.executableURL = binary
            process.arguments = ["lsp"]
            var environment = ProcessInfo.processInfo.environment
            environment["PLANCHECK_LSP_DEBOUNCE_MS"] = "50"
            process.environment = environment
            process.standardInput = toServer
            process.standardOutput = fromServer
            process.standardError = FileHandle.nullDevice
            transport = MessageTransport(input: fromServer.fileHandleForReading, output: toServer.fileHandleForWriting)
            try process.run()
            // A server that hangs must not hang the test run.
            let process = self.process
            DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
        }

        func send(_ method: String, _ params: JSONValue = .null, request: Bool = false) -> Int? {
            var message: [String: JSONValue] = ["jsonrpc": .string("2.0"), "method": .string(method), "params": params]
            var id: Int?
            if request {
                id = nextID
                message["id"] = .number(Double(nextID))
                nextID += 1
            }
            transport.write(try! JSONEncoder().encode(JSONValue.object(message)))  // safe: plain values encode
            return id
        }

        /// Reads messages until one satisfies `match`.
        func receive(where match: ([String: JSONValue]) -> Bool) throws -> [String: JSONValue] {
            while true {
                let body = try transport.read()
                if case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: body), match(object) { return object }
            }
        }

        func response(_ id: Int?) throws -> JSONValue {
            let object = try receive { $0["id"] == .number(Double(id ?? -1)) }
            return object["result"] ?? .null
        }

        func diagnostics(for uri: String) throws -> [LSP.Diagnostic] {
            let object = try receive {
                $0["method"] == .string("textDocument/publishDiagnostics")
                    && { if case .object(let p)? = $0["params"] { return p["uri"] == .string(uri) } else { return false } }($0)
            }
            guard case .object(let params)? = object["params"], let list = params["diagnostics"] else { return [] }
            return try list.decode([LSP.Diagnostic].self)
        }
    }

    static func utf16(_ text: String, line: Int, from: Int, to: Int) -> String {
        let lineText = text.components(separatedBy: "\n")[line]
        let units = Array(lineText.utf16)
        return String(decoding: units[from..<to], as: UTF16.self)
    }

    @Test func openEditHoverActAndClose() throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        let uri = folder.appendingPathComponent("kế-hoạch.md").absoluteString
        let initialize = client.send("initialize", .object(["rootUri": .string(folder.absoluteString), "capabilities": .object([:])]), request: true)
        guard case .object(let result) = try client.response(initialize), case .object(let capabilities)? = result["capabilities"] else {
            Issue.record("no capabilities")
            return
        }
        #expect(capabilities["hoverProvider"] == .bool(true))
        _ = client.send("initialized", .object([:]))

        // An emoji (two UTF-16 units) and NFD letters ahead of the quoted text.
        let text = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. 🙂 Chu\u{0309} tri\u{0300}: bảo đảm an toàn thông tin theo cấp độ.\n"
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("markdown"), "version": .number(1), "text": .string(text)])]))
        let first = try client.diagnostics(for: uri)
        let partial = try #require(first.first { $0.code == "DS305" })
        #expect(partial.severity == 1 && partial.source == "plancheck")
        #expect(partial.range.start.line == 3)
        #expect(Self.utf16(text, line: 3, from: partial.range.start.character, to: partial.range.end.character)
                == "an toàn thông tin theo cấp độ")

        // Hover over the diagnostic explains the requirement with its citation.
        let hover = client.send("textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]),
            "position": .object(["line": .number(3), "character": .number(Double(partial.range.start.character + 2))])]), request: true)
        guard case .object(let hoverResult) = try client.response(hover), case .object(let contents)? = hoverResult["contents"],
              case .string(let markdown)? = contents["value"] else {
            Issue.record("no hover")
            return
        }
        #expect(markdown.hasPrefix("**DS305 security-privacy**"))
        #expect(markdown.contains("_Căn cứ:_ QĐ 142/QĐ-TTg"))

        // The code action inserts a waiver comment with a reason to fill in.
        let action = client.send("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(uri)]), "range": try JSONValue.encoding(partial.range),
            "context": .object(["diagnostics": try JSONValue.encoding([partial])])]), request: true)
        let actions = try client.response(action)
        let encoded = String(decoding: try JSONEncoder().encode(actions), as: UTF8.self)
        #expect(encoded.contains("<!-- plancheck-disable DS305 — <lý do> -->"))

        // An edit that adds the missing half clears DS305 (after the debounce).
        let edited = text + "2. Bảo vệ dữ liệu cá nhân.\n"
        _ = client.send("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .number(2)]),
                                                           "contentChanges": .array([.object(["text": .string(edited)])])]))
        let second = try client.diagnostics(for: uri)
        #expect(!second.contains { $0.code == "DS305" })
        #expect(second.contains { $0.code == "DS101" })

        _ = client.send("textDocument/didClose", .object(["textDocument": .object(["uri": .string(uri)])]))
        #expect(try client.diagnostics(for: uri).isEmpty)

        let shutdown = client.send("shutdown", request: true)
        #expect(try client.response(shutdown) == .null)
        _ = client.send("exit")
        client.process.waitUntilExit()
        #expect(client.process.terminationStatus == 0)
    }

    /// A missing requirement's quick fix inserts the hint's text under the heading where it
    /// belongs; a suppression whose reason is still the placeholder waives nothing and says so.
    @Test func quickFixInsertsTheHintWhereItBelongsAndReasonlessSuppressionsAreFlagged() throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        let uri = folder.appendingPathComponent("ke-hoach.md").absoluteString
        _ = client.send("initialize", .object(["rootUri": .string(folder.absoluteString), "capabilities": .object([:])]), request: true)
        _ = client.send("initialized", .object([:]))
        let text = "KẾ HOẠCH\nPhát triển dữ liệu\n\nCăn cứ Luật Dữ liệu.\n\nI. MỤC TIÊU\n1. Dữ liệu được quản lý thống nhất.\n\n"
            + "II. NHIỆM VỤ\n1. Bảo đảm an toàn thông tin theo cấp độ.\n\n<!-- plancheck-disable DS412 — <lý do> -->\n"
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("markdown"), "version": .number(1), "text": .string(text)])]))
        let diagnostics = try client.diagnostics(for: uri)
        let missing = try #require(diagnostics.first { $0.code == "DS101" })
        #expect(missing.range.start.line == 3)  // the basis line, where the citation belongs
        let suppression = try #require(diagnostics.first { $0.code == "suppression" })
        #expect(suppression.range.start.line == 11 && suppression.message.contains("DS412 chưa có lý do"))
        #expect(diagnostics.contains { $0.code == "DS412" })  // the placeholder waived nothing
        let action = client.send("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(uri)]), "range": try JSONValue.encoding(missing.range),
            "context": .object(["diagnostics": try JSONValue.encoding([missing])])]), request: true)
        let encoded = String(decoding: try JSONEncoder().encode(try client.response(action)), as: UTF8.self)
        #expect(encoded.contains("Bổ sung nội dung gợi ý cho DS101"))
        #expect(encoded.contains("Căn cứ Quyết định số 142"))  // "/" is written "\\/"
        #expect(encoded.contains(#""start":{"character":0,"line":4}"#) || encoded.contains(#""start":{"line":4,"character":0}"#))
        let shutdown = client.send("shutdown", request: true)
        _ = try client.response(shutdown)
        _ = client.send("exit")
        client.process.waitUntilExit()
    }

    /// The client's language decides every message: its `locale` ("en-US"), or
    /// `initializationOptions.lang`, which wins over the locale.
    @Test(arguments: [(["locale": JSONValue.string("en-US")], true),
                      (["locale": .string("en-US"), "initializationOptions": .object(["lang": .string("vi")])], false)])
    func messagesFollowTheClientsLanguage(options: [String: JSONValue], english: Bool) throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        let uri = folder.appendingPathComponent("plan.md").absoluteString
        var params = options
        params["rootUri"] = .string(folder.absoluteString)
        params["capabilities"] = .object([:])
        _ = client.send("initialize", .object(params), request: true)
        _ = client.send("initialized", .object([:]))
        let text = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Bảo đảm an toàn thông tin theo cấp độ.\n\n<!-- plancheck-disable DS412 — <lý do> -->\n"
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("markdown"), "version": .number(1), "text": .string(text)])]))
        let diagnostics = try client.diagnostics(for: uri)
        let missing = try #require(diagnostics.first { $0.code == "DS101" })
        let suppression = try #require(diagnostics.first { $0.code == "suppression" })
        #expect(missing.message.contains("Decision") == english && missing.message.contains("Kế hoạch") != english)
        #expect(suppression.message.hasPrefix("The suppression of DS412") == english)
        let hover = client.send("textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]),
            "position": try JSONValue.encoding(missing.range.start)]), request: true)
        let hoverText = String(decoding: try JSONEncoder().encode(try client.response(hover)), as: UTF8.self)
        #expect(hoverText.contains("_Hint:_") == english && hoverText.contains("_Gợi ý:_") != english)
        let action = client.send("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(uri)]), "range": try JSONValue.encoding(missing.range),
            "context": .object(["diagnostics": try JSONValue.encoding([missing])])]), request: true)
        let actions = String(decoding: try JSONEncoder().encode(try client.response(action)), as: UTF8.self)
        #expect(actions.contains("Waive DS101 (write the reason)") == english)
        #expect(actions.contains("Miễn trừ DS101 (ghi lý do)") != english)
        let shutdown = client.send("shutdown", request: true)
        _ = try client.response(shutdown)
        _ = client.send("exit")
        client.process.waitUntilExit()
    }

    /// JSON-RPC error codes and the LSP lifecycle: nothing is served before `initialize` or after
    /// `shutdown`, and a message that is not a request says so with the right code.
    @Test func lifecycleAndErrorCodes() throws {
        let client = try Client()
        func error(_ match: @escaping ([String: JSONValue]) -> Bool = { _ in true }) throws -> (id: JSONValue?, code: JSONValue?) {
            let object = try client.receive { $0["error"] != nil && match($0) }
            guard case .object(let error)? = object["error"] else { return (nil, nil) }
            return (object["id"], error["code"])
        }
        let early = client.send("textDocument/hover", .object([:]), request: true)
        #expect(try error() == (.number(Double(early ?? 0)), .number(-32002)))
        client.transport.write(Data("không phải JSON".utf8))
        #expect(try error() == (.null, .number(-32700)))
        client.transport.write(Data(#"[{"jsonrpc":"2.0","id":7,"method":"shutdown"}]"#.utf8))
        #expect(try error() == (.null, .number(-32600)))
        client.transport.write(Data(#"{"jsonrpc":"2.0","id":8}"#.utf8))
        #expect(try error() == (.number(8), .number(-32600)))
        let initialize = client.send("initialize", .object(["capabilities": .object([:])]), request: true)
        _ = try client.response(initialize)
        let again = client.send("initialize", .object([:]), request: true)
        #expect(try error() == (.number(Double(again ?? 0)), .number(-32600)))
        let shutdown = client.send("shutdown", request: true)
        #expect(try client.response(shutdown) == .null)
        let late = client.send("textDocument/hover", .object([:]), request: true)
        #expect(try error() == (.number(Double(late ?? 0)), .number(-32600)))
        _ = client.send("exit")
        client.process.waitUntilExit()
        #expect(client.process.terminationStatus == 0)
    }

    /// Edits that leave the text as last checked cost no check, whatever version they carry (a
    /// client repeating one version once made every edit a full check).
    @Test func repeatedEditsAreCheckedOnce() throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        let uri = folder.appendingPathComponent("ke-hoach.md").absoluteString
        _ = try client.response(client.send("initialize", .object(["capabilities": .object([:])]), request: true))
        let text = "KẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Bảo đảm an toàn thông tin theo cấp độ.\n"
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("markdown"), "version": .number(1), "text": .string(text)])]))
        _ = try client.diagnostics(for: uri)
        func change(_ text: String) {
            _ = client.send("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .number(1)]),
                                                               "contentChanges": .array([.object(["text": .string(text)])])]))
        }
        for _ in 0..<40 { change(text) }
        change(text + "2. Bảo vệ dữ liệu cá nhân.\n")
        let after = try client.diagnostics(for: uri)
        #expect(!after.contains { $0.code == "DS305" })  // the published check is of the new text
        // Nothing else is published before the answer to a request sent after it.
        let hover = client.send("textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]),
                                                               "position": .object(["line": .number(0), "character": .number(0)])]), request: true)
        var published = 0
        _ = try client.receive { message in
            if message["method"] == .string("textDocument/publishDiagnostics") { published += 1 }
            return message["id"] == .number(Double(hover ?? 0))
        }
        #expect(published == 0)
        _ = client.send("exit")
        client.process.waitUntilExit()
    }

    /// A buffer over the checking limit gets one diagnostic saying so, at once, not a check that
    /// would hold the server for minutes; the limit is exact.
    @Test func aHugeBufferIsNotCheckedWhileEditing() throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        _ = try client.response(client.send("initialize", .object(["capabilities": .object([:])]), request: true))
        let line = "- Xây dựng cơ sở dữ liệu chuyên ngành.\n"
        var text = "KẾ HOẠCH\n"
        while text.utf8.count + line.utf8.count <= LanguageServer.maxCheckedBytes { text += line }
        text += String(repeating: "x", count: LanguageServer.maxCheckedBytes - text.utf8.count)  // exactly at the limit
        for (name, body, expected) in [("vua.md", text, false), ("lon.md", text + "y", true)] {
            let uri = folder.appendingPathComponent(name).absoluteString
            _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
                "uri": .string(uri), "languageId": .string("markdown"), "version": .number(1), "text": .string(body)])]))
            let diagnostics = try client.diagnostics(for: uri)
            #expect(diagnostics.contains { $0.code == "size" } == expected, "\(name)")
            if expected { #expect(diagnostics.count == 1) }
        }
        _ = client.send("exit")
        client.process.waitUntilExit()
    }

    @Test func configurationAndRuleFilesGetSchemaDiagnostics() throws {
        let client = try Client()
        let folder = try TestSupport.temporaryDirectory()
        _ = client.send("initialize", .object(["rootUri": .string(folder.absoluteString)]), request: true)
        let config = folder.appendingPathComponent(".plancheck.yml").absoluteString
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(config), "languageId": .string("yaml"), "version": .number(1), "text": .string("# cấu hình\nfail_onn: error\n")])]))
        let diagnostics = try client.diagnostics(for: config)
        #expect(diagnostics.map(\.message) == ["unknown key 'fail_onn' in configuration; did you mean 'fail_on'?"])
        #expect(diagnostics.first?.range.start == LSP.Position(line: 1, character: 0))
        let rules = folder.appendingPathComponent("rules.yml").absoluteString
        _ = client.send("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(rules), "languageId": .string("yaml"), "version": .number(1), "text": .string("id: [\n")])]))
        #expect(try client.diagnostics(for: rules).count == 1)
        _ = client.send("exit")
        client.process.waitUntilExit()
        #expect(client.process.terminationStatus == 1)  // exit without shutdown
    }
}
