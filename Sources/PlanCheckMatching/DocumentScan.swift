import Foundation
import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// What all the rules evaluated on one document share, worked out once: every phrase occurrence
/// (one automaton pass), the normalised text for regexes, and the regex time budget.
final class DocumentScan: @unchecked Sendable {
    // Used by one evaluation on one thread; a class so that lazy parts are built once.
    private let automaton: PhraseAutomaton
    private let found: [[(start: Int, strength: Phrase.Strength)]]
    private let document: StructuredDocument
    /// Longest all regexes together may run on one document (PLANCHECK_REGEX_BUDGET_MS, default 2 s).
    static let regexBudget: TimeInterval = (ProcessInfo.processInfo.environment["PLANCHECK_REGEX_BUDGET_MS"]
        .flatMap(Double.init).map { $0 / 1000 }) ?? 2
    private var regexStart: Date?
    private(set) var ruleErrors: [String] = []
    var currentRule = ""

    init(_ document: StructuredDocument, automaton: PhraseAutomaton) {
        self.document = document
        self.automaton = automaton
        found = automaton.scan(document.normalized.tokens)
    }

    func occurrences(of phrase: Phrase) -> [(start: Int, strength: Phrase.Strength)] {
        if let id = automaton.id(of: phrase) { return found[id] }
        // A phrase not in the automaton (not from a compiled rule): look for it directly.
        let tokens = document.normalized.tokens
        return tokens.indices.compactMap { start in phrase.match(at: start, in: tokens).map { (start, $0) } }
    }

    lazy var regexText = RegexText(document.normalized)
    private struct RegexKey: Hashable {
        var regex: ObjectIdentifier
        var span: Range<Int>
    }
    private var regexResults: [RegexKey: [(scalars: Range<Int>, segment: Int)]] = [:]

    /// Every match of a regex within the span of a scope's segments (normalised scalar ranges),
    /// with the segment that holds it; matches that straddle segments are dropped. One regex call
    /// per regex and span, on the document's text made once.
    func regexMatches(_ regex: RuleRegex, within scope: Scope) -> [(scalars: Range<Int>, segment: Int)] {
        guard let first = scope.segments.first, let last = scope.segments.last else { return [] }
        let normalized = document.normalized
        var span = normalized.normalizedRange(document.tree.segments[first].range.lowerBound..<document.tree.segments[last].range.upperBound)
        // From the start of the first segment's line: `^` and lookbehinds see a heading's label
        // ("II.") as they would in the middle of a plan (ICU cannot look before the very start).
        var lineStart = span.lowerBound
        while lineStart > 0, normalized.scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        span = lineStart..<span.upperBound
        let key = RegexKey(regex: ObjectIdentifier(regex.expression), span: span)
        if let known = regexResults[key] { return known }
        var result: [(scalars: Range<Int>, segment: Int)] = []
        if !regexBudgetSpent() {
            let text = regexText
            let owner = document.tree.segmentOfToken
            let segments = document.tree.segments
            // With .reportProgress ICU calls back at every start position, so a runaway match stops
            // at the budget; reading the clock every 64th call keeps that cheap. Patterns that
            // cannot backtrack exponentially skip the callbacks (see RuleRegex).
            var progressCalls = 0
            // No transparent bounds: they slowed every regex, and the span already starts at the
            // beginning of its first line, so lookbehinds see a heading's label.
            var options: NSRegularExpression.MatchingOptions = []
            if regex.mayBacktrackExponentially { options.insert(.reportProgress) }
            regex.expression.enumerateMatches(in: text.string, options: options, range: text.utf16Range(span)) { found, _, stop in
                guard let match = found else {
                    progressCalls += 1
                    if progressCalls % 64 == 0, self.regexBudgetSpent() { stop.pointee = true }
                    return
                }
                guard match.range.length > 0 else { return }
                let scalars = text.scalarRange(match.range)
                let original = normalized.originalRange(scalars)
                let tokens = normalized.tokenRange(original)
                guard let first = tokens.first, first < owner.count, owner[first] >= 0 else { return }
                let segment = Int(owner[first])
                let range = segments[segment].range
                guard original.lowerBound >= range.lowerBound - 1, original.upperBound <= range.upperBound + 1 else { return }
                result.append((scalars, segment))
            }
        }
        regexResults[key] = result
        return result
    }

    private var scopes: [String: Scope] = [:]

    func scope(_ scope: RuleScope, resolve: () -> Scope) -> Scope {
        if let known = scopes[scope.name] { return known }
        let resolved = resolve()
        scopes[scope.name] = resolved
        return resolved
    }

    /// Whether the regexes have used up the document's budget; the first time, the rule running
    /// is reported.
    func regexBudgetSpent() -> Bool {
        let start = regexStart ?? Date()
        regexStart = start
        guard Date().timeIntervalSince(start) > Self.regexBudget else { return false }
        let message = "\(currentRule): regex evaluation stopped after \(Int(Self.regexBudget * 1000)) ms on this document"
        if !ruleErrors.contains(message) { ruleErrors.append(message) }
        return true
    }
}

/// A document's normalised text as one String, with UTF-16 offsets of each scalar, so that
/// NSRegularExpression runs on segments without building a String per segment.
struct RegexText {
    let string: String
    private let utf16Offsets: [Int32]  // offset of each scalar, plus the end

    init(_ normalized: NormalizedText) {
        // UTF-8 bytes first, then one String: much faster than appending scalars to a String.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(normalized.scalars.count * 2)
        var offsets: [Int32] = []
        offsets.reserveCapacity(normalized.scalars.count + 1)
        var offset: Int32 = 0
        for scalar in normalized.scalars {
            offsets.append(offset)
            offset += scalar.value > 0xFFFF ? 2 : 1
            UTF8.encode(scalar) { bytes.append($0) }
        }
        offsets.append(offset)
        string = String(decoding: bytes, as: UTF8.self)
        utf16Offsets = offsets
    }

    var fullRange: NSRange { NSRange(location: 0, length: Int(utf16Offsets.last ?? 0)) }

    func utf16Range(_ scalars: Range<Int>) -> NSRange {
        let lower = Int(utf16Offsets[scalars.lowerBound]), upper = Int(utf16Offsets[scalars.upperBound])
        return NSRange(location: lower, length: upper - lower)
    }

    func scalarRange(_ range: NSRange) -> Range<Int> {
        scalarIndex(range.location)..<scalarIndex(range.location + range.length)
    }

    private func scalarIndex(_ utf16: Int) -> Int {
        var low = 0, high = utf16Offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if Int(utf16Offsets[mid]) < utf16 { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
