import PlanCheckText
import PlanCheckDocuments
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
    public var metadata: DocumentMetadata
    public var requirements: [RequirementResult]
    public var findings: [Finding]
    /// What a person should know about this check beyond its findings: rules that could not be
    /// fully evaluated, suppression comments that waive nothing.
    public var warnings: [CheckWarning] = []

    public init(profile: Profile?, profileSource: ProfileSource, form: DocumentForm, metadata: DocumentMetadata,
                requirements: [RequirementResult], findings: [Finding], warnings: [CheckWarning] = []) {
        self.profile = profile
        self.profileSource = profileSource
        self.form = form
        self.metadata = metadata
        self.requirements = requirements
        self.findings = findings
        self.warnings = warnings
    }
}

/// Evaluates compiled rules against structured documents. Knows nothing of file formats.
package struct Matcher: Sendable {
    package let rules: [CompiledRule]
    /// Evidence weaker than this does not count (`--min-confidence`).
    public var minimumConfidence: Confidence
    /// Evidence quotes kept per requirement.
    public static let evidenceLimit = 3
    /// Per-task and per-target findings kept per rule: a plan of 30,000 tasks without a lead
    /// would otherwise give 30,000 findings in every output. The rest are counted in one more.
    public static let defaultFindingsPerRule = 100
    public var findingsPerRule = Matcher.defaultFindingsPerRule

    /// Every phrase of every rule in one automaton.
    package let automaton: PhraseAutomaton
    /// Every literal a regex of the rule set needs, found in a document in one pass for all.
    let regexLiterals: [[Unicode.Scalar]]
    /// The words of section kinds and task fields, from the rule library's concepts.
    public let vocabulary: StructureVocabulary

    package init(rules: [CompiledRule], vocabulary: StructureVocabulary, minimumConfidence: Confidence = .low) {
        self.rules = rules
        self.vocabulary = vocabulary
        self.minimumConfidence = minimumConfidence
        automaton = PhraseAutomaton(phrases: rules.flatMap(\.phrases))
        regexLiterals = Array(Set(rules.flatMap(\.regexLiterals).map { String(String.UnicodeScalarView($0)) }))
            .sorted().map { Array($0.unicodeScalars) }
    }

    /// A document's structure, read with this matcher's vocabulary.
    public func structure(_ document: PlanDocument) -> StructuredDocument {
        StructuredDocument(document, vocabulary: vocabulary)
    }

    /// `form` overrides the detected form (rule examples are snippets, not whole plans).
    /// `cancellation` stops the evaluation between rules (and inside long regex searches): the
    /// rules not evaluated are `unknown`, never `missing`.
    public func evaluate(_ document: StructuredDocument, profile requested: Profile? = nil, form: DocumentForm? = nil,
                         cancellation: Cancellation? = nil) -> DocumentResult {
        let form = form ?? document.form
        let profile = requested ?? document.detectedProfile?.profile
        let source: ProfileSource = requested != nil ? .option : (profile != nil ? .detected : .none)
        let context = Context(document: document, scan: DocumentScan(document, automaton: automaton, literals: regexLiterals,
                                                                        cancellation: cancellation),
                              profile: profile, form: form, minimum: minimumConfidence.minimumStrength)
        var requirements: [RequirementResult] = []
        var findings: [Finding] = []
        // Checks that judge the other rules' results run after them.
        for compiled in rules.filter({ $0.phase != .afterRules }) + rules.filter({ $0.phase == .afterRules }) {
            if cancellation?.isCancelled == true {
                requirements.append(RequirementResult(rule: compiled.rule, status: .unknown, confidence: nil, evidence: [],
                                                      reason: Self.cancelledReason))
                continue
            }
            let (result, ruleFindings) = evaluate(compiled, context, earlier: requirements)
            requirements.append(result)
            findings += ruleFindings
        }
        // Messages and hints in the wording of the plan's profile (a ministry is not told "của tỉnh").
        if let profile {
            for index in requirements.indices { requirements[index].rule = requirements[index].rule.forProfile(profile) }
            for index in findings.indices { findings[index].rule = findings[index].rule.forProfile(profile) }
        }
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rule.id, $0) })
        requirements.sort { order[$0.id, default: 0] < order[$1.id, default: 0] }
        findings.sort { ($0.location.offset, $0.ruleId) < ($1.location.offset, $1.ruleId) }
        return DocumentResult(profile: profile, profileSource: source, form: form, metadata: document.metadata,
                              requirements: requirements, findings: findings, warnings: context.scan.warnings)
    }

    /// What every rule evaluation of one document shares.
    struct Context {
        let document: StructuredDocument
        let scan: DocumentScan
        let profile: Profile?
        let form: DocumentForm
        let minimum: Phrase.Strength

        /// Scopes are the same for every rule that names them: resolved once per document.
        func scope(_ compiled: CompiledRule) -> Scope {
            scan.scope(compiled.rule.scope, in: document, sectionPhrases: compiled.sectionPhrases)
        }

        func evidence(_ hit: Hit) -> Evidence {
            let range = Self.trimmed(hit.range, in: document.document.source)
            return Evidence(quote: document.document.source.string(range),
                            location: location(range, node: document.tree.segments[hit.segment].node),
                            confidence: Confidence(hit.strength))
        }

        /// A quote starts and ends on its words: the separators a pattern took in with it
        /// (", ngày …", "…; ") are not part of what it shows.
        static func trimmed(_ range: Range<Int>, in source: SourceText) -> Range<Int> {
            let leading: Set<Unicode.Scalar> = [",", ";", ":", ".", "…", ")", "]", "-", "–", "—", "|"]
            let trailing: Set<Unicode.Scalar> = [",", ";", ":", "…", "(", "[", "-", "–", "—", "|"]
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, leading.contains(source.scalars[lower]) || source.scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, trailing.contains(source.scalars[upper - 1]) || source.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            return lower < upper ? lower..<upper : range
        }

        /// A location with its section path and, where the format has them, paragraph and page.
        func location(_ range: Range<Int>, node: Int) -> SourceLocation {
            let block = document.document.block(at: range.lowerBound)
            return SourceLocation(range: range, source: document.document.source, section: document.tree.path(ofNode: node),
                                  paragraph: block?.paragraph, page: block?.page)
        }

        /// Where the rule's text belongs in this plan (its `belongs_in` part, or the nearest earlier
        /// part the plan has): a missing finding is shown there, not on the national motto.
        func place(of rule: Rule) -> Int? {
            rule.belongsIn.map { document.place(of: $0, dataScope: rule.scope == .data || rule.scope == .task) }
        }

        /// The first line of a segment, where a finding about it is shown.
        func location(ofSegment index: Int?) -> SourceLocation {
            let tree = document.tree
            let source = document.document.source
            guard let index, index < tree.segments.count else { return location(0..<0, node: 0) }
            let segment = tree.segments[index]
            let line = source.lineIndex(of: segment.range.lowerBound)
            return location(segment.range.lowerBound..<min(segment.range.upperBound, source.lineEnds[line]), node: segment.node)
        }
    }

    private func evaluate(_ compiled: CompiledRule, _ context: Context, earlier: [RequirementResult]) -> (RequirementResult, [Finding]) {
        let rule = compiled.rule
        // A document that is not a plan is said to be so (DS901) instead of missing everything.
        let notAPlan = context.document.form == .notAPlan && context.form == .notAPlan
        let diagnostic = compiled.phase == .diagnostic
        guard Self.applies(rule, profile: context.profile, form: context.form), !notAPlan || diagnostic else {
            return (RequirementResult(rule: rule, status: .notApplicable, confidence: nil, evidence: []), [])
        }
        if let check = compiled.check {
            let outcome = check.run(CheckContext(matching: context, rule: rule, earlier: earlier, rules: rules,
                                                 judge: { judge($0, over: $1, context, confined: true) }))
            var findings = outcome.findings.prefix(findingsPerRule).map {
                Finding(rule: rule, status: outcome.status, location: $0.location, detail: $0.detail)
            }
            if outcome.findings.count > findingsPerRule {
                let rest = outcome.findings.count - findingsPerRule
                findings.append(Finding(rule: rule, status: outcome.status, location: outcome.findings[findingsPerRule].location,
                                        detail: LocalizedText(
                    vi: "… và \(rest) chỗ khác cùng loại (chỉ nêu \(findingsPerRule) chỗ đầu cho mỗi yêu cầu; đổi bằng max_findings_per_rule hoặc --max-findings-per-rule)",
                    en: "… and \(rest) more of the same kind (only the first \(findingsPerRule) are listed per requirement; change with max_findings_per_rule or --max-findings-per-rule)")))
            }
            return (RequirementResult(rule: rule, status: outcome.status, confidence: outcome.status == .covered ? .high : nil,
                                      evidence: Array(outcome.evidence.prefix(Self.evidenceLimit))), findings)
        }
        let scope = context.scope(compiled)
        let result = judge(compiled, over: scope, context)
        guard result.status == .missing || result.status == .partial || result.status == .unknown else { return (result, []) }
        let first = result.evidence.first?.location ?? context.location(ofSegment: context.place(of: rule) ?? Self.anchor(of: scope, rule))
        return (result, [Finding(rule: rule, status: result.status, location: first, detail: result.reason)])
    }

    /// Covered, partial or missing by the rule's conditions over one scope; `confined` when a
    /// check chose the scope, so that `scoped` conditions stay inside it too.
    private func judge(_ compiled: CompiledRule, over scope: Scope, _ context: Context, confined: Bool = false) -> RequirementResult {
        let rule = compiled.rule
        var evaluator = ConditionEvaluator(document: context.document, scan: context.scan, scope: scope, minimum: context.minimum)
        if confined { evaluator.confinement = scope }
        // No hit inside a rule's exceptions is evidence; nor, for `covered`, inside a clause that
        // waits on a condition or only studies: such a commitment is at most half one (`partial`).
        // Nor, at all, inside a clause that moves its task past a plan for one year, nor in a
        // draft's notes and struck text.
        let exceptions = compiled.exceptions.flatMap { phrase in
            context.scan.occurrences(of: phrase).map { Int($0.start)..<(Int($0.start) + phrase.keys.count) }
        } + context.document.deferredClauses + context.document.draftNotes
        let tentative = context.document.tentativeClauses
        evaluator.masked = ConditionEvaluator.merged(exceptions + tentative)
        context.scan.currentRule = rule.id
        var incomplete = false
        if let match = compiled.match {
            let covered = evaluator.evaluate(match)
            if covered.holds { return result(rule, .covered, covered, context) }
            incomplete = covered.incomplete
        }
        if !tentative.isEmpty {
            evaluator.masked = ConditionEvaluator.merged(exceptions)
            // Met only by what waits on a condition or is only studied: half met, whatever the
            // rule's own partial condition says.
            if let match = compiled.match {
                let tentativelyCovered = evaluator.evaluate(match)
                incomplete = incomplete || tentativelyCovered.incomplete
                if tentativelyCovered.holds && !incomplete { return result(rule, .partial, tentativelyCovered, context) }
            }
        }
        let partial = compiled.partial.map(evaluator.evaluate)
        incomplete = incomplete || partial?.incomplete == true
        // Missing is a claim that the whole rule was evaluated; a stopped search cannot make it.
        if incomplete {
            return RequirementResult(rule: rule, status: .unknown, confidence: nil, evidence: [], reason: Self.stoppedReason)
        }
        if let partial, partial.holds {
            var judged = result(rule, .partial, partial, context)
            if case .all(let parts)? = compiled.match {
                judged.reason = Self.partsFound(parts.map { ($0, evaluator.evaluate($0)) }, context)
            }
            return judged
        }
        return RequirementResult(rule: rule, status: .missing, confidence: nil, evidence: [])
    }

    /// Which parts of an `all` condition the plan has (with the words found) and which it lacks
    /// (by the first wording of each): what a partial finding adds to its message.
    private static func partsFound(_ parts: [(CompiledCondition, Outcome)], _ context: Context) -> LocalizedText? {
        func quoted(_ texts: [String]) -> String { texts.map { "“\($0)”" }.joined(separator: "; ") }
        let found = parts.compactMap { $0.1.holds ? $0.1.hits.first.map { context.evidence($0).quote } : nil }
        let lacking = parts.compactMap { $0.1.holds ? nil : firstWording($0.0) }
        guard !lacking.isEmpty else { return nil }
        let foundVi = found.isEmpty ? "" : "đã có \(quoted(found)); "
        let foundEn = found.isEmpty ? "" : "found \(quoted(found)); "
        return LocalizedText(vi: foundVi + "chưa có nội dung như \(quoted(lacking))",
                             en: foundEn + "nothing yet like \(quoted(lacking))")
    }

    /// The first phrase a condition looks for: how a part of a rule is named to a reader.
    private static func firstWording(_ condition: CompiledCondition) -> String? {
        switch condition {
        case .any(let children), .all(let children): return children.lazy.compactMap(firstWording).first
        case .phrases(let list), .heading(let list): return list.first?.text
        case .near(let groups, _): return groups.compactMap { $0.first?.text }.joined(separator: " … ")
        case .scoped(_, _, let inner): return firstWording(inner)
        case .none, .regex: return nil
        }
    }

    static let cancelledReason = LocalizedText(
        vi: "Chưa xác định được: việc kiểm tra đã dừng (hết thời gian cho phép) trước khi đánh giá yêu cầu này.",
        en: "Not established: the check was stopped (time limit) before this requirement was evaluated.")

    static let stoppedReason = LocalizedText(
        vi: "Chưa xác định được: một biểu thức tìm kiếm của quy tắc đã dừng vì vượt giới hạn khối lượng xử lý trên văn bản này; cần người đọc kiểm tra.",
        en: "Not established: a search pattern of this rule stopped at its work limit on this document; a person should check it.")

    /// DS902: a data or task requirement that past-results parts alone would satisfy.
    private func result(_ rule: Rule, _ status: RequirementStatus, _ outcome: Outcome, _ context: Context) -> RequirementResult {
        // Longest first among hits that start together; a hit inside a kept one adds nothing.
        let ordered = outcome.hits.sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        var kept: [Hit] = []
        for hit in ordered where !kept.contains(where: { $0.range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.range.upperBound }) {
            kept.append(hit)
            if kept.count == Self.evidenceLimit { break }
        }
        return RequirementResult(rule: rule, status: status, confidence: Confidence(outcome.strength), evidence: kept.map(context.evidence))
    }

    /// A missing requirement is shown at the start of its scope, or of the document.
    private static func anchor(of scope: Scope, _ rule: Rule) -> Int? {
        rule.scope == .document || rule.scope == .plan || rule.scope == .headings || rule.scope == .header ? 0 : (scope.segments.first ?? 0)
    }

    static func applies(_ rule: Rule, profile: Profile?, form: DocumentForm) -> Bool {
        switch rule.appliesTo {
        case .both: break
        case .ministry: guard profile == .ministry else { return false }
        case .province: guard profile == .province else { return false }
        }
        return rule.forms.isEmpty || rule.forms.contains(form)
    }
}
