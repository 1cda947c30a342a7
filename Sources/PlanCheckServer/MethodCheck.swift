import HTTPTypes
import Hummingbird

/// 405 with an Allow header for a known path asked with a method it does not take (the router
/// alone would answer 404, as if the path did not exist).
struct MethodCheck<Context: RequestContext>: RouterMiddleware {
    let allowed: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let methods = allowed[request.uri.path], !methods.contains(request.method),
           !(request.method == .head && methods.contains(.get)) {
            let allow = methods.map(\.rawValue).joined(separator: ", ")
            return Response(status: .methodNotAllowed, headers: [.allow: allow, .contentType: "application/json"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"error":{"code":"method_not_allowed","message":"\#(allow)"}}"#)))
        }
        return try await next(request, context)
    }
}
