import Foundation

/// The findings a team already knows about (`--write-baseline`), so that a later run
/// (`--baseline`) shows only new ones. Findings are matched by path, requirement and fingerprint,
/// not by line, so unrelated edits do not make old findings look new.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public var path: String
        public var ruleId: String
        public var fingerprint: String
    }

    public var version = 1
    public var entries: [Entry]

    public init(report: Report, relativeTo base: String = FileManager.default.currentDirectoryPath) {
        entries = report.documents.flatMap { document in
            (document.result?.findings ?? []).map {
                Entry(path: Self.relative(document.path, base), ruleId: $0.ruleId, fingerprint: $0.fingerprint)
            }
        }.sorted { ($0.path, $0.ruleId, $0.fingerprint) < ($1.path, $1.ruleId, $1.fingerprint) }
    }

    public static func load(_ path: String) throws -> Baseline {
        try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }

    /// The report without the known findings; a requirement left with none of its findings is
    /// marked `baselined`.
    public func filter(_ report: Report, relativeTo base: String = FileManager.default.currentDirectoryPath) -> Report {
        let known = Set(entries)
        var report = report
        for index in report.documents.indices {
            guard var result = report.documents[index].result else { continue }
            let path = Self.relative(report.documents[index].path, base)
            let before = Set(result.findings.map(\.ruleId))
            result.findings.removeAll { known.contains(Entry(path: path, ruleId: $0.ruleId, fingerprint: $0.fingerprint)) }
            let after = Set(result.findings.map(\.ruleId))
            for requirementIndex in result.requirements.indices {
                let id = result.requirements[requirementIndex].id
                if before.contains(id), !after.contains(id) { result.requirements[requirementIndex].baselined = true }
            }
            report.documents[index].result = result
        }
        return report
    }

    private static func relative(_ path: String, _ base: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = URL(fileURLWithPath: base).standardizedFileURL.path + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
