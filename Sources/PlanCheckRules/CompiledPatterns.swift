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

    /// The case-insensitive regex of a rule's pattern, as `prepared` writes it.
    package func expression(_ pattern: String) throws -> NSRegularExpression {
        lock.lock()
        let known = expressions[pattern]
        lock.unlock()
        if let known { return known }
        let expression = try NSRegularExpression(pattern: Self.prepared(pattern), options: [.caseInsensitive])
        lock.lock()
        if expressions.count < Self.limit { expressions[pattern] = expression }
        lock.unlock()
        return expression
    }

    /// What runs for a rule's pattern. The text it runs on is NFC (as the normaliser writes it),
    /// so the pattern is too: a rule file saved in NFD still matches. A space stands for any run
    /// of white space, a line break with the next line's indent included: a plan typed or
    /// extracted with hard-wrapped lines breaks a phrase anywhere ("được sử dụng⏎       lại"),
    /// and the pattern's author meant the words. Spaces in a character class, escaped, inside a
    /// lookbehind (which must stay bounded) or before a quantifier are left as written, and so is
    /// a pattern in free-spacing mode (`(?x)`) or with quoted text (`\Q…\E`).
    package static func prepared(_ pattern: String) -> String {
        let pattern = pattern.precomposedStringWithCanonicalMapping
        if pattern.contains("(?x") || pattern.contains("\\Q") { return pattern }
        let scalars = Array(pattern.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var inClass = false
        var groups: [Bool] = []  // per open group: a lookbehind
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if scalar == "\\", index + 1 < scalars.count {
                result.append(scalar)
                result.append(scalars[index + 1])
                index += 1
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
                result.append(scalar)
                continue
            }
            switch scalar {
            case "[":
                inClass = true
                result.append(scalar)
                // A "]" first in the class (after an optional "^") is a member, not its end.
                if index + 1 < scalars.count, scalars[index + 1] == "^" { index += 1; result.append("^") }
                if index + 1 < scalars.count, scalars[index + 1] == "]" { index += 1; result.append("]") }
            case "(":
                let lookbehind = index + 3 < scalars.count && scalars[index + 1] == "?" && scalars[index + 2] == "<"
                    && (scalars[index + 3] == "=" || scalars[index + 3] == "!")
                groups.append(lookbehind)
                result.append(scalar)
            case ")":
                _ = groups.popLast()
                result.append(scalar)
            case " " where !groups.contains(true):
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if let next, "?*+{".unicodeScalars.contains(next) {
                    result.append(scalar)
                } else {
                    result.append(contentsOf: #"\s+"#.unicodeScalars)
                }
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
