import Foundation
import HTTPTypes
import PlanCheck

/// Every error the server answers with, for the API and the pages alike: a code, an HTTP status
/// and a message in each language, from this one list. docs/openapi.yaml lists the codes
/// (`ServerTests` compares the two).
enum ServiceError: Error, Sendable {
    case tooLarge(Int)
    case empty
    case noFile
    case malformed(LocalizedText)
    case unsupportedType(String)
    case unauthorized
    case busy
    case timedOut
    /// The upload was received but could not be read as a document (the reader says why).
    case unreadable(String)
    case badProfile(String)
    case badFormat(String)
    case badLanguage(String)
    case methodNotAllowed([String])
    case notFound(String)

    /// The codes, in the order docs/openapi.yaml lists them.
    static let codes = ["too_large", "empty", "no_file", "malformed", "unsupported_type", "unauthorized", "busy", "timed_out",
                        "unreadable", "bad_profile", "bad_format", "bad_lang", "method_not_allowed", "not_found"]

    var status: HTTPResponse.Status {
        switch self {
        case .tooLarge: return .contentTooLarge
        case .unsupportedType: return .unsupportedMediaType
        case .unauthorized: return .unauthorized
        case .busy, .timedOut: return .serviceUnavailable
        case .unreadable: return .unprocessableContent
        case .methodNotAllowed: return .methodNotAllowed
        case .notFound: return .notFound
        case .empty, .noFile, .malformed, .badProfile, .badFormat, .badLanguage: return .badRequest
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
        case .unreadable: return "unreadable"
        case .badProfile: return "bad_profile"
        case .badFormat: return "bad_format"
        case .badLanguage: return "bad_lang"
        case .methodNotAllowed: return "method_not_allowed"
        case .notFound: return "not_found"
        }
    }

    /// Whether a client should try again later (a `Retry-After` header goes with it).
    var isTransient: Bool {
        switch self {
        case .busy, .timedOut: return true
        default: return false
        }
    }

    func message(_ language: Language) -> String {
        let en = language == .en
        switch self {
        case .tooLarge(let limit):
            let size = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit >> 10) KB"
            return en ? "The file is larger than \(size), the limit of this service." : "Tệp lớn hơn \(size), giới hạn của dịch vụ."
        case .empty: return en ? "The upload is empty." : "Tệp tải lên rỗng."
        case .noFile: return en ? "Choose a file to check (field “file”), or paste the text." : "Hãy chọn tệp cần kiểm tra (trường “file”) hoặc dán nội dung."
        case .malformed(let reason): return en ? "The upload is malformed: \(reason.en)." : "Dữ liệu tải lên không hợp lệ: \(reason.vi)."
        case .unsupportedType(let type) where type.isEmpty:
            return en ? "The request has no Content-Type; send \(DocumentFormats.listing(finalWord: "or")) with its type, or multipart/form-data."
                      : "Yêu cầu không nêu kiểu nội dung (Content-Type); hãy gửi \(DocumentFormats.listing(finalWord: "hoặc")) kèm kiểu của tệp, hoặc multipart/form-data."
        case .unsupportedType(let type):
            return en ? "Unsupported type \(type); send \(DocumentFormats.listing(finalWord: "or"))."
                      : "Không hỗ trợ kiểu \(type); hãy gửi \(DocumentFormats.listing(finalWord: "hoặc"))."
        case .unauthorized: return en ? "A valid access token is required." : "Cần mã truy cập hợp lệ."
        case .busy: return en ? "The service is busy; try again in a moment." : "Dịch vụ đang bận; hãy thử lại sau giây lát."
        case .timedOut: return en ? "The check took too long and was stopped." : "Việc kiểm tra quá lâu nên đã dừng."
        case .unreadable(let reason): return reason
        case .badProfile(let value):
            return en ? "Unknown profile “\(value)”; use ministry, province or auto."
                      : "Không có loại cơ quan “\(value)”; dùng ministry (bộ, ngành), province (tỉnh) hoặc auto (tự nhận diện)."
        case .badFormat(let value):
            let formats = PlanCheckServer.apiFormats.map(\.rawValue).joined(separator: en ? " or " : " hoặc ")
            return en ? "Unknown format “\(value)”; the API answers in \(formats)."
                      : "Không có định dạng “\(value)”; API trả kết quả dạng \(formats)."
        case .badLanguage(let value):
            return en ? "Unknown language “\(value)”; use vi or en." : "Không có ngôn ngữ “\(value)”; dùng vi hoặc en."
        case .methodNotAllowed(let allowed):
            let list = allowed.joined(separator: ", ")
            return en ? "This address takes \(list) requests only." : "Địa chỉ này chỉ nhận yêu cầu \(list)."
        case .notFound(let path):
            return en ? "There is no page or API at \(path)." : "Không có trang hay API nào tại \(path)."
        }
    }

    /// The message on a page, where the form's controls have names of their own.
    func pageMessage(_ language: Language) -> String {
        guard case .noFile = self else { return message(language) }
        return language == .en ? "Choose a file to check, or paste the plan's text." : "Hãy chọn tệp cần kiểm tra hoặc dán nội dung kế hoạch."
    }

    /// The API's answer: `{"error": {"code", "message"}}`.
    func json(_ language: Language) -> String {
        let body = ["error": ["code": code, "message": message(language)]]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
