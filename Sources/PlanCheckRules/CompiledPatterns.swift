import Foundation

/// Rule regexes compiled once per process, by pattern: the loader compiles each to check it,
/// and the matcher runs the same object (ICU's compiling was a tenth of a small check's start).
/// NSRegularExpression is immutable after creation and documented thread-safe.
package final class CompiledPatterns: @unchecked Sendable {
    package static let shared = CompiledPatterns()
    /// Patterns kept at most; past it a pattern is compiled each time it is asked for.
    static let limit = 10_000
    private let lock = NSLock()
    private var expressions: [String: NSRegularExpression] = [:]

    /// The case-insensitive regex of a rule's pattern.
    package func expression(_ pattern: String) throws -> NSRegularExpression {
        lock.lock()
        let known = expressions[pattern]
        lock.unlock()
        if let known { return known }
        let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        lock.lock()
        if expressions.count < Self.limit { expressions[pattern] = expression }
        lock.unlock()
        return expression
    }
}
