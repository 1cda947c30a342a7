import Foundation
import PlanCheckText
import PlanCheckStructure

/// A place in the document where a term matched.
/// Offsets as Int32 (16 bytes a hit, not 32): a large plan's hit lists are a visible part of
/// its memory, and offsets stay far below 2^31 (`DocumentLimits.maxTextScalars`).
struct Hit {
    private var lower: Int32, upper: Int32  // original scalar offsets
    private var segmentIndex: Int32
    var strength: Phrase.Strength

    init(range: Range<Int>, segment: Int, strength: Phrase.Strength) {
        lower = Int32(truncatingIfNeeded: range.lowerBound)
        upper = Int32(truncatingIfNeeded: range.upperBound)
        segmentIndex = Int32(truncatingIfNeeded: segment)
        self.strength = strength
    }

    var range: Range<Int> {
        get { Int(lower)..<Int(upper) }
        set {
            lower = Int32(truncatingIfNeeded: newValue.lowerBound)
            upper = Int32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    var segment: Int {
        get { Int(segmentIndex) }
        set { segmentIndex = Int32(truncatingIfNeeded: newValue) }
    }
}

/// The result of evaluating a condition: whether it holds, how strongly, and the hits that show it.
/// `incomplete` says that a failing condition was not fully evaluated (a regex search stopped by
/// its work budget), so its failure is not established.
struct Outcome {
    var holds: Bool
    var strength: Phrase.Strength
    var hits: [Hit]
    var incomplete = false

    static let fails = Outcome(holds: false, strength: .exact, hits: [])
    static let undetermined = Outcome(holds: false, strength: .exact, hits: [], incomplete: true)
}

/// Evaluates compiled conditions over one scope of one document.
struct ConditionEvaluator {
    let document: StructuredDocument
    let scan: DocumentScan
    var scope: Scope
    /// Hits weaker than this are ignored (`--min-confidence`).
    var minimum: Phrase.Strength = .weak
    /// When a check judges a rule over a part of its own choosing (the past results, for DS902),
    /// a `scoped` condition reads only what of its scope lies in that part.
    var confinement: Scope?
    /// Token ranges of the rule's `except` phrases and of the document's conditional clauses, sorted
    /// and merged: a hit inside one does not count.
    var masked: [Range<Int>] = []

    /// Sorted, non-overlapping ranges covering the given ones.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Whether tokens `start..<end` lie inside a masked range (binary search).
    private func isMasked(_ start: Int, _ end: Int) -> Bool {
        var low = 0, high = masked.count
        while low < high {
            let mid = (low + high) / 2
            if masked[mid].lowerBound <= start { low = mid + 1 } else { high = mid }
        }
        return low > 0 && end <= masked[low - 1].upperBound
    }

    /// How many hits a term keeps: enough for evidence, bounded for long documents.
    static let hitLimit = 8

    func evaluate(_ condition: CompiledCondition) -> Outcome {
        switch condition {
        case .any(let children):
            var best: Outcome?
            var hits: [Hit] = []
            var incomplete = false
            for child in children {
                let outcome = evaluate(child)
                incomplete = incomplete || outcome.incomplete
                guard outcome.holds else { continue }
                hits += outcome.hits
                if let current = best, current.strength >= outcome.strength { continue }
                best = outcome
            }
            guard let best else { return incomplete ? .undetermined : .fails }
            return Outcome(holds: true, strength: best.strength, hits: Array(hits.prefix(Self.hitLimit)))
        case .all(let children):
            var strength = Phrase.Strength.exact
            var found: [[Hit]] = []
            var incomplete = false
            for child in children {
                let outcome = evaluate(child)
                if outcome.incomplete {
                    incomplete = true
                    continue
                }
                guard outcome.holds else { return .fails }
                strength = min(strength, outcome.strength)
                if !outcome.hits.isEmpty { found.append(outcome.hits) }
            }
            // Two hits of each part; all of the one part that quotes anything (beside a `none:`).
            let hits = found.count == 1 ? found[0] : found.flatMap { $0.prefix(2) }
            return incomplete ? .undetermined : Outcome(holds: true, strength: strength, hits: hits)
        case .none(let children):
            let outcomes = children.map { evaluate($0) }
            if outcomes.contains(where: \.holds) { return .fails }
            return outcomes.contains(where: \.incomplete) ? .undetermined : Outcome(holds: true, strength: .exact, hits: [])
        case .phrases(let phrases):
            return outcome(phraseHits(phrases, headingsOnly: false))
        case .heading(let phrases):
            return outcome(phraseHits(phrases, headingsOnly: true))
        case .regex(let regex):
            let (hits, complete) = regexHits(regex)
            return hits.isEmpty && !complete ? .undetermined : outcome(hits)
        case .near(let groups, let within):
            return outcome(nearHits(groups, within: within))
        case .scoped(let scope, let sectionPhrases, let inner):
            var elsewhere = self
            let wanted = scan.scope(scope, in: document, sectionPhrases: sectionPhrases)
            elsewhere.scope = confinement.map { part in Scope(segments: wanted.segments.filter(part.contains(segment:))) } ?? wanted
            return elsewhere.evaluate(inner)
        }
    }

    private func outcome(_ hits: [Hit]) -> Outcome {
        guard !hits.isEmpty else { return .fails }
        let strength = hits.map(\.strength).max() ?? .exact
        // Prefer exact hits as evidence; keep document order among equals.
        let ordered = hits.filter { $0.strength == strength } + hits.filter { $0.strength != strength }
        return Outcome(holds: true, strength: strength, hits: Array(ordered.prefix(Self.hitLimit)))
    }

    /// A `heading:` phrase must start within this many syllables of the start of the title
    /// (its label such as "IV." or "Phần II." included).
    static let headingLead = 8

    /// Occurrences of any of the phrases inside the scope, not crossing a segment boundary.
    func phraseHits(_ phrases: [Phrase], headingsOnly: Bool) -> [Hit] {
        phraseOccurrences(phrases, headingsOnly: headingsOnly).map(\.hit)
    }

    /// Phrase hits with the tokens their original range covers (`NormalizedText.tokenRange`, which
    /// takes in every token of an abbreviation's expansion), in text order.
    private func phraseOccurrences(_ phrases: [Phrase], headingsOnly: Bool) -> [(hit: Hit, tokens: Range<Int>)] {
        let tokens = document.normalized.tokens
        let owner = document.tree.segmentOfToken
        var lists: [[(hit: Hit, tokens: Range<Int>)]] = []
        for phrase in phrases {
            var hits: [(hit: Hit, tokens: Range<Int>)] = []
            for (found, strength) in scan.occurrences(of: phrase) where strength >= minimum {
                let start = Int(found)
                let end = start + phrase.keys.count
                let segment = Int(owner[start])
                guard segment >= 0, Int(owner[end - 1]) == segment, scope.contains(segment: segment) else { continue }
                if !masked.isEmpty, isMasked(start, end) { continue }
                if headingsOnly {
                    // A title about X names X early; a long "Điều 1. Ban hành … tầm nhìn đến năm 2045"
                    // is an article's sentence that mentions X, not a section on it.
                    let heading = document.tree.segments[segment]
                    guard heading.role == .heading, start - heading.tokens.lowerBound < Self.headingLead else { continue }
                }
                let range = Int(tokens[start].start)..<Int(tokens[end - 1].end)
                var lower = start, upper = end
                while lower > 0, Int(tokens[lower - 1].end) > range.lowerBound { lower -= 1 }
                while upper < tokens.count, Int(tokens[upper].start) < range.upperBound { upper += 1 }
                hits.append((Hit(range: range, segment: segment, strength: strength), lower..<upper))
            }
            if !hits.isEmpty { lists.append(hits) }
        }
        return Self.merged(lists)
    }

    /// Lists each ascending by start, merged into one in pairs (O(n log k), not a sort of all);
    /// stable: on equal starts the earlier list's hit comes first, as the phrases were listed.
    private static func merged(_ lists: [[(hit: Hit, tokens: Range<Int>)]]) -> [(hit: Hit, tokens: Range<Int>)] {
        var lists = lists
        while lists.count > 1 {
            var next: [[(hit: Hit, tokens: Range<Int>)]] = []
            next.reserveCapacity((lists.count + 1) / 2)
            var index = 0
            while index + 1 < lists.count {
                let (a, b) = (lists[index], lists[index + 1])
                var out: [(hit: Hit, tokens: Range<Int>)] = []
                out.reserveCapacity(a.count + b.count)
                var i = 0, j = 0
                while i < a.count, j < b.count {
                    if b[j].hit.range.lowerBound < a[i].hit.range.lowerBound {
                        out.append(b[j])
                        j += 1
                    } else {
                        out.append(a[i])
                        i += 1
                    }
                }
                out.append(contentsOf: a[i...])
                out.append(contentsOf: b[j...])
                next.append(out)
                index += 2
            }
            if index < lists.count { next.append(lists[index]) }
            lists = next
        }
        return lists.first ?? []
    }

    /// Regex matches in the scope's segments. Each regex runs once over the whole normalised text
    /// of the document (shared by every scope that asks); a match counts when it lies inside one
    /// segment of the scope.
    private func regexHits(_ regex: RuleRegex) -> (hits: [Hit], complete: Bool) {
        var hits: [Hit] = []
        let found = scan.regexMatches(regex, within: scope)
        for (scalars, segment) in found.matches where scope.contains(segment: segment) {
            let original = document.normalized.originalRange(scalars)
            if !masked.isEmpty, let first = document.normalized.tokenRange(original).first,
               let last = document.normalized.tokenRange(original).last, isMasked(first, last + 1) { continue }
            hits.append(Hit(range: original, segment: segment, strength: .exact))
            if hits.count >= Self.hitLimit { break }
        }
        return (hits, found.complete)
    }

    /// Whether a sentence ends between two token ranges ("… dữ liệu của tỉnh. Chủ trì: Sở Thông tin
    /// và Truyền thông" does not put "truyền thông" near "dữ liệu").
    private func crossesSentence(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let tokens = document.normalized.tokens
        let lower = min(a.lowerBound, b.lowerBound), upper = max(a.upperBound, b.upperBound)
        let scalars = document.document.source.scalars
        return (lower + 1..<upper).contains { index in
            guard index < tokens.count else { return false }
            if tokens[index].sentenceBreakBefore { return true }
            // A ";" ends an item of an enumeration: terms on either side are in different items
            // ("giảm các chế độ báo cáo thủ công; thực hiện hằng năm" is no reporting rhythm).
            // A ";" inside brackets lists names ("(Sở Du lịch; Sở Văn hóa)") and ends no item.
            guard tokens[index].clauseBreakBefore else { return false }
            let gap = Int(tokens[index - 1].end)..<max(Int(tokens[index - 1].end), Int(tokens[index].start))
            guard let semicolon = scalars[gap].firstIndex(of: ";") else { return false }
            return !scalars.isInsideBrackets(semicolon)
        }
    }

    /// One phrase of every group, in one segment and one sentence, each within `within` syllables
    /// of the first group's.
    private func nearHits(_ groups: [[Phrase]], within: Int) -> [Hit] {
        let perGroup = groups.map { phraseOccurrences($0, headingsOnly: false) }
        guard let anchors = perGroup.first, perGroup.allSatisfy({ !$0.isEmpty }) else { return [] }
        // The other groups' hits by segment, with their token ranges: an anchor looks only at its
        // own segment's, so the work grows with the hits, not with their product.
        let bySegment = perGroup.dropFirst().map { group in
            Dictionary(grouping: group, by: { $0.hit.segment })
        }
        var hits: [Hit] = []
        for (anchor, anchorTokens) in anchors {
            var lower = anchor.range.lowerBound, upper = anchor.range.upperBound
            var strength = anchor.strength
            var complete = true
            for others in bySegment {
                let candidates = (others[anchor.segment] ?? []).map { hit, other -> (Hit, Int, Range<Int>) in
                    let gap = max(0, other.lowerBound - anchorTokens.upperBound, anchorTokens.lowerBound - other.upperBound)
                    return (hit, gap, other)
                }
                guard let (nearest, _, _) = candidates.filter({ $0.1 <= within && !crossesSentence(anchorTokens, $0.2) })
                        .min(by: { $0.1 < $1.1 }) else {
                    complete = false
                    break
                }
                lower = min(lower, nearest.range.lowerBound)
                upper = max(upper, nearest.range.upperBound)
                strength = min(strength, nearest.strength)
            }
            if complete { hits.append(Hit(range: lower..<upper, segment: anchor.segment, strength: strength)) }
        }
        return hits
    }
}
