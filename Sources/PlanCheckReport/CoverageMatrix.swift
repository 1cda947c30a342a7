import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// Documents × requirements with the summaries the institute reads: what the HTML, XLSX, CSV and
/// JSON screening outputs show, built once from the report.
public struct CoverageMatrix: Sendable {
    public struct Column: Sendable {
        public var rule: Rule
        /// The rule set's title: the area the requirement belongs to.
        public var area: LocalizedText
        public var id: String { rule.id }
    }

    /// Share of applicable requirements met, counting a partial one as half.
    public struct Score: Sendable, Equatable, Codable {
        public var covered = 0
        public var partial = 0
        public var missing = 0
        public var applicable: Int { covered + partial + missing }
        public var value: Double? { applicable == 0 ? nil : (Double(covered) + Double(partial) / 2) / Double(applicable) }

        mutating func add(_ status: RequirementStatus?) {
            switch status {
            case .covered?: covered += 1
            case .partial?: partial += 1
            case .missing?: missing += 1
            default: break
            }
        }
    }

    public struct Row: Sendable {
        public var document: DocumentReport
        /// One status per column; nil when the document could not be read or the rule did not run.
        public var cells: [RequirementResult?]
        public var scores: [Severity: Score]
        /// The row this document duplicates (the same plan sent twice), or nil when it leads.
        public var duplicateOf: Int? = nil
        /// The rows that duplicate this one.
        public var duplicates: [Int] = []
        public var path: String { document.path }
        public var profile: Profile? { document.result?.profile }
        /// Read, and a plan: what profile groups and per-profile counts take in.
        public var isPlan: Bool { document.result.map { $0.form != .notAPlan } ?? false }
    }

    /// How the plans fare on one requirement, all together and by profile.
    public struct RequirementSummary: Sendable {
        public var column: Int
        public var all: Summary.Counts
        public var ministries: Summary.Counts
        public var provinces: Summary.Counts
        /// Plans for which the requirement applies (covered, partial or missing).
        public var applicable: Int { all.covered + all.partial + all.missing }
    }

    /// Documents of one profile (ministries, provinces, or not detected) taken together; or the
    /// documents that are not plans, apart from every profile.
    public struct GroupSummary: Sendable {
        public var profile: Profile?
        public var documents: Int
        public var scores: [Severity: Score]
        public var notPlans = false
    }

    public var columns: [Column]
    public var rows: [Row]
    public var requirements: [RequirementSummary]
    public var groups: [GroupSummary]
    /// This round beside the previous one, when the report was asked to compare (--compare).
    public var comparison: RoundComparison?

    /// `rules` are the rules that ran, in catalogue order; `areas` maps a rule ID to its set's title.
    public init(report: Report, rules: [Rule], areas: [String: LocalizedText] = [:]) {
        columns = rules.map { Column(rule: $0, area: areas[$0.id] ?? LocalizedText(vi: "", en: "")) }
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = report.documents.map { document in
            var cells = [RequirementResult?](repeating: nil, count: rules.count)
            var scores: [Severity: Score] = [:]
            for requirement in document.result?.requirements ?? [] {
                guard let column = index[requirement.id] else { continue }
                cells[column] = requirement
                // A score measures the plan against its requirements; detectors are about the checking.
                if !requirement.rule.isDetector { scores[requirement.severity, default: Score()].add(requirement.status) }
            }
            return Row(document: document, cells: cells, scores: scores)
        }
        for (index, leader) in Duplicates.leaders(report.documents).enumerated() {
            guard let leader else { continue }
            rows[index].duplicateOf = leader
            rows[leader].duplicates.append(index)
        }
        self.rows = rows
        // Counted once: a plan sent twice is one plan.
        let counted = rows.filter { $0.duplicateOf == nil }
        requirements = rules.indices.map { column in
            var summary = RequirementSummary(column: column, all: .init(), ministries: .init(), provinces: .init())
            for row in counted {
                guard let status = row.cells[column]?.status else { continue }
                summary.all.add(status)
                guard row.isPlan else { continue }
                if row.profile == .ministry { summary.ministries.add(status) }
                if row.profile == .province { summary.provinces.add(status) }
            }
            return summary
        }
        let plans = counted.filter { $0.isPlan }
        func group(_ members: [Row], profile: Profile?, notPlans: Bool = false) -> GroupSummary {
            var scores: [Severity: Score] = [:]
            for row in members {
                for (severity, score) in row.scores {
                    scores[severity, default: Score()].covered += score.covered
                    scores[severity, default: Score()].partial += score.partial
                    scores[severity, default: Score()].missing += score.missing
                }
            }
            return GroupSummary(profile: profile, documents: members.count, scores: scores, notPlans: notPlans)
        }
        groups = [Profile.ministry, .province, nil].compactMap { profile in
            let members = plans.filter { $0.profile == profile }
            return members.isEmpty && profile == nil ? nil : group(members, profile: profile)
        }
        let notPlans = counted.filter { $0.document.result?.form == .notAPlan }
        if !notPlans.isEmpty { groups.append(group(notPlans, profile: nil, notPlans: true)) }
    }

    /// Requirements missing from the most plans (partial counted apart), most first; ties in
    /// catalogue order. Detectors are not requirements and are left out.
    public func mostOftenMissing(limit: Int = 10) -> [RequirementSummary] {
        Array(requirements.filter { $0.all.missing > 0 && !columns[$0.column].rule.isDetector }
            .sorted { ($0.all.missing, -$0.column) > ($1.all.missing, -$1.column) }
            .prefix(limit))
    }

    /// The symbol shown with each status, so that the matrix does not rely on colour alone.
    public static func symbol(_ status: RequirementStatus?) -> String {
        switch status {
        case .covered?: return "✓"
        case .partial?: return "◐"
        case .missing?: return "✗"
        case .notApplicable?: return "–"
        case .waived?: return "⊘"
        case .unknown?: return "?"
        case nil: return "·"
        }
    }
}
