/// The language of messages and output: Vietnamese first, English on request.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi, en
}
