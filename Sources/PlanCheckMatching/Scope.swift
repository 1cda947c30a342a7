import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// The segments of a document that one rule reads.
struct Scope {
    /// Ascending segment indices.
    let segments: [Int]
    /// Membership by segment index, without hashing (checked for every phrase occurrence).
    private let member: [Bool]
    /// A hash of `segments`, made once: searches are cached by scope (`DocumentScan`), and a
    /// scope is asked for often. Equal scopes compare their segments (the same array buffer for
    /// a cached scope, so in constant time).
    let fingerprint: Int

    init(segments: [Int]) {
        self.segments = segments
        var hasher = Hasher()
        hasher.combine(segments)
        fingerprint = hasher.finalize()
        var member = [Bool](repeating: false, count: (segments.last ?? -1) + 1)
        for segment in segments { member[segment] = true }
        self.member = member
    }

    func contains(segment: Int) -> Bool { segment >= 0 && segment < member.count && member[segment] }

    /// How many lines above "Nơi nhận" the closing block may start, and how many lines it has
    /// when there is no "Nơi nhận" (four times as many lines with text from "Nơi nhận" on: long
    /// lists of recipients).
    static let linesAboveRecipients = 6, closingLines = 10
    private static let noi = Syllable.word("nơi"), nhan = Syllable.word("nhận"), kem = Syllable.word("kèm"),
                       theo = Syllable.word("theo")

    /// `sectionPhrases` are the compiled phrases of a `.sections` scope.
    static func resolve(_ scope: RuleScope, in document: StructuredDocument, sectionPhrases: [Phrase]) -> Scope {
        let tree = document.tree
        let all = Array(tree.segments.indices)
        switch scope {
        case .document:
            return Scope(segments: all)
        case .plan:
            // Nor are the tasks the plan stops or puts off, nor the basis lines before the first part
            // ("Căn cứ Quyết định … giao dự toán ngân sách năm 2026", "Căn cứ Báo cáo tổng kết năm
            // 2025"): what others decided or reported.
            let results = Set(document.resultSegments)
            return Scope(segments: all.filter { segment in
                !results.contains(segment) && !document.withdrawnSegments.contains(segment)
                    && !(tree.segments[segment].node == 0 && document.basisSegments.contains(segment))
            })
        case .headings:
            return Scope(segments: all.filter { tree.segments[$0].role == .heading })
        case .annex:
            let annexes = tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex }
            return Scope(segments: tree.segments(inSubtreesOf: Set(annexes)))
        case .closing:
            // From each "Nơi nhận" (a line, or a cell of the closing table) through the recipients and
            // the signature block beside or under them, to the next part or annex (forty lines with
            // text at most); with the few lines above it, where a signature typed above the
            // recipients stands (lines, not a table's cells). Without "Nơi nhận", the last lines
            // before the annexes or the note attaching one ("(Kèm theo …)"), or before the end.
            let tokens = document.normalized.tokens
            let source = document.document.source
            func line(_ segment: Int) -> Int { source.lineIndex(of: tree.segments[segment].range.lowerBound) }
            func opens(_ segment: Int, _ first: Syllable, _ second: Syllable) -> Bool {
                let words = tree.segments[segment].tokens
                return words.count >= 2 && tokens[words.lowerBound].key == first && tokens[words.lowerBound + 1].key == second
            }
            let anchors = tree.segments.indices.filter { opens($0, Self.noi, Self.nhan) }
            guard !anchors.isEmpty else {
                let annex = tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex }.compactMap { tree.nodes[$0].titleSegment }.min()
                // The note in brackets, not a sentence that opens "Kèm theo Kế hoạch này …".
                let attached = tree.segments.indices.first { segment in
                    opens(segment, Self.kem, Self.theo)
                        && source.scalars[tree.segments[segment].range].first(where: { $0 != "*" && $0 != "_" && $0 != " " }) == "("
                }
                let end = [annex, attached, tree.segments.count].compactMap { $0 }.min() ?? tree.segments.count
                guard end > 0 else { return Scope(segments: []) }
                let last = line(end - 1)
                var start = end
                while start > 0, line(start - 1) >= last - Self.closingLines { start -= 1 }
                return Scope(segments: Array(start..<end))
            }
            var chosen = Set<Int>()
            for anchor in anchors {
                let first = line(anchor)
                var above = anchor
                while above > 0, line(above - 1) >= first - Self.linesAboveRecipients, tree.segments[above - 1].role != .cell { above -= 1 }
                chosen.formUnion(above..<anchor)
                var lines = Set<Int>()
                for index in anchor..<tree.segments.count {
                    let node = tree.nodes[tree.segments[index].node]
                    if index > anchor, node.titleSegment == index, node.isHeading, node.label?.kind != .recipients { break }
                    lines.insert(line(index))
                    if lines.count > Self.closingLines * 4 { break }
                    chosen.insert(index)
                }
            }
            return Scope(segments: chosen.sorted())
        case .header:
            let end = max(document.headerSegments.upperBound, document.titleSegments.upperBound)
            return Scope(segments: Array(0..<min(end, tree.segments.count)))
        case .data:
            return Scope(segments: document.dataSegments)
        case .task:
            // The tasks in data scope: what tasks sections say there, and the task-table rows.
            let data = Set(document.dataSegments)
            let targets = tree.insideMask(Set(document.targetNodes))
            var segments = Set(tree.segments(inSubtreesOf: Set(document.taskNodes))
                .filter { data.contains($0) && !targets[tree.segments[$0].node] })
            for task in document.dataTasks { segments.formUnion(task.segments) }
            return Scope(segments: segments.sorted())
        case .sections:
            var selected: Set<Int> = []
            for (index, node) in tree.nodes.enumerated() where node.isHeading {
                guard let title = node.titleSegment else { continue }
                let tokens = tree.segments[title].tokens
                let found = tokens.contains { start in
                    sectionPhrases.contains { start + $0.keys.count <= tokens.upperBound && $0.match(at: start, in: document.normalized.tokens) != nil }
                }
                if found {
                    selected.insert(index)
                }
            }
            return Scope(segments: tree.segments(inSubtreesOf: selected))
        }
    }
}
