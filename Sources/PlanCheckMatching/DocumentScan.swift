import Foundation
import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// What all the rules evaluated on one document share, worked out once: every phrase occurrence
/// (one automaton pass), the normalised text for regexes, and the regex work budget.
final class DocumentScan: @unchecked Sendable {
    // Used by one evaluation on one thread; a class so that lazy parts are built once.
    private let automaton: PhraseAutomaton
    private let found: [[(start: Int32, strength: Phrase.Strength)]]
    private let document: StructuredDocument
    /// Work one call of a pattern that may backtrack exponentially may do, counted in ICU's
    /// progress reports (one per start position tried, and one per slice of backtracking work), so
    /// that the limit is the same on an idle and on a loaded machine: `regexWorkPerScalar` per
    /// scalar of the text searched plus `regexWorkBase`. Healthy patterns report about one per
    /// scalar; `(a|aa)+$` on 60 letters would report millions. PLANCHECK_REGEX_WORK_BASE lowers
    /// the base for tests.
    static let regexWorkPerScalar = 4
    static let regexWorkBase = ProcessInfo.processInfo.environment["PLANCHECK_REGEX_WORK_BASE"].flatMap(Int.init) ?? 20_000
    private(set) var warnings: [CheckWarning] = []
    var currentRule = ""

    /// Stops long regex searches when set (a search stopped so is incomplete, like one over budget).
    private let cancellation: Cancellation?

    /// The literals the rule set's regexes need, and where each occurs in the normalised text:
    /// one pass over the text for all of them, made when a regex first asks, instead of one pass
    /// per regex.
    private let literals: [[Unicode.Scalar]]
    private lazy var literalPositions: [[Unicode.Scalar]: [Int]] = Self.positions(of: literals, in: document.normalized.scalars)

    init(_ document: StructuredDocument, automaton: PhraseAutomaton, literals: [[Unicode.Scalar]] = [],
         cancellation: Cancellation? = nil) {
        self.document = document
        self.automaton = automaton
        self.literals = literals
        self.cancellation = cancellation
        found = automaton.scan(document.normalized.tokens)
    }

    /// Every position of every literal, by literal: a table of the literals' first scalars over
    /// the Latin, Vietnamese and punctuation planes (a first scalar beyond it is checked directly),
    /// one load per scalar of the text.
    private static func positions(of literals: [[Unicode.Scalar]], in text: ScalarBuffer) -> [[Unicode.Scalar]: [Int]] {
        let tableSize = 0x2100
        var byFirst = [[Int]](repeating: [], count: tableSize)  // literal indices by first scalar
        var far: [Unicode.Scalar: [Int]] = [:]
        for (index, literal) in literals.enumerated() {
            guard let first = literal.first else { continue }
            if Int(first.value) < tableSize { byFirst[Int(first.value)].append(index) } else { far[first, default: []].append(index) }
        }
        var found = [[Int]](repeating: [], count: literals.count)
        // Over the stored values directly: one load per scalar, whichever width the text is stored in.
        func scan<Value: FixedWidthInteger>(_ values: UnsafeBufferPointer<Value>) {
            let count = values.count
            for position in 0..<count {
                let value = Int(values[position])
                let candidates = value < tableSize ? byFirst[value] : far[Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"] ?? []
                for index in candidates {
                    let literal = literals[index]
                    guard position + literal.count <= count else { continue }
                    var offset = 1
                    while offset < literal.count, UInt32(values[position + offset]) == literal[offset].value { offset += 1 }
                    if offset == literal.count { found[index].append(position) }
                }
            }
        }
        text.withValues { narrow, wide in
            if let narrow { scan(narrow) } else if let wide { scan(wide) }
        }
        var result: [[Unicode.Scalar]: [Int]] = [:]
        for (index, literal) in literals.enumerated() { result[literal] = found[index] }
        return result
    }

    func occurrences(of phrase: Phrase) -> [(start: Int32, strength: Phrase.Strength)] {
        if let id = automaton.id(of: phrase) { return found[id] }
        // A phrase not in the automaton (not from a compiled rule): look for it directly.
        let tokens = document.normalized.tokens
        return tokens.indices.compactMap { start in phrase.match(at: start, in: tokens).map { (Int32(truncatingIfNeeded: start), $0) } }
    }

    lazy var regexText = RegexText(document.normalized)
    /// By pattern and scope: rules that write the same regex over the same segments share its
    /// search. The segments are part of the key because the search skips segments outside the
    /// scope: two scopes over the same span (the plan without its past results, the whole
    /// document) have different matches.
    private struct RegexKey: Hashable {
        var pattern: String
        var span: Range<Int>
        var scope: Scope

        func hash(into hasher: inout Hasher) {
            hasher.combine(pattern)
            hasher.combine(span)
            hasher.combine(scope.fingerprint)
        }

        static func == (lhs: RegexKey, rhs: RegexKey) -> Bool {
            lhs.pattern == rhs.pattern && lhs.span == rhs.span && lhs.scope.segments == rhs.scope.segments
        }
    }
    /// The matches of one regex over one span, and whether the search ran to the end.
    struct RegexMatches {
        var matches: [(scalars: Range<Int>, segment: Int)]
        var complete: Bool
    }
    private var regexResults: [RegexKey: RegexMatches] = [:]

    /// Every match of a regex within the span of a scope's segments (normalised scalar ranges),
    /// with the segment that holds it; a match that straddles segments stands only as the match
    /// its first segment holds on its own, if any. One search per
    /// distinct pattern and scope, on the document's text made once, over only the stretches that
    /// hold one of the pattern's required literals. A search stopped by the work budget is not
    /// complete: what it did not find may still be there.
    func regexMatches(_ regex: RuleRegex, within scope: Scope) -> RegexMatches {
        guard let first = scope.segments.first, let last = scope.segments.last else { return RegexMatches(matches: [], complete: true) }
        let normalized = document.normalized
        var span = normalized.normalizedRange(document.tree.segments[first].range.lowerBound..<document.tree.segments[last].range.upperBound)
        // From the start of the first segment's line: `^` and lookbehinds see a heading's label
        // ("II.") as they would in the middle of a plan (ICU cannot look before the very start).
        var lineStart = span.lowerBound
        while lineStart > 0, normalized.scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        span = lineStart..<span.upperBound
        let key = RegexKey(pattern: regex.pattern, span: span, scope: scope)
        if let known = regexResults[key] { return known }
        // Only where a literal every match needs occurs: the segments that hold one, each from
        // the start of its line (as the whole span starts) to the end of the next line with text
        // (so that a lookahead sees what follows), overlapping stretches merged.
        // A pattern without one searches the scope's own stretches: a closing block scattered
        // through a long document is not the whole document.
        let searched = candidateRanges(regex.requiredLiterals, in: span, scope: scope)
        var result: [(scalars: Range<Int>, segment: Int)] = []
        var complete = true
        let budget = Self.regexWorkBase + Self.regexWorkPerScalar * span.count
        let text = regexText
        let owner = document.tree.segmentOfToken
        let segments = document.tree.segments
        // With .reportProgress ICU calls back at every start position and during long
        // backtracking, so a runaway match stops at the work budget. Patterns that cannot
        // backtrack exponentially skip the callbacks (see RuleRegex) and always run to the end.
        var progressCalls = 0
        // No transparent bounds: they slowed every regex, and the span already starts at the
        // beginning of its first line, so lookbehinds see a heading's label.
        var options: NSRegularExpression.MatchingOptions = []
        if regex.mayBacktrackExponentially { options.insert(.reportProgress) }
        for range in searched where complete {
            regex.expression.enumerateMatches(in: text.string, options: options, range: text.utf16Range(range)) { found, _, stop in
                guard let match = found else {
                    progressCalls += 1
                    if progressCalls > budget || (progressCalls & 0xFFF == 0 && self.cancellation?.isCancelled == true) {
                        complete = false
                        stop.pointee = true
                    }
                    return
                }
                guard match.range.length > 0 else { return }
                let scalars = text.scalarRange(match.range)
                let original = normalized.originalRange(scalars)
                let tokens = normalized.tokenRange(original)
                guard let first = tokens.first, first < owner.count, owner[first] >= 0 else { return }
                let segment = Int(owner[first])
                var range = segments[segment].range
                // A table row is one statement read across its cells ("| Tỷ lệ … tái sử dụng | % |
                // 60 | 80 |"): a match within one line may run on through the row's next cells.
                if segments[segment].role == .cell, original.upperBound > range.upperBound + 1,
                   !normalized.scalars[scalars.clamped(to: 0..<normalized.scalars.count)].contains("\n") {
                    var next = segment + 1
                    while next < segments.count, segments[next].role == .cell, range.upperBound + 1 < original.upperBound,
                          segments[next].range.lowerBound <= original.upperBound {
                        range = range.lowerBound..<segments[next].range.upperBound
                        next += 1
                    }
                }
                guard original.lowerBound >= range.lowerBound - 1 else { return }
                guard original.upperBound <= range.upperBound + 1 else {
                    // The greedy path ran on into the next segment ("… 40% trong năm 2027;⏎ phấn
                    // đấu … 60%", the next item): the match its own segment holds, if any.
                    if !regex.mayBacktrackExponentially, let within = Self.match(regex, in: text, from: scalars.lowerBound,
                                                                                   to: normalized.normalizedRange(range).upperBound + 1) {
                        result.append((within, segment))
                    }
                    return
                }
                result.append((scalars, segment))
            }
        }
        if !complete {
            let warning = CheckWarning(kind: .ruleProblem, ruleId: currentRule, message: LocalizedText(
                vi: "\(currentRule): tìm kiếm theo biểu thức dừng sau \(budget) đơn vị xử lý trên văn bản này; yêu cầu được ghi là chưa xác định",
                en: "\(currentRule): regex search stopped after \(budget) units of work on this document; the requirement is marked unknown"))
            if !warnings.contains(warning) { warnings.append(warning) }
        }
        let matches = RegexMatches(matches: result, complete: complete)
        regexResults[key] = matches
        return matches
    }

    /// The stretches of `span` to search for a regex that needs one of `literals` (normalised,
    /// lowercase scalars): the scope's segments holding one, widened to whole lines and to the next
    /// line with text, merged where they touch.
    private func candidateRanges(_ required: [[Unicode.Scalar]]?, in span: Range<Int>, scope: Scope) -> [Range<Int>] {
        let scalars = document.normalized.scalars
        // Each literal's positions within the span, from the index (a literal the rule set did
        // not declare is looked for once and kept), merged. Without literals, every segment.
        var positions: [Int] = []
        let literals = required ?? []
        let missing = literals.filter { literalPositions[$0] == nil }
        if !missing.isEmpty { literalPositions.merge(Self.positions(of: missing, in: scalars)) { old, _ in old } }
        for literal in literals {
            guard let all = literalPositions[literal] else { continue }
            var low = 0, high = all.count
            while low < high {
                let mid = (low + high) / 2
                if all[mid] < span.lowerBound { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < all.count, all[index] + literal.count <= span.upperBound {
                positions.append(all[index])
                index += 1
            }
        }
        if literals.count > 1 { positions = Array(Set(positions)).sorted() }
        guard !positions.isEmpty || required == nil else { return [] }
        /// The start of the line of `at`, looked for no further back than `floor` (the end of the
        /// stretch before, which a stretch reaching it joins anyway): each scalar is walked once.
        func lineStart(_ at: Int, floor: Int) -> Int {
            var start = min(at, scalars.count)
            while start > floor, scalars[start - 1] != "\n" { start -= 1 }
            return start
        }
        /// The end of the first line with text after the line of `at` (blank lines between are
        /// whitespace a lookahead may skip).
        // Ends asked for in ascending order: one asked from the line of the last answer has it.
        var lastLineEnd = -1, lastAnswer = 0
        func nextTextLineEnd(_ at: Int) -> Int {
            if at <= lastLineEnd { return lastAnswer }
            var end = at
            while end < span.upperBound, scalars[end] != "\n" { end += 1 }
            lastLineEnd = end
            var sawText = false
            while end < span.upperBound {
                end += 1
                guard end < span.upperBound else { break }
                let scalar = scalars[end]
                // The normalised text has only these spaces (every other is written " ").
                if scalar == "\n" { if sawText { break } } else if scalar != " " && scalar != "\t" && scalar != "\r" { sawText = true }
            }
            lastAnswer = min(end, span.upperBound)
            return lastAnswer
        }
        var ranges: [Range<Int>] = []
        var next = 0  // first position not yet placed
        let segments = document.tree.segments
        for segment in scope.segments {
            guard next < positions.count || required == nil else { break }
            let range = document.normalized.normalizedRange(segments[segment].range)
            if required != nil {
                // A match may reach one scalar past its segment (see `regexMatches`).
                let lower = range.lowerBound - 1, upper = range.upperBound + 1
                while next < positions.count, positions[next] < lower { next += 1 }
                guard next < positions.count, positions[next] < upper else { continue }
            }
            let floor = max(span.lowerBound, ranges.last?.upperBound ?? 0)
            let stretch = lineStart(range.lowerBound, floor: floor)..<nextTextLineEnd(range.upperBound)
            if let last = ranges.last, stretch.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, stretch.upperBound)
            } else {
                ranges.append(stretch)
            }
        }
        return ranges
    }

    /// The first match of a regex within `start..<end` (normalised scalar offsets), `^` and `$`
    /// keeping their meaning in the whole text.
    private static func match(_ regex: RuleRegex, in text: RegexText, from start: Int, to end: Int) -> Range<Int>? {
        let end = min(end, text.scalarCount)
        guard start < end else { return nil }
        guard let found = regex.expression.firstMatch(in: text.string, options: [.withoutAnchoringBounds], range: text.utf16Range(start..<end)),
              found.range.length > 0 else { return nil }
        return text.scalarRange(found.range)
    }

    private var scopes: [RuleScope: Scope] = [:]

    /// A scope of this document, resolved once (rules and scoped conditions share it).
    func scope(_ scope: RuleScope, in document: StructuredDocument, sectionPhrases: [Phrase]) -> Scope {
        if let known = scopes[scope] { return known }
        let resolved = Scope.resolve(scope, in: document, sectionPhrases: sectionPhrases)
        scopes[scope] = resolved
        return resolved
    }
}

/// A document's normalised text as one String, with UTF-16 offsets of each scalar, so that
/// NSRegularExpression runs on segments without building a String per segment. Text without
/// scalars beyond the Basic Multilingual Plane (nearly every plan) needs no offset table: its
/// UTF-16 offsets are its scalar offsets.
struct RegexText {
    let string: String
    /// Offset of each scalar, plus the end; nil when they equal the scalar offsets.
    private let utf16Offsets: [Int32]?
    private let utf16Count: Int

    init(_ normalized: NormalizedText) {
        // The String's UTF-8 written in place, its length counted first: no byte array beside it
        // (that doubled this step's memory, at a check's peak).
        let scalars = normalized.scalars
        var length = 0
        var astral = false
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            if value > 0xFFFF { astral = true }
        }
        string = String(scalars: scalars, utf8Count: length)
        var offsets: [Int32] = []
        var offset: Int32 = 0
        if astral {
            offsets.reserveCapacity(scalars.count + 1)
            for scalar in scalars {
                offsets.append(offset)
                offset += scalar.value > 0xFFFF ? 2 : 1
            }
            offsets.append(offset)
        } else {
            offset = Int32(truncatingIfNeeded: scalars.count)
        }
        utf16Offsets = astral ? offsets : nil
        utf16Count = Int(offset)
    }

    var fullRange: NSRange { NSRange(location: 0, length: utf16Count) }
    /// How many scalars the text has.
    var scalarCount: Int { utf16Offsets.map { $0.count - 1 } ?? utf16Count }

    func utf16Range(_ scalars: Range<Int>) -> NSRange {
        guard let utf16Offsets else { return NSRange(location: scalars.lowerBound, length: scalars.count) }
        let lower = Int(utf16Offsets[scalars.lowerBound]), upper = Int(utf16Offsets[scalars.upperBound])
        return NSRange(location: lower, length: upper - lower)
    }

    func scalarRange(_ range: NSRange) -> Range<Int> {
        scalarIndex(range.location)..<scalarIndex(range.location + range.length)
    }

    private func scalarIndex(_ utf16: Int) -> Int {
        guard let utf16Offsets else { return utf16 }
        var low = 0, high = utf16Offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if Int(utf16Offsets[mid]) < utf16 { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
