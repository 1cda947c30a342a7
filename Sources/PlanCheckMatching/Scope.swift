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

    /// `sectionPhrases` are the compiled phrases of a `.sections` scope.
    static func resolve(_ scope: RuleScope, in document: StructuredDocument, sectionPhrases: [Phrase]) -> Scope {
        let tree = document.tree
        let all = Array(tree.segments.indices)
        switch scope {
        case .document:
            return Scope(segments: all)
        case .plan:
            let results = Set(document.resultSegments)
            return Scope(segments: all.filter { !results.contains($0) })
        case .headings:
            return Scope(segments: all.filter { tree.segments[$0].role == .heading })
        case .annex:
            let annexes = tree.nodes.indices.filter { tree.nodes[$0].label?.kind == .annex }
            return Scope(segments: tree.segments(inSubtreesOf: Set(annexes)))
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
