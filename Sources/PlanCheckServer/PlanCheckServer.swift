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
        let app = Application(
            router: router(),
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
        router.add(middleware: MethodCheck(allowed: ["/": [.get], "/healthz": [.get], "/api/v1/rules": [.get],
                                                     "/api/v1/check": [.post], "/check": [.post]]))
        router.get("/") { request, _ in
            self.html(WebPages(language: Self.language(request), options: self.options).upload())
        }
        router.get("/healthz") { _, _ in
            self.json(["status": "ok"])
        }
        router.get("/api/v1/rules") { request, _ in
            guard self.authorized(request, formToken: nil) else { return self.apiError(.unauthorized, "unauthorized", request) }
            if let bad = self.badLanguage(request) { return bad }
            return self.rules(language: Self.language(request))
        }
        // HEAD answers what GET would, without the body (monitors and link checkers use it).
        for path in ["/", "/healthz", "/api/v1/rules"] {
            router.head(RouterPath(path)) { _, _ in
                Response(status: .ok, headers: [.contentType: path == "/" ? "text/html; charset=utf-8" : "application/json"])
            }
        }
        router.post("/api/v1/check") { request, _ in
            await self.apiCheck(request)
        }
        router.post("/check") { request, _ in
            await self.formCheck(request)
        }
        return router
    }

    // MARK: Handlers

    /// The API takes only the documented values of `lang` (the pages fall back to Vietnamese).
    private func badLanguage(_ request: Request) -> Response? {
        guard let value = request.uri.queryParameters.get("lang"), value != "vi", value != "en" else { return nil }
        return apiError(.badRequest, "bad_lang", request, detail: "lang must be vi or en")
    }

    private func apiCheck(_ request: Request) async -> Response {
        // Everything that does not need the body is checked before reading it.
        if let bad = badLanguage(request) { return bad }
        guard authorized(request, formToken: nil) else { return apiError(.unauthorized, "unauthorized", request) }
        let format = request.uri.queryParameters.get("format") ?? "json"
        guard format == "json" || format == "sarif" else { return apiError(.badRequest, "bad_format", request) }
        let language = Self.language(request)
        let upload: Upload
        switch await receive(request) {
        case .failure(let failure): return apiError(failure.status, failure.code, request, detail: failure.message(language))
        case .success(let received): upload = received
        }
        let profile: Profile?
        switch Self.profile(upload.profile ?? request.uri.queryParameters.get("profile")) {
        case .failure: return apiError(.badRequest, "bad_profile", request)
        case .success(let value): profile = value
        }
        switch await service.check(bytes: upload.bytes, name: upload.name, profile: profile) {
        case .checked(let report):
            let wrapped = service.checker.report([report])
            if format == "sarif" {
                let sarif = ReportWriter.render(wrapped, as: .sarif, rules: service.checker.rules, options: FormatOptions(language: language, baseDirectory: "/"))
                return response(.ok, sarif, type: "application/sarif+json")
            }
            return response(.ok, JSONFormatter(language: language).format(wrapped), type: "application/json")
        case .unreadable(let reason):
            return apiError(.unprocessableContent, "unreadable", request, detail: "\(upload.name): \(reason)")
        case .busy:
            return apiError(.serviceUnavailable, "busy", request, retryAfter: true)
        case .timedOut:
            return apiError(.serviceUnavailable, "timed_out", request, retryAfter: true)
        }
    }

    private func formCheck(_ request: Request) async -> Response {
        var language = Self.language(request)
        let upload: Upload
        switch await receive(request) {
        case .failure(let failure):
            return html(WebPages(language: language, options: options).upload(message: failure.message(language)), status: failure.status)
        case .success(let received): upload = received
        }
        if upload.language == "en" { language = .en } else if upload.language == "vi" { language = .vi }
        let pages = WebPages(language: language, options: options)
        guard authorized(request, formToken: upload.formToken) else {
            return html(pages.upload(message: Failure.unauthorized.message(language)), status: .unauthorized)
        }
        let profile = (try? Self.profile(upload.profile).get()) ?? nil
        switch await service.check(bytes: upload.bytes, name: upload.name, profile: profile) {
        case .checked(let report):
            return html(pages.result(report, name: upload.name, checker: service.checker, downloads: downloads(report, language: language)))
        case .unreadable(let reason):
            return html(pages.upload(message: "\(upload.name): \(reason)"), status: .unprocessableContent)
        case .busy:
            return html(pages.upload(message: Failure.busy.message(language)), status: .serviceUnavailable)
        case .timedOut:
            return html(pages.upload(message: Failure.timedOut.message(language)), status: .serviceUnavailable)
        }
    }

    /// The findings in the formats of the CLI, as links that carry the file itself (nothing is kept).
    private func downloads(_ report: DocumentReport, language: Language) -> [(label: String, file: String, type: String, data: Data)] {
        let checker = service.checker
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
        return items
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

    struct Upload {
        var bytes: [UInt8]
        var name: String
        var profile: String?
        var language: String?
        var formToken: String?
    }

    enum Failure: Error {
        case tooLarge(Int), empty, noFile, malformed(String), unsupportedType(String), unauthorized, busy, timedOut

        var status: HTTPResponse.Status {
            switch self {
            case .tooLarge: return .contentTooLarge
            case .unsupportedType: return .unsupportedMediaType
            case .unauthorized: return .unauthorized
            case .busy, .timedOut: return .serviceUnavailable
            default: return .badRequest
            }
        }

        var code: String {
            switch self {
            case .tooLarge: return "too_large"
            case .empty: return "empty"
            case .noFile: return "no_file"
            case .malformed: return "malformed"
            case .unsupportedType: return "unsupported_type"
            case .unauthorized: return "unauthorized"
            case .busy: return "busy"
            case .timedOut: return "timed_out"
            }
        }

        func message(_ language: Language) -> String {
            let en = language == .en
            switch self {
            case .tooLarge(let limit):
                return en ? "The file is larger than \(limit >> 20) MB, the limit of this service." : "Tệp lớn hơn \(limit >> 20) MB, giới hạn của dịch vụ."
            case .empty: return en ? "The upload is empty." : "Tệp tải lên rỗng."
            case .noFile: return en ? "Choose a file to check (field “file”), or paste the text." : "Hãy chọn tệp cần kiểm tra (trường “file”) hoặc dán nội dung."
            case .malformed(let reason): return en ? "The upload is malformed: \(reason)." : "Dữ liệu tải lên không hợp lệ: \(reason)."
            case .unsupportedType(let type):
                return en ? "Unsupported type \(type); send .docx, .pdf, .odt, .md or .txt." : "Không hỗ trợ kiểu \(type); hãy gửi .docx, .pdf, .odt, .md hoặc .txt."
            case .unauthorized: return en ? "A valid access token is required." : "Cần mã truy cập hợp lệ."
            case .busy: return en ? "The service is busy; try again in a moment." : "Dịch vụ đang bận; hãy thử lại sau giây lát."
            case .timedOut: return en ? "The check took too long and was stopped." : "Việc kiểm tra quá lâu nên đã dừng."
            }
        }
    }

    /// Content types for a raw body, by the extension they stand for.
    static let extensions: [String: String] = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.oasis.opendocument.text": "odt", "application/pdf": "pdf",
        "text/markdown": "md", "text/x-markdown": "md", "text/plain": "txt",
    ]

    /// The body, bounded before it is read: a Content-Length over the limit is refused at once,
    /// and a body without one stops being read at the limit.
    private func receive(_ request: Request) async -> Result<Upload, Failure> {
        let limit = options.maxUploadBytes
        // Multipart framing adds a little; the file itself is held to the limit below.
        let framing = 64 << 10
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit + framing {
            return .failure(.tooLarge(limit))
        }
        let contentType = request.headers[.contentType] ?? ""
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit + framing)
        } catch {
            return .failure(.tooLarge(limit))
        }
        let body = Array(buffer.readableBytesView)
        if let boundary = MultipartForm.boundary(contentType: contentType) {
            let form: MultipartForm
            do { form = try MultipartForm(body: body, boundary: boundary) } catch { return .failure(.malformed(error.reason)) }
            // Text pasted into the page (copied from Word) stands for a plain-text file.
            if form.part(named: "file").map({ $0.data.isEmpty }) ?? true, let text = form.text("text"),
               !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                guard text.utf8.count <= limit else { return .failure(.tooLarge(limit)) }
                return .success(Upload(bytes: Array(text.utf8), name: "van-ban-dan.txt", profile: form.text("profile"),
                                       language: form.text("lang"), formToken: form.text("token")))
            }
            guard let file = form.part(named: "file") else { return .failure(.noFile) }
            guard !file.data.isEmpty else { return .failure(.empty) }
            guard file.data.count <= limit else { return .failure(.tooLarge(limit)) }
            var name = (file.filename ?? "").components(separatedBy: CharacterSet(charactersIn: "/\\")).last ?? ""
            if (name as NSString).pathExtension.isEmpty, let type = file.contentType?.split(separator: ";").first,
               let ext = Self.extensions[String(type).lowercased()] {
                name = (name.isEmpty ? "upload" : name) + "." + ext
            }
            guard !name.isEmpty else { return .failure(.noFile) }
            return .success(Upload(bytes: Array(file.data), name: name, profile: form.text("profile"),
                                   language: form.text("lang"), formToken: form.text("token")))
        }
        let type = String(contentType.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard let ext = Self.extensions[type] else { return .failure(.unsupportedType(type.isEmpty ? "(none)" : type)) }
        guard !body.isEmpty else { return .failure(.empty) }
        guard body.count <= limit else { return .failure(.tooLarge(limit)) }
        let given = request.uri.queryParameters.get("filename").map { ($0 as NSString).lastPathComponent } ?? ""
        let name = (given as NSString).pathExtension.isEmpty ? (given.isEmpty ? "upload" : given) + "." + ext : given
        return .success(Upload(bytes: body, name: name, profile: nil, language: nil, formToken: nil))
    }

    // MARK: Helpers

    private func authorized(_ request: Request, formToken: String?) -> Bool {
        guard let token = options.token else { return true }
        if let header = request.headers[.authorization], Self.same(header, "Bearer \(token)") { return true }
        return formToken.map { Self.same($0, token) } ?? false
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

    static func profile(_ value: String?) -> Result<Profile?, Failure> {
        guard let value, !value.isEmpty, value != "auto" else { return .success(nil) }
        guard let profile = Profile(rawValue: value) else { return .failure(.malformed("profile")) }
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

    private func apiError(_ status: HTTPResponse.Status, _ code: String, _ request: Request, detail: String? = nil,
                          retryAfter: Bool = false) -> Response {
        let language = Self.language(request)
        let failure: Failure? = ["unauthorized": .unauthorized, "busy": .busy, "timed_out": .timedOut][code]
        let message = detail ?? failure?.message(language) ?? code
        let data = (try? JSONSerialization.data(withJSONObject: ["error": ["code": code, "message": message]], options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        var extra: HTTPFields = retryAfter ? [.retryAfter: "5"] : [:]
        if status == .unauthorized { extra[.wwwAuthenticate] = "Bearer" }
        return response(status, String(decoding: data, as: UTF8.self), type: "application/json", extra: extra)
    }
}
