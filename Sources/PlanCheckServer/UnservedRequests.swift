import HTTPTypes
import Hummingbird
import PlanCheck

/// Requests no route serves, answered from the error catalogue in the request's language: a
/// known path asked with a method it does not take is 405 with an Allow header (the router alone
/// would answer 404, as if the path did not exist); an unknown path is 404. Under /api/ the
/// answer is the API's JSON error, elsewhere a page.
struct UnservedRequests<Context: RequestContext>: RouterMiddleware {
    let allowed: [String: [HTTPRequest.Method]]
    let page: @Sendable (ServiceError, Language) -> String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if let methods = allowed[path], !methods.contains(request.method), !(request.method == .head && methods.contains(.get)) {
            return answer(.methodNotAllowed(methods.map(\.rawValue)), request, extra: [.allow: methods.map(\.rawValue).joined(separator: ", ")])
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return answer(.notFound(path), request)
        }
    }

    private func answer(_ error: ServiceError, _ request: Request, extra: HTTPFields = [:]) -> Response {
        let language = PlanCheckServer.language(request)
        var headers = extra
        let body: String
        if request.uri.path.hasPrefix("/api/") {
            headers[.contentType] = "application/json"
            body = error.json(language)
        } else {
            headers[.contentType] = "text/html; charset=utf-8"
            body = page(error, language)
        }
        return Response(status: error.status, headers: headers,
                        body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
