import Foundation
import PlanCheckYAML

/// Loads rule sets from files and folders and validates them as a whole: every problem of every
/// file is reported, then duplicate IDs and names across files.
public enum RuleLoader {
    public struct Result: Sendable {
        public var ruleSets: [RuleSet]
        public var issues: [RuleIssue]
        /// The concepts in force: `base` with the loaded concept files over it.
        public var concepts: ConceptVocabulary
        public var rules: [Rule] { ruleSets.flatMap(\.rules) }
    }

    /// Loads `.yml`/`.yaml` files; folders are searched recursively, in path order. Concept files
    /// (`concepts:` instead of `rules:`) are read first, over `base`, so that any rule file may
    /// name any concept. Rules may name the structural checks of `checks` (the matcher's
    /// `StructuralChecks.all`).
    public static func load(paths: [String], base: ConceptVocabulary = ConceptVocabulary(), checks: [any RuleCheckKind.Type]) -> Result {
        var files: [String] = []
        var issues: [RuleIssue] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                issues.append(RuleIssue(file: path, mark: YAMLMark(line: 1, column: 1), message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let found = ruleFiles(in: path)
                if found.isEmpty {
                    issues.append(RuleIssue(file: path, mark: YAMLMark(line: 1, column: 1), message: "folder has no .yml rule files"))
                }
                files += found
            } else {
                files.append(path)
            }
        }
        var roots: [(file: String, root: YAMLNode)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                issues.append(RuleIssue(file: file, mark: YAMLMark(line: 1, column: 1), message: "cannot read the file"))
                continue
            }
            switch yamlRoot(String(decoding: data, as: UTF8.self), file: file) {
            case .success(let root): roots.append((file, root))
            case .failure(let issue): issues.append(issue)
            }
        }
        var concepts = base
        for (file, root) in roots where isConceptFile(root) {
            var decoder = RuleDecoder(file: file)
            concepts.merge(decoder.decodeConcepts(root))
            issues += decoder.issues
        }
        var sets: [RuleSet] = []
        for (file, root) in roots where !isConceptFile(root) {
            var decoder = RuleDecoder(file: file, concepts: concepts, checks: checks)
            let set = decoder.decodeSet(root)
            issues += decoder.issues
            if let set, decoder.issues.isEmpty { sets.append(set) }
        }
        issues += crossFileIssues(sets)
        return Result(ruleSets: sets, issues: issues, concepts: concepts)
    }

    /// Parses one rule or concept file's text; rules may name the `concepts` and `checks` given.
    public static func parse(_ text: String, file: String, concepts: ConceptVocabulary = ConceptVocabulary(),
                             checks: [any RuleCheckKind.Type]) -> (RuleSet?, [RuleIssue]) {
        let root: YAMLNode
        switch yamlRoot(text, file: file) {
        case .success(let parsed): root = parsed
        case .failure(let issue): return (nil, [issue])
        }
        var decoder = RuleDecoder(file: file, concepts: concepts, checks: checks)
        if isConceptFile(root) {
            _ = decoder.decodeConcepts(root)
            return (nil, decoder.issues)
        }
        let set = decoder.decodeSet(root)
        return (decoder.issues.isEmpty ? set : nil, decoder.issues)
    }

    private static func yamlRoot(_ text: String, file: String) -> Swift.Result<YAMLNode, RuleIssue> {
        do {
            guard let root = try YAMLParser.parse(text), !root.isNull else {
                return .failure(RuleIssue(file: file, mark: YAMLMark(line: 1, column: 1), message: "the file is empty"))
            }
            return .success(root)
        } catch {
            return .failure(RuleIssue(file: file, mark: error.mark, message: error.message))
        }
    }

    /// A concept file has `concepts:` where a rule file has `rules:`.
    private static func isConceptFile(_ root: YAMLNode) -> Bool {
        root.mapping?.contains { $0.0.scalar == "concepts" } ?? false
    }

    private static func ruleFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private static func crossFileIssues(_ sets: [RuleSet]) -> [RuleIssue] {
        var issues: [RuleIssue] = []
        var seenIDs: [String: Rule] = [:]
        var seenNames: [String: Rule] = [:]
        var seenSets: [String: RuleSet] = [:]
        for set in sets {
            if let first = seenSets[set.id] {
                issues.append(RuleIssue(file: set.file, mark: YAMLMark(line: 1, column: 1),
                                        message: "duplicate rule set id '\(set.id)' (also in \(first.file))"))
            } else {
                seenSets[set.id] = set
            }
            for rule in set.rules {
                if let first = seenIDs[rule.id] {
                    issues.append(RuleIssue(file: rule.file, mark: rule.mark,
                                            message: "duplicate rule id '\(rule.id)' (first defined at \(first.file):\(first.mark.line):\(first.mark.column))"))
                } else {
                    seenIDs[rule.id] = rule
                }
                if let first = seenNames[rule.name] {
                    issues.append(RuleIssue(file: rule.file, mark: rule.mark,
                                            message: "duplicate rule name '\(rule.name)' (first used by \(first.id) at \(first.file):\(first.mark.line):\(first.mark.column))"))
                } else {
                    seenNames[rule.name] = rule
                }
            }
        }
        return issues
    }
}
