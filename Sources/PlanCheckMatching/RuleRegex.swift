import Foundation
import PlanCheckRules

/// A rule's regex with what its shape says about its cost.
///
/// ICU only reports progress during a match through a callback per start position, which costs
/// more than the matching itself; so only patterns that can backtrack exponentially (a repeated
/// group that itself holds a quantifier or an alternation, like `(a|aa)+` or `(\w+\s)*`) run with
/// progress checks against the time budget. Every other pattern is checked between calls.
struct RuleRegex: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented thread-safe.
    let expression: NSRegularExpression
    let pattern: String
    let mayBacktrackExponentially: Bool
    /// Strings one of which every match holds (lowercase), when the pattern shows them plainly:
    /// the regex then runs only on the segments that hold one. Nil when it does not, or when
    /// the pattern anchors to the start or end of the text searched (`^`, `$` without `(?m)`,
    /// `\A`, `\z`), whose meaning would change with a narrower search.
    let requiredLiterals: [[Unicode.Scalar]]?

    init(pattern: String) throws {
        expression = try CompiledPatterns.shared.expression(pattern)
        self.pattern = pattern
        // The shape of what runs (`CompiledPatterns.prepared`): NFC, a space any white space.
        let prepared = CompiledPatterns.prepared(pattern)
        mayBacktrackExponentially = Self.hasNestedRepetition(prepared)
        requiredLiterals = RequiredLiterals.of(prepared)
    }

    /// Whether a group repeated by `*`, `+` or `{n,m}` (m > 1) holds a quantifier or an alternation.
    static func hasNestedRepetition(_ pattern: String) -> Bool {
        let characters = Array(pattern)
        var groups: [Bool] = []  // per open group: holds a quantifier or an alternation
        var justClosed: Bool?    // the group that ended at the previous character, if any
        var index = 0
        func markInner() { if !groups.isEmpty { groups[groups.count - 1] = true } }
        while index < characters.count {
            let character = characters[index]
            let closed = justClosed
            justClosed = nil
            switch character {
            case "\\":
                index += 1
            case "[":
                index += 1
                if index < characters.count, characters[index] == "^" { index += 1 }
                if index < characters.count, characters[index] == "]" { index += 1 }
                while index < characters.count, characters[index] != "]" {
                    if characters[index] == "\\" { index += 1 }
                    index += 1
                }
            case "(":
                groups.append(false)
            case ")":
                guard let inner = groups.popLast() else { break }
                if inner { markInner() }
                justClosed = inner
            case "|":
                markInner()
            case "*", "+", "{":
                var repeats = character != "{"
                if character == "{" {
                    let end = characters[index...].firstIndex(of: "}") ?? characters.count
                    let bounds = String(characters[(index + 1)..<end]).split(separator: ",", omittingEmptySubsequences: false)
                    repeats = bounds.count == 2 && (bounds[1].isEmpty || (Int(bounds[1]) ?? 2) > 1)
                        || bounds.count == 1 && (Int(bounds[0]) ?? 2) > 1
                    index = end
                }
                if repeats, closed == true { return true }
                markInner()
            default:
                break
            }
            index += 1
        }
        return false
    }
}
