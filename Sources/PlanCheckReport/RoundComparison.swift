import Foundation
import PlanCheckMatching
import PlanCheckRules

/// A screening round set beside the previous one (its JSON report): agencies resubmit after
/// remarks, and the institute wants to see what changed. Documents are matched by issuer and
/// number (a resubmission keeps them), else by path; per document, the requirements that
/// improved (missing → partial or covered, partial → covered) and regressed; documents new in
/// this round and those that disappeared.
public struct RoundComparison: Sendable {
    public struct Change: Sendable, Equatable {
        /// The document of the previous round it was matched with.
        public var previousPath: String
        public var improved: [String]
        public var regressed: [String]
    }

    /// The previous report's file, as given.
    public var previousFile: String
    /// One entry per document of this round, in report order: nil for a document new in this round.
    public var changes: [Change?]
    /// Paths of this round's documents with no counterpart in the previous round.
    public var new: [String]
    /// Paths of the previous round's documents with no counterpart in this one.
    public var disappeared: [String]

    /// The part of a JSON report (`plancheck lint|report --format json`) a comparison reads.
    public struct PreviousRound: Decodable, Sendable {
        public struct Document: Decodable, Sendable {
            public struct Metadata: Decodable, Sendable { var issuer: String?; var number: String? }
            public struct Requirement: Decodable, Sendable { var id: String; var status: String }
            var path: String
            var metadata: Metadata?
            var requirements: [Requirement]?
        }
        var documents: [Document]
    }

    /// Reads a previous round's JSON report; the error says what is wrong, in both languages.
    public static func load(_ path: String, maxBytes: Int = 256 << 20) throws(LoadError) -> PreviousRound {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LoadError(path: path, reason: .missing) }
        defer { try? handle.close() }
        // Read one byte past the limit, so that the limit is checked on what is there.
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        guard data.count <= maxBytes else { throw LoadError(path: path, reason: .tooLarge(maxBytes)) }
        do {
            return try JSONDecoder().decode(PreviousRound.self, from: data)
        } catch {
            throw LoadError(path: path, reason: .notAReport)
        }
    }

    public struct LoadError: Error, Sendable {
        public enum Reason: Sendable { case missing, tooLarge(Int), notAReport }
        public var path: String
        public var reason: Reason
        public var message: LocalizedText {
            switch reason {
            case .missing: return LocalizedText(vi: "\(path): không có tệp này", en: "\(path): no such file")
            case .tooLarge(let limit):
                return LocalizedText(vi: "\(path): lớn hơn \(limit >> 20) MB", en: "\(path): larger than \(limit >> 20) MB")
            case .notAReport:
                return LocalizedText(vi: "\(path): không phải báo cáo JSON của plancheck (--json hoặc --format json)",
                                     en: "\(path): not a plancheck JSON report (--json or --format json)")
            }
        }
    }

    /// How far a status meets its requirement; statuses that say nothing of the plan have none.
    static func rank(_ status: String) -> Int? {
        switch status {
        case RequirementStatus.missing.rawValue: return 0
        case RequirementStatus.partial.rawValue: return 1
        case RequirementStatus.covered.rawValue: return 2
        default: return nil
        }
    }

    public init(current report: Report, previous: PreviousRound, previousFile: String) {
        self.previousFile = previousFile
        var byKey: [String: Int] = [:], byPath: [String: Int] = [:]
        for (index, document) in previous.documents.enumerated() {
            if let key = Duplicates.key(issuer: document.metadata?.issuer, number: document.metadata?.number), byKey[key] == nil { byKey[key] = index }
            if byPath[document.path] == nil { byPath[document.path] = index }
        }
        var matched = Set<Int>()
        var changes: [Change?] = []
        var new: [String] = []
        for document in report.documents {
            let metadata = document.result?.metadata
            let index = Duplicates.key(issuer: metadata?.issuer, number: metadata?.number).flatMap { byKey[$0] }
                .flatMap { matched.contains($0) ? nil : $0 } ?? byPath[document.path].flatMap { matched.contains($0) ? nil : $0 }
            guard let index else {
                changes.append(nil)
                new.append(document.path)
                continue
            }
            matched.insert(index)
            let before = Dictionary((previous.documents[index].requirements ?? []).map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
            var change = Change(previousPath: previous.documents[index].path, improved: [], regressed: [])
            for requirement in document.result?.requirements ?? [] where !requirement.rule.isDetector {
                guard let old = before[requirement.id].flatMap(Self.rank), let now = Self.rank(requirement.status.rawValue) else { continue }
                if now > old { change.improved.append(requirement.id) }
                if now < old { change.regressed.append(requirement.id) }
            }
            changes.append(change)
        }
        self.changes = changes
        self.new = new
        disappeared = previous.documents.indices.filter { !matched.contains($0) }.map { previous.documents[$0].path }
    }

    /// What changed for one document, in words: "↑ DS403; ↓ DS305", "mới", "không đổi".
    public func summary(document: Int, _ language: Language) -> String {
        guard document < changes.count else { return "" }
        guard let change = changes[document] else { return language == .en ? "new in this round" : "mới trong đợt này" }
        let parts = (change.improved.isEmpty ? [] : ["↑ " + change.improved.joined(separator: ", ")])
            + (change.regressed.isEmpty ? [] : ["↓ " + change.regressed.joined(separator: ", ")])
        return parts.isEmpty ? (language == .en ? "no change" : "không đổi") : parts.joined(separator: "; ")
    }

    /// The arrow a matrix cell carries for a requirement of a document: ↑ improved, ↓ regressed.
    public func arrow(document: Int, requirement id: String) -> String {
        guard document < changes.count, let change = changes[document] else { return "" }
        if change.improved.contains(id) { return "↑" }
        if change.regressed.contains(id) { return "↓" }
        return ""
    }
}
