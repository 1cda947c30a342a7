import Foundation

/// The rule sets could not be loaded; `issues` says where and why.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    public var issues: [RuleIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

public enum PlanCheckVersion {
    public static let current = "0.1.0"
}

/// Checks plans against rule sets. Load it once, check as many documents as you like.
///
///     let checker = try PlanChecker()                       // the bundled rules
///     let report = checker.check(paths: ["ke-hoach.md"])
///     for requirement in report.documents[0].result?.requirements ?? [] { … }
public struct PlanChecker: Sendable {
    public let ruleSets: [RuleSet]
    /// The concept vocabulary the rules and the structure read (the bundled one, with the
    /// concept files among the rule paths over it).
    public let concepts: ConceptVocabulary
    package let matcher: Matcher
    /// The `.plancheck.yml` in force, if any.
    public let configuration: Configuration?
    let policy: Policy

    /// Loads rule sets from files or folders; `nil` means the rules that ship with plancheck.
    public init(rulePaths: [String]? = nil, minimumConfidence: Confidence = .low,
                configuration: Configuration? = nil, maxFindingsPerRule: Int? = nil) throws(RuleLoadError) {
        let paths: [String]
        if let rulePaths {
            paths = rulePaths
        } else if let configuration, !configuration.rules.isEmpty {
            paths = configuration.rules.map { ($0 as NSString).isAbsolutePath ? $0 : (configuration.directory as NSString).appendingPathComponent($0) }
        } else if let bundled = BundledRules.directory() {
            paths = [bundled]
        } else {
            throw RuleLoadError(issues: [RuleIssue(file: "Rules", mark: .init(line: 1, column: 1),
                message: "the bundled rules were not found; set \(BundledRules.environmentVariable) or pass rule paths")])
        }
        // Rules of one's own may name the bundled concepts, and override them with concept files.
        let bundled = BundledRules.directory()
        let base = bundled.map { paths == [$0] } == true ? ConceptVocabulary() : Self.bundledConcepts
        let loaded = RuleLoader.load(paths: paths, base: base, checks: StructuralChecks.all)
        guard loaded.issues.isEmpty else { throw RuleLoadError(issues: loaded.issues) }
        if !base.concepts.isEmpty, loaded.concepts.abbreviations != base.abbreviations {
            throw RuleLoadError(issues: [RuleIssue(file: paths.joined(separator: ", "), mark: .init(line: 1, column: 1),
                message: "abbreviations are built into plancheck (the text normaliser reads them before any rules are loaded); "
                    + "a concept file of your own cannot change them: remove its 'abbreviations' list")])
        }
        try self.init(ruleSets: loaded.ruleSets, concepts: loaded.concepts, minimumConfidence: minimumConfidence,
                      configuration: configuration, maxFindingsPerRule: maxFindingsPerRule)
    }

    /// The concepts that ship with plancheck (empty when the bundled rules cannot be found).
    public static let bundledConcepts: ConceptVocabulary = {
        guard let bundled = BundledRules.directory() else { return ConceptVocabulary() }
        return RuleLoader.load(paths: [bundled], checks: StructuralChecks.all).concepts
    }()

    /// Uses rule sets already loaded (or built in code).
    /// `minimumConfidence` drops weaker evidence: `.medium` ignores single common syllables,
    /// `.high` also ignores matches found only without diacritics.
    /// `maxFindingsPerRule` (else the configuration's `max_findings_per_rule`, else 100) bounds
    /// the per-task and per-target findings of one rule.
    public init(ruleSets: [RuleSet], concepts: ConceptVocabulary = PlanChecker.bundledConcepts, minimumConfidence: Confidence = .low,
                configuration: Configuration? = nil, maxFindingsPerRule: Int? = nil) throws(RuleLoadError) {
        self.ruleSets = ruleSets
        self.concepts = concepts
        self.configuration = configuration
        policy = Policy(configuration: configuration)
        var compiled: [CompiledRule] = []
        var issues: [RuleIssue] = []
        for var rule in ruleSets.flatMap(\.rules) where configuration?.isEnabled(rule) ?? true {
            if let severity = configuration?.severity[rule.id] ?? configuration?.severity[rule.name] { rule.severity = severity }
            do {
                compiled.append(try CompiledRule(rule))
            } catch {
                issues.append(RuleIssue(file: rule.file, mark: rule.mark, message: "\(rule.id): \(error)"))
            }
        }
        let vocabulary = StructureVocabulary(wordings: concepts.wordings, columns: concepts.columns)
        for name in vocabulary.missing {
            issues.append(RuleIssue(file: "concepts", mark: .init(line: 1, column: 1),
                                    message: "the concept '\(name)' that the structure reads (section kinds, task fields) is not defined"))
        }
        guard issues.isEmpty else { throw RuleLoadError(issues: issues) }
        // Catalogue order, whatever the file layout.
        var matcher = Matcher(rules: compiled.sorted { $0.rule.id < $1.rule.id }, vocabulary: vocabulary, minimumConfidence: minimumConfidence)
        if let limit = maxFindingsPerRule ?? configuration?.maxFindingsPerRule { matcher.findingsPerRule = max(1, limit) }
        self.matcher = matcher
    }

    public var rules: [Rule] { matcher.rules.map(\.rule) }

    public var ruleSetInfo: [RuleSetInfo] { ruleSets.map { RuleSetInfo(id: $0.id, version: $0.version) } }

    /// Checks a document already in memory. The profile given wins over the configuration's,
    /// which wins over detection.
    /// `cancellation` (a server's time limit) stops the check between its phases and rules.
    public func check(_ document: PlanDocument, profile: Profile? = nil, cancellation: Cancellation? = nil) -> DocumentReport {
        // Text held in memory (a library caller's, the editor's) meets the same limit as a file's.
        do { _ = try DocumentLimits.checkText(document) } catch { return DocumentReport(path: document.path, error: error) }
        let structured = Cancellation.with(cancellation) { matcher.structure(document) }
        var result = matcher.evaluate(structured, profile: profile ?? policy.profile(for: document.path), cancellation: cancellation)
        policy.apply(to: &result, path: document.path, suppressions: document.suppressions)
        return DocumentReport(path: document.path, result: result)
    }

    /// Waivers of the configuration that have expired (reported, no longer applied).
    public var expiredWaivers: [Configuration.Waiver] { configuration?.expiredWaivers(today: policy.today) ?? [] }

    /// Checks plan text (Markdown or plain text) held in memory.
    public func check(text: String, path: String = "<text>", profile: Profile? = nil, cancellation: Cancellation? = nil) -> DocumentReport {
        check(MarkdownReader.snippet(text, path: path), profile: profile, cancellation: cancellation)
    }

    /// Reads and checks one file; a file that cannot be read gives a report with its error.
    public func check(path: String, profile: Profile? = nil) -> DocumentReport {
        do {
            return check(try DocumentLoader.read(path: path), profile: profile)
        } catch {
            return DocumentReport(path: path, error: error)
        }
    }

    /// Checks several files on all cores; unreadable ones are reported and the others still
    /// checked. The order of the report is the order of `paths`, whatever the scheduling.
    public func check(paths: [String], profile: Profile? = nil) -> Report {
        let reports = ParallelMap.map(paths) { check(path: $0, profile: profile) }
        return report(reports)
    }

    /// Runs every rule's and every concept's examples; returns the failures and how many ran.
    public func testExamples() -> (failures: [any CustomStringConvertible & Sendable], count: Int) {
        let rules = RuleExampleRunner.run(matcher)
        let concepts = ConceptExampleRunner.run(self.concepts)
        return (rules.failures as [any CustomStringConvertible & Sendable] + concepts.failures, rules.count + concepts.count)
    }
}

extension PlanChecker {
    /// A report of these documents with this checker's version and rule sets.
    public func report(_ documents: [DocumentReport]) -> Report {
        Report(toolVersion: PlanCheckVersion.current, ruleSets: ruleSetInfo, documents: documents, warnings: runWarnings)
    }

    /// About the run rather than one document: the configuration's expired waivers.
    public var runWarnings: [CheckWarning] {
        expiredWaivers.map { waiver in
            CheckWarning(kind: .expiredWaiver, ruleId: waiver.id, message: LocalizedText(
                vi: "Miễn trừ \(waiver.id) đã hết hạn ngày \(UIStrings(.vi).date(waiver.expires ?? "")); yêu cầu được kiểm tra lại như thường.",
                en: "The waiver for \(waiver.id) expired on \(waiver.expires ?? ""); it no longer applies."),
                file: configuration?.file ?? Configuration.fileName, line: waiver.mark.line, column: waiver.mark.column)
        }
    }

    /// The coverage matrix of a report over the rules that ran, each under its rule set's title.
    public func coverageMatrix(_ report: Report) -> CoverageMatrix {
        var areas: [String: LocalizedText] = [:]
        for set in ruleSets { for rule in set.rules { areas[rule.id] = set.title } }
        return CoverageMatrix(report: report, rules: rules, areas: areas)
    }

    /// Checks many plans on all cores, each as `check(path:)` would, reusing results from `cache`
    /// where the file, rules, configuration and options are unchanged. `progress` is called (from
    /// any thread) after each document with the number done so far. Order of the report: `paths`.
    public func screen(paths: [String], profile: Profile? = nil, cache: ResultCache? = nil,
                       progress: (@Sendable (Int) -> Void)? = nil) -> (report: Report, fromCache: Int) {
        let rulesByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let counter = Counter()
        let reports = ParallelMap.map(paths) { path -> DocumentReport in
            defer { progress?(counter.increment(done: true)) }
            // The file is read once: its bytes make the key and, on a miss, the document. Files over
            // the size limit (or unreadable) go the ordinary way, which refuses them.
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
            guard let cache, let size, size <= DocumentLimits.maxBytes,
                  let content = FileManager.default.contents(atPath: path),
                  let key = cache.key(path: path, content: content) else { return check(path: path, profile: profile) }
            if let known = cache.load(key: key, rules: rulesByID) {
                counter.increment(cached: true)
                return known
            }
            let report: DocumentReport
            do throws(DocumentError) {
                report = check(try DocumentLoader.read(bytes: [UInt8](content), name: path), profile: profile)
            } catch {
                report = DocumentReport(path: path, error: error)
            }
            // Errors are not kept: some pass (a PDF converter's time limit on a busy machine).
            if report.error == nil { cache.store(report, key: key) }
            return report
        }
        return (report(reports), counter.cached)
    }
}

/// Counts shared by the workers of a batch.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private(set) var cached = 0

    @discardableResult
    func increment(done isDone: Bool = false, cached isCached: Bool = false) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if isDone { done += 1 }
        if isCached { cached += 1 }
        return done
    }
}
