import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PlanCheck

/// `plancheck serve`: the upload page, the result page and the JSON API (docs/openapi.yaml).
public struct PlanCheckServer: Sendable {
    let service: CheckService
    let options: ServerOptions

    public init(checker: PlanChecker, options: ServerOptions) {
        self.options = options
        service = CheckService(checker: checker, options: options)
    }

    /// Serves until the process is stopped; `onListening` gets the bound address (port 0 picks one).
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "plancheck")
        logger.logLevel = .warning  // no request log: uploads may be unpublished drafts
        let idle = TimeAmount.milliseconds(Int64(options.idleTimeout * 1000))
        let body = TimeAmount.milliseconds(Int64(options.bodyTimeout * 1000))
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadlines(idleTimeout: idle, bodyTimeout: body)])),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "plancheck"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                onListening("http://\(options.host):\(port)")
            },
            logger: logger
        )
        try await app.runService()
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        let options = self.options
        router.add(middleware: UnservedRequests(allowed: ["/": [.get], "/healthz": [.get], "/api/v1/rules": [.get],
                                                          "/api/v1/check": [.post], "/check": [.post], "/session": [.post]],
                                                page: { error, language in WebPages(language: language, options: options).error(error) }))
        router.get("/") { request, _ in
            let pages = WebPages(language: Self.language(request), options: self.options)
            return self.html(self.authorized(request) ? pages.upload() : pages.signIn())
        }
        router.get("/healthz") { _, _ in
            self.json(["status": "ok"])
        }
        router.get("/api/v1/rules") { request, _ in
            guard self.authorized(request) else { return self.apiError(.unauthorized, request) }
            if let bad = self.badLanguage(request) { return bad }
            return self.rules(language: Self.language(request))
        }
        // HEAD answers what GET would, without the body (monitors and link checkers use it).
        for path in ["/", "/healthz", "/api/v1/rules"] {
            router.head(RouterPath(path)) { request, _ in
                if path == "/api/v1/rules", !self.authorized(request) {
                    return Response(status: .unauthorized, headers: [.contentType: "application/json", .wwwAuthenticate: "Bearer"])
                }
                return Response(status: .ok, headers: [.contentType: path == "/" ? "text/html; charset=utf-8" : "application/json"])
            }
        }
        router.post("/api/v1/check") { request, _ in
            await self.apiCheck(request)
        }
        router.post("/check") { request, _ in
            await self.formCheck(request)
        }
        router.post("/session") { request, _ in
            await self.signIn(request)
        }
        return router
    }

    // MARK: Handlers

    /// The API takes only the documented values of `lang` (the pages fall back to Vietnamese).
    private func badLanguage(_ request: Request) -> Response? {
        guard let value = request.uri.queryParameters.get("lang"), value != "vi", value != "en" else { return nil }
        return apiError(.badLanguage(value), request)
    }

    /// The registered formats the API serves (docs/openapi.yaml lists them): the machine-readable
    /// ones with a schema.
    static let apiFormats: [OutputFormat] = [.json, .sarif]

    /// What a check request answers with, rendered on the check thread.
    enum Answer: Sendable {
        case rendered(String)
        case unreadable(String)
        /// The check was asked to stop (time limit) before it finished.
        case stopped
    }

    private func apiCheck(_ request: Request) async -> Response {
        // Everything is decided from the head before the body is read: language, token, format,
        // type and size, and a free slot.
        if let bad = badLanguage(request) { return bad }
        guard authorized(request) else { return apiError(.unauthorized, request) }
        let formatName = request.uri.queryParameters.get("format") ?? "json"
        guard let format = OutputFormat(rawValue: formatName), Self.apiFormats.contains(format) else {
            return apiError(.badFormat(formatName), request)
        }
        let language = Self.language(request)
        let kind: BodyKind
        switch bodyKind(request) {
        case .failure(let failure): return apiError(failure, request)
        case .success(let value): kind = value
        }
        guard let slot = service.admit() else { return apiError(.busy, request) }
        let upload: Upload
        switch await receive(request, kind: kind) {
        case .failure(let failure):
            slot.release()
            return apiError(failure, request)
        case .success(let received): upload = received
        }
        let profile: Profile?
        switch Self.profile(upload.profile ?? request.uri.queryParameters.get("profile")) {
        case .failure(let failure):
            slot.release()
            return apiError(failure, request)
        case .success(let value): profile = value
        }
        let checker = service.checker
        let outcome = await service.run(in: slot) { cancellation -> Answer in
            Self.check(upload, profile: profile, language: language, checker: checker, cancellation: cancellation) { report in
                ReportWriter.render(checker.report([report]), as: format, rules: checker.rules,
                                    options: FormatOptions(language: language, baseDirectory: "/"))
            }
        }
        switch outcome {
        case .done(.rendered(let text)):
            return response(.ok, text, type: format.mediaType)
        case .done(.unreadable(let reason)):
            return apiError(.unreadable(reason), request)
        case .done(.stopped), .timedOut:
            return apiError(.timedOut, request)
        }
    }

    private func formCheck(_ request: Request) async -> Response {
        var language = Self.language(request)
        let refuse = { (failure: ServiceError) -> Response in
            self.html(WebPages(language: language, options: self.options).upload(message: failure.pageMessage(language)), status: failure.status)
        }
        // The token comes in the session cookie (or an Authorization header), never in the body:
        // an unauthenticated upload is refused before a byte of it is read.
        guard authorized(request) else {
            return html(WebPages(language: language, options: options).signIn(message: ServiceError.unauthorized.message(language)),
                        status: .unauthorized)
        }
        let kind: BodyKind
        switch bodyKind(request) {
        case .failure(let failure): return refuse(failure)
        case .success(let value): kind = value
        }
        guard let slot = service.admit() else { return refuse(.busy) }
        let upload: Upload
        switch await receive(request, kind: kind) {
        case .failure(let failure):
            slot.release()
            return html(WebPages(language: language, options: options).upload(message: failure.pageMessage(language)), status: failure.status)
        case .success(let received): upload = received
        }
        if upload.language == "en" { language = .en } else if upload.language == "vi" { language = .vi }
        let profile = (try? Self.profile(upload.profile).get()) ?? nil
        let checker = service.checker
        let options = self.options
        let chosen = language
        let outcome = await service.run(in: slot) { cancellation -> Answer in
            Self.check(upload, profile: profile, language: chosen, checker: checker, cancellation: cancellation) { report in
                // The page and its downloads are built here, in the slot, not on the event loops.
                let downloads = Self.downloads(report, checker: checker, language: chosen, limit: options.maxDownloadBytes)
                let annotated = Self.annotatedCopy(upload, report: report, language: chosen, limit: options.maxDownloadBytes)
                // Pasted text has no file name of its own to show.
                let shown = upload.pasted ? (chosen == .en ? "Pasted text" : "Nội dung đã dán") : upload.name
                return WebPages(language: chosen, options: options).result(report, name: shown, checker: checker, downloads: downloads,
                                                                           annotated: annotated)
            }
        }
        let pages = WebPages(language: language, options: options)
        switch outcome {
        case .done(.rendered(let page)):
            return html(page)
        case .done(.unreadable(let reason)):
            return html(pages.upload(message: reason), status: .unprocessableContent)
        case .done(.stopped), .timedOut:
            return html(pages.upload(message: ServiceError.timedOut.message(language)), status: .serviceUnavailable)
        }
    }

    /// Reads and checks an upload on a check thread, then renders the answer; stops early when
    /// asked to (time limit).
    private static func check(_ upload: Upload, profile: Profile?, language: Language, checker: PlanChecker, cancellation: Cancellation,
                              render: (DocumentReport) -> String) -> Answer {
        let document: PlanDocument
        do throws(DocumentError) {
            document = try DocumentLoader.read(bytes: upload.bytes, name: upload.name, cancellation: cancellation)
        } catch {
            return cancellation.isCancelled ? .stopped : .unreadable("\(upload.name): \(language == .en ? error.message : error.vietnamese)")
        }
        guard !cancellation.isCancelled else { return .stopped }
        let report = checker.check(document, profile: profile, cancellation: cancellation)
        guard !cancellation.isCancelled else { return .stopped }
        return .rendered(render(report))
    }

    /// The access-token form posts here (a small urlencoded body); a right token is kept in a
    /// session cookie (HttpOnly, SameSite=Strict) that the upload form then carries in its head.
    private func signIn(_ request: Request) async -> Response {
        var language = Self.language(request)
        guard let token = options.token else { return redirect(to: "/?lang=\(language.rawValue)", cookie: nil) }
        let fields: [String: String]
        do {
            let buffer = try await request.body.collect(upTo: Self.maxSignInBytes)
            fields = Self.urlEncodedFields(String(decoding: buffer.readableBytesView, as: UTF8.self))
        } catch {
            return html(WebPages(language: language, options: options).signIn(message: ServiceError.tooLarge(Self.maxSignInBytes).message(language)),
                        status: .contentTooLarge)
        }
        if fields["lang"] == "en" { language = .en } else if fields["lang"] == "vi" { language = .vi }
        guard let given = fields["token"], Self.same(given, token) else {
            return html(WebPages(language: language, options: options).signIn(message: ServiceError.unauthorized.message(language)),
                        status: .unauthorized)
        }
        return redirect(to: "/?lang=\(language.rawValue)", cookie: given)
    }

    static let maxSignInBytes = 4 << 10
    static let cookieName = "plancheck_token"

    private func redirect(to location: String, cookie: String?) -> Response {
        var headers: HTTPFields = [.location: location, .cacheControl: "no-store"]
        if let cookie {
            let value = cookie.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            headers[.setCookie] = "\(Self.cookieName)=\(value); Path=/; HttpOnly; SameSite=Strict"
        }
        return Response(status: .seeOther, headers: headers)
    }

    /// `a=1&b=x%20y` (an HTML form's default encoding, `+` for spaces).
    static func urlEncodedFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            if let name = parts.first, !name.isEmpty, fields[name] == nil { fields[name] = parts.count > 1 ? parts[1] : "" }
        }
        return fields
    }

    /// The findings in the formats of the CLI, as links that carry the file itself (nothing is
    /// kept); a file over `limit` is left out (the JSON API still gives it).
    static func downloads(_ report: DocumentReport, checker: PlanChecker, language: Language, limit: Int)
        -> [(label: String, file: String, type: String, data: Data)] {
        let wrapped = checker.report([report])
        let matrix = checker.coverageMatrix(wrapped)
        let stem = ((report.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let options = FormatOptions(language: language, baseDirectory: "/")
        var items: [(label: String, file: String, type: String, data: Data)] = [
            ("JSON", "\(stem).plancheck.json", "application/json", Data(JSONFormatter(language: language).format(wrapped).utf8)),
            ("SARIF", "\(stem).sarif", "application/sarif+json", Data(ReportWriter.render(wrapped, as: .sarif, rules: checker.rules, options: options).utf8)),
            ("HTML", "\(stem).bao-cao.html", "text/html", Data(HTMLReportWriter(language: language).format(matrix, report: wrapped).utf8)),
        ]
        if let xlsx = try? XLSXMatrixWriter(language: language).data(matrix) {
            items.append(("XLSX", "\(stem).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
        }
        return items.filter { $0.data.count <= limit }
    }

    /// For a Word or LibreOffice upload, a copy with one comment per finding (`plancheck annotate`),
    /// built in memory like the other downloads; nothing for other files or a copy over the limit.
    static func annotatedCopy(_ upload: Upload, report: DocumentReport, language: Language, limit: Int) -> (file: String, data: Data)? {
        let kind = (upload.name as NSString).pathExtension.lowercased()
        guard report.result != nil, kind == "docx" || kind == "odt" else { return nil }
        let comments = WordReview.comments(report, language: language)
        guard let copy = try? (kind == "odt" ? OdtCommentWriter.annotate(upload.bytes, comments: comments)
                                             : WordCommentWriter.annotate(upload.bytes, comments: comments)),
              copy.count <= limit else { return nil }
        let stem = ((upload.name as NSString).lastPathComponent as NSString).deletingPathExtension
        return ("\(stem).nhan-xet.\(kind)", Data(copy))
    }

    private func rules(language: Language) -> Response {
        struct RuleInfo: Encodable {
            var id, name, title, severity, basis, appliesTo, citation, message, hint, ruleSet: String
        }
        var list: [RuleInfo] = []
        for set in service.checker.ruleSets {
            for rule in set.rules {
                list.append(RuleInfo(id: rule.id, name: rule.name, title: rule.title.text(language), severity: rule.severity.rawValue,
                                     basis: rule.basis.rawValue, appliesTo: rule.appliesTo.rawValue, citation: rule.citation,
                                     message: rule.message.text(language), hint: rule.hint.text(language), ruleSet: set.id))
            }
        }
        struct Payload: Encodable { var version: String; var ruleSets: [RuleSetInfo]; var rules: [RuleInfo] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload = Payload(version: PlanCheckVersion.current, ruleSets: service.checker.ruleSetInfo, rules: list.sorted { $0.id < $1.id })
        let data = (try? encoder.encode(payload)) ?? Data("{}".utf8)
        return response(.ok, String(decoding: data, as: UTF8.self), type: "application/json")
    }

    // MARK: Receiving an upload

    struct Upload: Sendable {
        var bytes: [UInt8]
        var name: String
        var profile: String?
        var language: String?
        /// Text pasted into the form, not a file.
        var pasted = false
    }

    /// How the body is framed, decided from the head.
    enum BodyKind: Sendable {
        case multipart(boundary: String)
        case raw(extension: String)
    }

    /// The body's framing and size from the head alone: a Content-Length over the limit, a type
    /// plancheck does not read and a multipart body without a boundary are refused before reading.
    /// (The body of a refused request is then read and thrown away by the server, never held,
    /// within the body deadline, so that the client sees the answer rather than a reset.)
    private func bodyKind(_ request: Request) -> Result<BodyKind, ServiceError> {
        let limit = options.maxUploadBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit + Self.framing {
            return .failure(.tooLarge(limit))
        }
        let contentType = request.headers[.contentType] ?? ""
        let type = String(contentType.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if type == "multipart/form-data" {
            guard let boundary = MultipartForm.boundary(contentType: contentType) else {
                return .failure(.malformed(LocalizedText(vi: "multipart/form-data không có boundary", en: "multipart/form-data without a boundary")))
            }
            return .success(.multipart(boundary: boundary))
        }
        // A request with no body and no type sent nothing to check: that is an empty upload.
        if type.isEmpty, (request.headers[.contentLength].flatMap(Int.init) ?? 0) == 0 { return .failure(.empty) }
        guard let ext = DocumentFormats.fileExtension(forMIMEType: type) else { return .failure(.unsupportedType(type)) }
        return .success(.raw(extension: ext))
    }

    /// Multipart framing adds a little; the file itself is held to the limit.
    static let framing = 64 << 10

    /// The body, read only for an admitted request and never past the limit: a body without a
    /// Content-Length stops being read at the limit, and the connection's body deadline bounds
    /// how long it may take.
    private func receive(_ request: Request, kind: BodyKind) async -> Result<Upload, ServiceError> {
        let limit = options.maxUploadBytes
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit + Self.framing)
        } catch {
            return .failure(.tooLarge(limit))
        }
        let body = Array(buffer.readableBytesView)
        switch kind {
        case .multipart(let boundary):
            let form: MultipartForm
            do { form = try MultipartForm(body: body, boundary: boundary) } catch { return .failure(.malformed(error.reason)) }
            // Text pasted into the page stands for a file: Markdown when it looks like Markdown
            // (headings, pipe tables, bold lines) or the form says so, plain text otherwise.
            if form.part(named: "file").map({ $0.data.isEmpty }) ?? true, let text = form.text("text"),
               !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                guard text.utf8.count <= limit else { return .failure(.tooLarge(limit)) }
                let markdown = switch form.text("text_format") {
                case "md": true
                case "txt": false
                default: MarkdownReader.looksLikeMarkdown(text)
                }
                return .success(Upload(bytes: Array(text.utf8), name: markdown ? "van-ban-dan.md" : "van-ban-dan.txt",
                                       profile: form.text("profile"), language: form.text("lang"), pasted: true))
            }
            guard let file = form.part(named: "file") else { return .failure(.noFile) }
            guard !file.data.isEmpty else { return .failure(.empty) }
            guard file.data.count <= limit else { return .failure(.tooLarge(limit)) }
            var name = (file.filename ?? "").components(separatedBy: CharacterSet(charactersIn: "/\\")).last ?? ""
            if (name as NSString).pathExtension.isEmpty, let type = file.contentType,
               let ext = DocumentFormats.fileExtension(forMIMEType: type) {
                name = (name.isEmpty ? "upload" : name) + "." + ext
            }
            guard !name.isEmpty else { return .failure(.noFile) }
            return .success(Upload(bytes: Array(file.data), name: name, profile: form.text("profile"), language: form.text("lang")))
        case .raw(let ext):
            guard !body.isEmpty else { return .failure(.empty) }
            guard body.count <= limit else { return .failure(.tooLarge(limit)) }
            let given = request.uri.queryParameters.get("filename").map { ($0 as NSString).lastPathComponent } ?? ""
            let name = (given as NSString).pathExtension.isEmpty ? (given.isEmpty ? "upload" : given) + "." + ext : given
            return .success(Upload(bytes: body, name: name, profile: nil, language: nil))
        }
    }

    // MARK: Helpers

    /// The bearer token of the API, or the session cookie of the pages; decided from the head.
    private func authorized(_ request: Request) -> Bool {
        guard let token = options.token else { return true }
        // The scheme is case-insensitive (RFC 9110); the token is compared in constant time.
        if let header = request.headers[.authorization], let space = header.firstIndex(of: " "),
           header[..<space].lowercased() == "bearer",
           Self.same(header[header.index(after: space)...].trimmingCharacters(in: .whitespaces), token) { return true }
        for cookies in request.headers[values: .cookie] {
            for pair in cookies.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, parts[0] == Self.cookieName, let value = parts[1].removingPercentEncoding, Self.same(value, token) {
                    return true
                }
            }
        }
        return false
    }

    /// Compares in time that depends on the lengths only, not on where the first difference is.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(truncatingIfNeeded: x.count ^ y.count)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0 && x.count == y.count
    }

    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang") == "en" ? .en : .vi
    }

    static func profile(_ value: String?) -> Result<Profile?, ServiceError> {
        guard let value, !value.isEmpty, value != "auto" else { return .success(nil) }
        guard let profile = Profile(rawValue: value) else { return .failure(.badProfile(value)) }
        return .success(profile)
    }

    private func response(_ status: HTTPResponse.Status, _ text: String, type: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        // The pages need no network: scripts and styles are inline, nothing else loads.
        let policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'"
        return response(status, text, type: "text/html; charset=utf-8", extra: [.contentSecurityPolicy: policy])
    }

    private func json(_ object: [String: String]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return response(.ok, String(decoding: data, as: UTF8.self), type: "application/json")
    }

    private func apiError(_ error: ServiceError, _ request: Request) -> Response {
        var extra: HTTPFields = error.isTransient ? [.retryAfter: "5"] : [:]
        if error.status == .unauthorized { extra[.wwwAuthenticate] = "Bearer" }
        return response(error.status, error.json(Self.language(request)), type: "application/json", extra: extra)
    }
}
