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
    /// so the pattern is too: a rule file saved in NFD still matches. A space between two words
    /// of the pattern (a letter or digit on each side) stands for any run of white space, a line
    /// break with the next line's indent included: a plan typed or extracted with hard-wrapped
    /// lines breaks a phrase anywhere ("được sử dụng⏎       lại"), and the author meant the
    /// words. Every other space stays as written: in a set (nested ones included), escaped, in a
    /// `\N{…}` or `\p{…}` name, inside a lookbehind (which must stay bounded), at an edge of the
    /// pattern, before a quantifier or a bracket; and so does every space of a pattern in
    /// free-spacing mode (`(?x)`, `(?ix)` …) or with quoted text (`\Q…\E`).
    package static func prepared(_ pattern: String) -> String {
        let pattern = pattern.precomposedStringWithCanonicalMapping
        if pattern.contains("\\Q") || pattern.range(of: #"\(\?[a-zA-Z]*x"#, options: .regularExpression) != nil { return pattern }
        let scalars = Array(pattern.unicodeScalars)
        func isWord(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil)
        }
        var result = String.UnicodeScalarView()
        var index = 0
        var classDepth = 0
        var groups: [Bool] = []  // per open group: a lookbehind
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                // An escape, with its braced name or code if it has one ("\p{Lowercase Letter}").
                var end = index + 2
                if end < scalars.count, scalars[end] == "{", "NpPx".unicodeScalars.contains(scalars[index + 1]) {
                    while end < scalars.count, scalars[end] != "}" { end += 1 }
                    end = min(end + 1, scalars.count)
                }
                result.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            defer { index += 1 }
            if classDepth > 0 {
                if scalar == "[" { classDepth += 1 } else if scalar == "]" { classDepth -= 1 }
                result.append(scalar)
                continue
            }
            switch scalar {
            case "[":
                classDepth = 1
                result.append(scalar)
                // A "]" first in the set (after an optional "^") is a member, not its end.
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
            case " " where !groups.contains(true) && isWord(index - 1) && isWord(index + 1):
                result.append(contentsOf: #"\s+"#.unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
