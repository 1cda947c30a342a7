import Foundation
import PlanCheckMatching
import PlanCheckRules
import PlanCheckStructure

/// The public JSON contract (docs/report.schema.json). Change it only by adding fields.
public struct JSONFormatter: Sendable {
    public let language: Language
    public init(language: Language = .vi) { self.language = language }

    /// The report; with a matrix (plancheck report), also the documents × requirements statuses
    /// and per-requirement counts.
    public func format(_ report: Report, matrix: CoverageMatrix? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var payload = Payload(report, language: language)
        payload.matrix = matrix.map(MatrixPayload.init)
        payload.comparison = matrix?.comparison.map { ComparisonPayload($0, report: report) }
        guard let data = try? encoder.encode(payload) else { return "{}" }  // plain value types always encode
        return String(decoding: data, as: UTF8.self)
    }

    struct Payload: Encodable {
        struct Tool: Encodable { var name: String; var version: String }
        var tool: Tool
        var ruleSets: [RuleSetInfo]
        var documents: [Document]
        var summary: SummaryPayload
        var matrix: MatrixPayload?
        /// This round beside the previous one (`plancheck report --compare`).
        var comparison: ComparisonPayload?
        /// About the run rather than one document (an expired waiver of the configuration).
        var warnings: [WarningPayload]

        init(_ report: Report, language: Language) {
            tool = Tool(name: Report.toolName, version: report.toolVersion)
            ruleSets = report.ruleSets
            documents = report.documents.map { Document($0, language: language) }
            // A plan sent twice: the first leads and lists the others, which name it.
            for (index, leader) in report.duplicateOf.enumerated() {
                guard let leader else { continue }
                documents[index].duplicateOf = documents[leader].path
                documents[leader].duplicates = (documents[leader].duplicates ?? []) + [documents[index].path]
            }
            summary = SummaryPayload(report.summary)
            warnings = report.warnings.map { WarningPayload($0, language: language) }
        }
    }

    struct ComparisonPayload: Encodable {
        struct Document: Encodable { var path: String; var previousPath: String; var improved: [String]; var regressed: [String] }
        var previous: String
        var documents: [Document]
        var new: [String]
        var disappeared: [String]

        init(_ comparison: RoundComparison, report: Report) {
            previous = comparison.previousFile
            documents = zip(report.documents, comparison.changes).compactMap { document, change in
                change.map { Document(path: document.path, previousPath: $0.previousPath, improved: $0.improved, regressed: $0.regressed) }
            }
            new = comparison.new
            disappeared = comparison.disappeared
        }
    }

    struct WarningPayload: Encodable {
        var kind: String
        var ruleId: String?
        var message: String
        var file: String?
        var line: Int?
        var column: Int?

        init(_ warning: CheckWarning, language: Language) {
            kind = warning.kind.rawValue
            ruleId = warning.ruleId
            message = warning.message.text(language)
            file = warning.file
            line = warning.line
            column = warning.column
        }
    }

    struct Document: Encodable {
        var path: String
        var profile: String?
        var profileSource: String?
        var form: String?
        var metadata: DocumentMetadata?
        var requirements: [Requirement]
        var findings: [FindingPayload]
        var error: String?
        /// Kept for readers of earlier reports: the rule problems among `warnings`, as text.
        var ruleErrors: [String]?
        var warnings: [WarningPayload]
        /// The earlier document this one duplicates (the same issuer and number).
        var duplicateOf: String?
        /// The later documents that duplicate this one.
        var duplicates: [String]?

        init(_ report: DocumentReport, language: Language) {
            path = report.path
            error = report.error?.text(language)
            let result = report.result
            profile = result?.profile?.rawValue
            profileSource = result?.profileSource.rawValue
            form = result?.form.rawValue
            metadata = result?.metadata
            requirements = result?.requirements.map { Requirement($0, language: language) } ?? []
            findings = result?.findings.map { FindingPayload($0, language: language) } ?? []
            let warnings = result?.warnings ?? []
            self.warnings = warnings.map { WarningPayload($0, language: language) }
            let problems = warnings.filter { $0.kind == .ruleProblem }.map { $0.message.text(language) }
            ruleErrors = problems.isEmpty ? nil : problems
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(profile, forKey: .profile)          // null, not absent
            try container.encode(profileSource, forKey: .profileSource)
            try container.encode(form, forKey: .form)
            try container.encode(metadata, forKey: .metadata)
            try container.encode(requirements, forKey: .requirements)
            try container.encode(findings, forKey: .findings)
            try container.encode(error, forKey: .error)
            try container.encodeIfPresent(ruleErrors, forKey: .ruleErrors)
            try container.encode(warnings, forKey: .warnings)
            try container.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
            try container.encodeIfPresent(duplicates, forKey: .duplicates)
        }

        enum CodingKeys: String, CodingKey { case path, profile, profileSource, form, metadata, requirements, findings, error, ruleErrors, warnings, duplicateOf, duplicates }
    }

    struct Requirement: Encodable {
        var id: String
        var name: String
        var status: String
        var severity: String
        var confidence: String?
        var evidence: [EvidencePayload]
        var waiver: String?
        var reason: String?
        var baseline: Bool

        init(_ result: RequirementResult, language: Language) {
            waiver = result.waiver
            reason = result.reason?.text(language)
            baseline = result.baselined
            id = result.id
            name = result.rule.name
            status = result.status.rawValue
            severity = result.severity.rawValue
            confidence = result.confidence?.rawValue
            evidence = result.evidence.map(EvidencePayload.init)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(severity, forKey: .severity)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(evidence, forKey: .evidence)
            try container.encodeIfPresent(waiver, forKey: .waiver)
            try container.encodeIfPresent(reason, forKey: .reason)
            if baseline { try container.encode(baseline, forKey: .baseline) }
        }

        enum CodingKeys: String, CodingKey { case id, name, status, severity, confidence, evidence, waiver, reason, baseline }
    }

    /// The location's fields (line, column, …, section) with the quote beside them.
    struct EvidencePayload: Encodable {
        var evidence: Evidence

        init(_ evidence: Evidence) { self.evidence = evidence }

        func encode(to encoder: Encoder) throws {
            try evidence.location.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(evidence.quote, forKey: .quote)
            try container.encode(evidence.confidence, forKey: .confidence)
        }

        enum CodingKeys: String, CodingKey { case quote, confidence }
    }

    struct FindingPayload: Encodable {
        var ruleId: String
        var severity: String
        var status: String
        var message: String
        var hint: String
        var detail: String?
        var location: SourceLocation

        init(_ finding: Finding, language: Language) {
            ruleId = finding.ruleId
            severity = finding.severity.rawValue
            status = finding.status.rawValue
            message = finding.rule.message(for: finding.status, language)
            hint = finding.rule.hint.text(language)
            detail = finding.detail?.text(language)
            location = finding.location
        }
    }

    struct MatrixPayload: Encodable {
        struct Row: Encodable {
            var path: String
            var statuses: [String: RequirementStatus]
            var scores: [String: Double]
        }
        struct Requirement: Encodable {
            var id: String
            var severity: Severity
            var all: Summary.Counts
            var ministries: Summary.Counts
            var provinces: Summary.Counts
        }
        var requirements: [Requirement]
        var rows: [Row]

        init(_ matrix: CoverageMatrix) {
            requirements = matrix.requirements.map { summary in
                let rule = matrix.columns[summary.column].rule
                return Requirement(id: rule.id, severity: rule.severity, all: summary.all,
                                   ministries: summary.ministries, provinces: summary.provinces)
            }
            rows = matrix.rows.map { row in
                var statuses: [String: RequirementStatus] = [:]
                for (index, cell) in row.cells.enumerated() { if let cell { statuses[matrix.columns[index].id] = cell.status } }
                var scores: [String: Double] = [:]
                for (severity, score) in row.scores { if let value = score.value { scores[severity.rawValue] = value } }
                return Row(path: row.path, statuses: statuses, scores: scores)
            }
        }
    }

    struct SummaryPayload: Encodable {
        var documents: Int
        var unreadable: Int
        var notPlans: Int
        var duplicates: Int
        var bySeverity: [String: Summary.Counts]
        var total: Summary.Counts
        var detectors: [String: Int]

        init(_ summary: Summary) {
            documents = summary.documents
            unreadable = summary.unreadable
            notPlans = summary.notPlans
            duplicates = summary.duplicates
            detectors = summary.detectors
            bySeverity = Dictionary(uniqueKeysWithValues: summary.bySeverity.map { ($0.key.rawValue, $0.value) })
            var total = Summary.Counts()
            for counts in summary.bySeverity.values {
                total.covered += counts.covered
                total.partial += counts.partial
                total.missing += counts.missing
                total.notApplicable += counts.notApplicable
                total.waived += counts.waived
                total.unknown += counts.unknown
            }
            self.total = total
        }
    }
}

extension JSONFormatter: ReportFormatter {
    public static let name = "json"
    public static let mediaType = "application/json"
    public init(rules: [Rule], options: FormatOptions) { self.init(language: options.language) }
    public func output(_ report: Report) -> String { format(report) + "\n" }
}
