import PlanCheckDocuments
import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// The outcome of checking one file: the matcher's result, or why the file could not be read.
public struct DocumentReport: Sendable {
    public var path: String
    public var result: DocumentResult?
    /// Why the file could not be read, in both languages (shown in the chosen one).
    public var error: LocalizedText?

    public init(path: String, result: DocumentResult) {
        self.path = path
        self.result = result
    }

    public init(path: String, error: LocalizedText) {
        self.path = path
        self.error = error
    }

    public init(path: String, error: DocumentError) {
        self.init(path: path, error: LocalizedText(vi: error.vietnamese, en: error.message))
    }

    /// Whether a requirement at or above `threshold` is missing or partial (an `unknown` one is
    /// for a person to review, not a gap the plan is known to have).
    public func fails(at threshold: Severity) -> Bool {
        result?.findings.contains { $0.severity >= threshold && $0.status != .unknown } ?? false
    }
}

/// A rule set a report was made with, by id and version (so a report says what it was checked against).
public struct RuleSetInfo: Sendable, Codable, Equatable {
    public var id: String
    public var version: String
    public init(id: String, version: String) {
        self.id = id
        self.version = version
    }
}

/// What one run produced; every formatter reads only this.
public struct Report: Sendable {
    public static let toolName = "plancheck"
    public var toolVersion: String
    public var ruleSets: [RuleSetInfo]
    public var documents: [DocumentReport]
    /// About the run rather than one document: expired waivers of the configuration.
    public var warnings: [CheckWarning]

    public init(toolVersion: String, ruleSets: [RuleSetInfo], documents: [DocumentReport], warnings: [CheckWarning] = []) {
        self.toolVersion = toolVersion
        self.ruleSets = ruleSets
        self.documents = documents
        self.warnings = warnings
    }

    public var summary: Summary { Summary(documents) }

    /// For each document, the earlier one it duplicates (see `Duplicates`), or nil.
    public var duplicateOf: [Int?] { Duplicates.leaders(documents) }

    public var hasUnreadable: Bool { documents.contains { $0.error != nil } }

    public func fails(at threshold: Severity) -> Bool { documents.contains { $0.fails(at: threshold) } }
}

/// Counts of requirement statuses, per severity, over all readable documents; detectors (about
/// the checking, not requirements) are counted apart, as are documents that are not plans.
public struct Summary: Sendable, Equatable {
    public struct Counts: Sendable, Equatable, Codable {
        public var covered = 0
        public var partial = 0
        public var missing = 0
        public var notApplicable = 0
        public var waived = 0
        public var unknown = 0

        mutating func add(_ status: RequirementStatus) {
            switch status {
            case .covered: covered += 1
            case .partial: partial += 1
            case .missing: missing += 1
            case .notApplicable: notApplicable += 1
            case .waived: waived += 1
            case .unknown: unknown += 1
            }
        }
    }

    public var documents: Int
    public var unreadable: Int
    /// Readable documents that are not plans.
    public var notPlans: Int
    /// Documents that duplicate an earlier one (the same plan sent twice): not counted again.
    public var duplicates: Int
    public var bySeverity: [Severity: Counts]
    /// Per detector, the documents in which it found something (its status missing or partial).
    public var detectors: [String: Int]

    public init(_ reports: [DocumentReport]) {
        documents = reports.count
        unreadable = reports.filter { $0.error != nil }.count
        notPlans = reports.filter { $0.result?.form == .notAPlan }.count
        let leaders = Duplicates.leaders(reports)
        duplicates = leaders.compactMap { $0 }.count
        var counts: [Severity: Counts] = [:]
        var detectors: [String: Int] = [:]
        for severity in Severity.allCases { counts[severity] = Counts() }
        for (report, leader) in zip(reports, leaders) where leader == nil {
            for requirement in report.result?.requirements ?? [] {
                if requirement.rule.isDetector {
                    if requirement.status == .missing || requirement.status == .partial { detectors[requirement.id, default: 0] += 1 }
                } else {
                    counts[requirement.severity, default: Counts()].add(requirement.status)
                }
            }
        }
        bySeverity = counts
        self.detectors = detectors
    }
}
