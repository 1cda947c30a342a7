import Foundation

/// Results of earlier runs on disk, keyed by everything that decides them: the file's bytes, its
/// path (configuration overrides and waivers are per path), the rules' files, the configuration,
/// the options and the tool's version. A changed rule set or a new plancheck version changes every
/// key, so stale entries are simply never read again.
public struct ResultCache: Sendable {
    public let directory: URL
    /// Hash of what all keys share (rules, configuration, options, version).
    let runKey: String

    /// Fails when the folder cannot be created or the system's libcrypto gives no SHA-256; the
    /// caller reports it and runs without a cache.
    public init(directory: String, checker: PlanChecker, profile: Profile?) throws {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        var hash = ContentHash()
        hash.update("plancheck \(PlanCheckVersion.current)\n")
        for set in checker.ruleSets {
            hash.update("set \(set.id) \(set.version) \(set.file)\n")
            hash.update(FileManager.default.contents(atPath: set.file) ?? Data())
        }
        // The concept files: a wording changes rules and structure alike.
        for file in Set(checker.concepts.concepts.values.map(\.file)).sorted() {
            hash.update("concepts \(file)\n")
            hash.update(FileManager.default.contents(atPath: file) ?? Data())
        }
        // Rules a configuration turned off or re-graded change results without changing a file.
        hash.update("rules \(checker.rules.map { "\($0.id):\($0.severity.rawValue)" }.joined(separator: ","))\n")
        if let file = checker.configuration?.file {
            hash.update("config \(file)\n")
            hash.update(FileManager.default.contents(atPath: file) ?? Data())
            if !(checker.configuration?.waivers.isEmpty ?? true) { hash.update("today \(checker.policy.today)\n") }
        }
        hash.update("profile \(profile?.rawValue ?? "auto") confidence \(checker.matcher.minimumConfidence.rawValue) findings \(checker.matcher.findingsPerRule)\n")
        guard let runKey = hash.hexDigest() else { throw ResultCacheError.noHash }
        self.runKey = runKey
    }

    /// The key of one file's result; nil when it cannot be computed (the file is then checked anew).
    func key(path: String, content: Data) -> String? {
        var hash = ContentHash()
        hash.update(runKey)
        hash.update("\n\(path)\n")
        hash.update(content)
        return hash.hexDigest()
    }

    private func url(for key: String) -> URL {
        directory.appendingPathComponent(String(key.prefix(2)), isDirectory: true).appendingPathComponent(key + ".json")
    }

    /// The stored report, if any and if it still fits the rules loaded.
    func load(key: String, rules: [String: Rule]) -> DocumentReport? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path),
              let entry = try? JSONDecoder().decode(CachedReport.self, from: data) else { return nil }
        return entry.report(rules: rules)
    }

    /// Stores a report; a cache that cannot be written only costs speed, so errors are ignored.
    func store(_ report: DocumentReport, key: String) {
        let target = url(for: key)
        guard let data = try? JSONEncoder().encode(CachedReport(report)) else { return }
        try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Written aside and moved, so that a parallel run never reads half a file.
        let temporary = target.appendingPathExtension("\(UUID().uuidString).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        if (try? FileManager.default.moveItem(at: temporary, to: target)) == nil { try? FileManager.default.removeItem(at: temporary) }
    }
}

/// A DocumentReport with rules named by ID, as stored in the cache.
struct CachedReport: Codable {
    struct Requirement: Codable {
        var id: String
        var status: RequirementStatus
        var confidence: Confidence?
        var evidence: [Evidence]
        var waiver: String?
        var reason: LocalizedText?
    }
    struct FindingEntry: Codable {
        var id: String
        var status: RequirementStatus
        var location: SourceLocation
        var detail: LocalizedText?
    }
    var path: String
    var error: LocalizedText?
    var profile: Profile?
    var profileSource: ProfileSource?
    var form: DocumentForm?
    var metadata: DocumentMetadata?
    var requirements: [Requirement] = []
    var findings: [FindingEntry] = []
    var warnings: [CheckWarning] = []

    init(_ report: DocumentReport) {
        path = report.path
        error = report.error
        guard let result = report.result else { return }
        profile = result.profile
        profileSource = result.profileSource
        form = result.form
        metadata = result.metadata
        requirements = result.requirements.map { Requirement(id: $0.id, status: $0.status, confidence: $0.confidence,
                                                             evidence: $0.evidence, waiver: $0.waiver, reason: $0.reason) }
        findings = result.findings.map { FindingEntry(id: $0.ruleId, status: $0.status, location: $0.location, detail: $0.detail) }
        warnings = result.warnings
    }

    func report(rules: [String: Rule]) -> DocumentReport? {
        if let error { return DocumentReport(path: path, error: error) }
        guard let profileSource, let form, let metadata else { return nil }
        var resolved: [RequirementResult] = []
        for requirement in requirements {
            guard let rule = rules[requirement.id]?.forProfile(profile) else { return nil }
            resolved.append(RequirementResult(rule: rule, status: requirement.status, confidence: requirement.confidence,
                                              evidence: requirement.evidence, waiver: requirement.waiver, reason: requirement.reason))
        }
        var resolvedFindings: [Finding] = []
        for finding in findings {
            guard let rule = rules[finding.id]?.forProfile(profile) else { return nil }
            resolvedFindings.append(Finding(rule: rule, status: finding.status, location: finding.location, detail: finding.detail))
        }
        let result = DocumentResult(profile: profile, profileSource: profileSource, form: form, metadata: metadata,
                                    requirements: resolved, findings: resolvedFindings, warnings: warnings)
        return DocumentReport(path: path, result: result)
    }
}

/// The result cache cannot hash: the system libcrypto could not allocate or offers no SHA-256.
enum ResultCacheError: Error, LocalizedError {
    case noHash
    var errorDescription: String? {
        "libcrypto không tính được SHA-256 / the system libcrypto gives no SHA-256"
    }
}
