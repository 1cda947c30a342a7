import PlanCheckText
import PlanCheckStructure
import PlanCheckRules

/// How a document's profile was decided.
public enum ProfileSource: String, Sendable, Codable {
    case detected, option
    /// Neither detected nor given: profile-specific requirements are not applicable.
    case none
}

/// Everything the matcher concluded about one document.
public struct DocumentResult: Sendable {
    public var profile: Profile?
    public var profileSource: ProfileSource
    public var form: DocumentForm
    public var requirements: [RequirementResult]
    public var findings: [Finding]
}

/// Evaluates compiled rules against structured documents. Knows nothing of file formats.
public struct Matcher: Sendable {
    public let rules: [CompiledRule]
    /// Evidence quotes kept per requirement.
    public static let evidenceLimit = 3

    public init(rules: [CompiledRule]) {
        self.rules = rules
    }

    /// `form` overrides the detected form (rule examples are snippets, not whole plans).
    public func evaluate(_ document: StructuredDocument, profile requested: Profile? = nil, form: DocumentForm? = nil) -> DocumentResult {
        let form = form ?? document.form
        let profile = requested ?? document.detectedProfile?.profile
        let source: ProfileSource = requested != nil ? .option : (profile != nil ? .detected : .none)
        let index = TokenIndex(document.normalized.tokens)
        var requirements: [RequirementResult] = []
        var findings: [Finding] = []
        for compiled in rules {
            let (result, scope) = evaluate(compiled, document: document, index: index, profile: profile, form: form)
            requirements.append(result)
            if result.status == .missing || result.status == .partial {
                findings.append(Finding(rule: compiled.rule, status: result.status,
                                        location: result.evidence.first?.location ?? location(of: scope, compiled.rule, document)))
            }
        }
        findings.sort { ($0.location.offset, $0.ruleId) < ($1.location.offset, $1.ruleId) }
        return DocumentResult(profile: profile, profileSource: source, form: form,
                              requirements: requirements, findings: findings)
    }

    private func evaluate(_ compiled: CompiledRule, document: StructuredDocument, index: TokenIndex,
                          profile: Profile?, form: DocumentForm) -> (RequirementResult, Scope?) {
        let rule = compiled.rule
        guard Self.applies(rule, profile: profile, form: form) else {
            return (RequirementResult(rule: rule, status: .notApplicable, confidence: nil, evidence: []), nil)
        }
        let scope = Scope.resolve(rule.scope, in: document, sectionPhrases: compiled.sectionPhrases)
        let evaluator = ConditionEvaluator(document: document, index: index, scope: scope)
        let covered = evaluator.evaluate(compiled.match)
        if covered.holds {
            return (result(rule, .covered, covered, document), scope)
        }
        if let partial = compiled.partial.map(evaluator.evaluate), partial.holds {
            return (result(rule, .partial, partial, document), scope)
        }
        return (RequirementResult(rule: rule, status: .missing, confidence: nil, evidence: []), scope)
    }

    private func result(_ rule: Rule, _ status: RequirementStatus, _ outcome: Outcome, _ document: StructuredDocument) -> RequirementResult {
        // Longest first among hits that start together; a hit inside a kept one adds nothing.
        let ordered = outcome.hits.sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        var kept: [Hit] = []
        for hit in ordered where !kept.contains(where: { $0.range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.range.upperBound }) {
            kept.append(hit)
            if kept.count == Self.evidenceLimit { break }
        }
        let evidence = kept.map { self.evidence($0, document) }
        return RequirementResult(rule: rule, status: status, confidence: Self.confidence(outcome.strength), evidence: evidence)
    }

    private func evidence(_ hit: Hit, _ document: StructuredDocument) -> Evidence {
        let node = document.tree.segments[hit.segment].node
        return Evidence(quote: document.document.source.string(hit.range),
                        location: SourceLocation(range: hit.range, source: document.document.source, section: document.tree.path(ofNode: node)),
                        confidence: Self.confidence(hit.strength))
    }

    /// A missing requirement is located at the first line of its scope, or of the document.
    private func location(of scope: Scope?, _ rule: Rule, _ document: StructuredDocument) -> SourceLocation {
        let tree = document.tree
        let source = document.document.source
        var segment = tree.segments.first
        if rule.scope != .document, rule.scope != .headings, let first = scope?.segments.first {
            segment = tree.segments[first]
        }
        guard let segment else { return SourceLocation(range: 0..<0, source: source, section: "") }
        let line = source.lineIndex(of: segment.range.lowerBound)
        let range = segment.range.lowerBound..<min(segment.range.upperBound, source.lineEnds[line])
        return SourceLocation(range: range, source: source, section: tree.path(ofNode: segment.node))
    }

    static func applies(_ rule: Rule, profile: Profile?, form: DocumentForm) -> Bool {
        switch rule.appliesTo {
        case .both: break
        case .ministry: guard profile == .ministry else { return false }
        case .province: guard profile == .province else { return false }
        }
        return rule.forms.isEmpty || rule.forms.contains(form.rawValue)
    }

    private static func confidence(_ strength: Phrase.Strength) -> Confidence {
        strength == .exact ? .high : .medium
    }
}
