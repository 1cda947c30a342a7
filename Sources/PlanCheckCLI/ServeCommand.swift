import ArgumentParser
import Foundation
import PlanCheck
import PlanCheckServer

/// `plancheck serve`: the web page and JSON API for agency staff.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Trang web và API kiểm tra kế hoạch. Serve the upload page and the JSON API.",
        discussion: """
        GET / (upload page), POST /check (form), POST /api/v1/check, GET /api/v1/rules, GET /healthz; \
        see docs/openapi.yaml. Uploads are checked in memory and never written to disk or logged. \
        PLANCHECK_TOKEN, when set, is the bearer token the API requires; the pages ask for it once \
        (POST /session) and keep it in a session cookie.
        """
    )

    @Option(help: help("Địa chỉ lắng nghe.", "Address to listen on."))
    var host = "127.0.0.1"

    @Option(help: help("Cổng (0: cổng trống bất kỳ; địa chỉ được in ra).", "Port (0: any free port; the address is printed)."))
    var port = 8080

    @Option(name: .customLong("max-upload-mb"), help: help("Tệp tải lên lớn nhất, tính bằng MB (lớn hơn: 413).", "Largest upload in MB (413 above it)."))
    var maxUploadMB = 20

    @Option(name: .customLong("max-concurrent"), help: help("Số lượt kiểm tra cùng lúc, mỗi lượt một luồng (vượt quá: 503 ngay). Mặc định: số lõi CPU.", "Checks at once, each on a thread of its own (503 beyond, at once). Default: the number of cores."))
    var maxConcurrent: Int?

    @Option(name: .customLong("time-limit"), help: help("Số giây tối đa cho một lượt kiểm tra (quá thì dừng và trả 503).", "Seconds a check may take (503 after; the check is stopped)."))
    var timeLimit: Double = 60

    @Option(name: .customLong("idle-timeout"), help: help("Số giây một kết nối được phép chưa gửi xong phần đầu yêu cầu (im lặng hoặc gửi nhỏ giọt).", "Seconds a connection may stay without a complete request head (idle or trickling headers)."))
    var idleTimeout: Double = 15

    @Option(name: .customLong("body-timeout"), help: help("Số giây tối đa để nhận hết nội dung một yêu cầu.", "Seconds a request body may take to arrive in full."))
    var bodyTimeout: Double = 60

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        guard (1...64).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb must be 1 to 64") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        if let maxConcurrent, maxConcurrent < 1 { throw ValidationError("--max-concurrent must be at least 1") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard idleTimeout > 0, bodyTimeout > 0 else { throw ValidationError("--idle-timeout and --body-timeout must be positive") }
    }

    func run() async throws {
        let checker = try rules.checker()
        var options = ServerOptions()
        options.host = host
        options.port = port
        options.maxUploadBytes = maxUploadMB << 20
        if let maxConcurrent { options.maxConcurrentChecks = maxConcurrent }
        options.timeLimit = timeLimit
        options.idleTimeout = idleTimeout
        options.bodyTimeout = bodyTimeout
        if let token = ProcessInfo.processInfo.environment["PLANCHECK_TOKEN"], !token.isEmpty { options.token = token }
        let server = PlanCheckServer(checker: checker, options: options)
        do {
            try await server.run { address in
                // Written straight to the file descriptor: scripts wait for this line.
                FileHandle.standardOutput.write(Data("plancheck serve: listening on \(address)\n".utf8))
            }
        } catch {
            // The operator's console: both languages.
            printError("plancheck: lỗi / error: không chạy được máy chủ tại / cannot serve on \(host):\(port): \(error)")
            throw ExitCode(ExitStatus.invalid)
        }
    }
}
