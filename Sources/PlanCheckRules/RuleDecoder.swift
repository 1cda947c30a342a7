import Foundation
import PlanCheckYAML
import PlanCheckDomain

/// Turns the YAML tree of one rule file into a `RuleSet`, collecting every problem with the
/// position of the node at fault instead of stopping at the first.
struct RuleDecoder {
    let file: String
    /// The concepts rules may name (`concept: lead-unit`); their wordings replace the reference.
    let concepts: ConceptVocabulary
    /// The kinds of structural check rules may name (`check: task_table`).
    let checks: [any RuleCheckKind.Type]
    private(set) var issues: [RuleIssue] = []

    init(file: String, concepts: ConceptVocabulary = ConceptVocabulary(), checks: [any RuleCheckKind.Type] = []) {
        self.file = file
        self.concepts = concepts
        self.checks = checks
    }

    static let setKeys = ["id", "version", "title", "source", "kind", "rules"]
    static let conceptSetKeys = ["id", "version", "title", "source", "concepts", "abbreviations"]
    static let conceptKeys = ["name", "kind", "title", "wordings", "columns", "examples"]
    static let ruleKeys = ["id", "name", "title", "basis", "citation", "applies_to", "forms", "scope", "severity",
                           "message", "partial_message", "hint", "belongs_in", "match", "partial", "check", "except", "examples"]
    static let conditionKeys = ["any", "all", "none", "phrases", "regex", "near", "heading", "concept", "scoped"]
    /// The forms a rule may be limited to (every form a plan can have).
    static let formNames = DocumentForm.allCases.filter { $0 != .notAPlan }.map(\.rawValue)

    mutating func decodeSet(_ root: YAMLNode) -> RuleSet? {
        guard let fields = mapping(root, allowed: Self.setKeys, required: Self.setKeys.filter { $0 != "kind" }, what: "rule set") else { return nil }
        let kind: RuleSet.Kind = fields["kind"].flatMap { enumeration($0, "kind") } ?? .requirements
        let id = fields["id"].flatMap { string($0, "id") }
        let version = fields["version"].flatMap { string($0, "version") }
        let title = fields["title"].flatMap { localized($0, "title") }
        let source = fields["source"].flatMap { string($0, "source") }
        var rules: [Rule] = []
        if let list = fields["rules"] {
            if let items = list.sequence {
                if items.isEmpty { issue(list, "'rules' is empty") }
                rules = items.compactMap { decodeRule($0) }
                for index in rules.indices { rules[index].isDetector = kind == .detectors }
            } else {
                issue(list, "'rules' must be a sequence of rules, not a \(list.typeName)")
            }
        }
        guard let id, let version, let title, let source else { return nil }
        var set = RuleSet(id: id, version: version, title: title, source: source, rules: rules, file: file)
        set.kind = kind
        return set
    }

    /// A file of concepts: `concepts:` instead of `rules:`.
    mutating func decodeConcepts(_ root: YAMLNode) -> ConceptVocabulary {
        guard let fields = mapping(root, allowed: Self.conceptSetKeys, required: Self.conceptSetKeys.filter { $0 != "abbreviations" },
                                   what: "concept set") else { return ConceptVocabulary() }
        let abbreviations = fields["abbreviations"].map { self.abbreviations($0) } ?? []
        return ConceptVocabulary(conceptList(fields), abbreviations: abbreviations)
    }

    /// `- [CSDL, cơ sở dữ liệu]`: the short form as officials write it, and the words it stands for.
    private mutating func abbreviations(_ node: YAMLNode) -> [ConceptVocabulary.Abbreviation] {
        guard let items = node.sequence else {
            issue(node, "'abbreviations' must be a list of [SHORT, words] pairs")
            return []
        }
        var result: [ConceptVocabulary.Abbreviation] = []
        for item in items {
            guard let pair = item.sequence, pair.count == 2, let short = pair[0].scalar, let long = pair[1].scalar,
                  short.contains(where: \.isLetter), long.split(separator: " ").count >= 2 else {
                issue(item, "an abbreviation is [SHORT, words of two syllables or more], e.g. [CSDL, cơ sở dữ liệu]")
                continue
            }
            result.append(.init(short: short, long: long))
        }
        return result
    }

    private mutating func conceptList(_ fields: [String: YAMLNode]) -> [Concept] {
        for key in ["id", "version", "source"] { _ = fields[key].flatMap { string($0, key) } }
        _ = fields["title"].flatMap { localized($0, "title") }
        guard let list = fields["concepts"] else { return [] }
        guard let items = list.sequence, !items.isEmpty else {
            issue(list, "'concepts' must be a non-empty sequence of concepts")
            return []
        }
        var seen: [String: YAMLNode] = [:]
        var result: [Concept] = []
        for item in items {
            guard let concept = decodeConcept(item) else { continue }
            if let first = seen[concept.name] {
                issue(item, "duplicate concept '\(concept.name)' (first defined at line \(first.mark.line))")
                continue
            }
            seen[concept.name] = item
            result.append(concept)
        }
        return result
    }

    private mutating func decodeConcept(_ node: YAMLNode) -> Concept? {
        guard let fields = mapping(node, allowed: Self.conceptKeys, required: ["name", "kind", "title", "wordings", "examples"],
                                   what: "concept") else { return nil }
        let name = fields["name"].flatMap { slug($0) }
        let kind: Concept.Kind? = fields["kind"].flatMap { enumeration($0, "kind") }
        let title = fields["title"].flatMap { localized($0, "title") }
        let wordings = fields["wordings"].flatMap { phraseList($0, "wordings") }
        let columns = fields["columns"].flatMap { phraseList($0, "columns") } ?? []
        if fields["columns"] != nil, kind != .field, let node = fields["columns"] { issue(node, "'columns' is for concepts of kind field") }
        let examples = fields["examples"].map { self.examples($0) } ?? []
        guard let name, let kind, let title, let wordings else { return nil }
        return Concept(name: name, kind: kind, title: title, wordings: wordings, columns: columns, examples: examples,
                       file: file, mark: node.mark)
    }

    private mutating func decodeRule(_ node: YAMLNode) -> Rule? {
        let optional: Set = ["forms", "partial", "partial_message", "match", "check", "except", "belongs_in"]
        let required = Self.ruleKeys.filter { !optional.contains($0) }
        guard let fields = mapping(node, allowed: Self.ruleKeys, required: required, what: "rule") else { return nil }
        let id = fields["id"].flatMap { identifier($0) }
        let name = fields["name"].flatMap { slug($0) }
        let title = fields["title"].flatMap { localized($0, "title") }
        let basis: Basis? = fields["basis"].flatMap { enumeration($0, "basis") }
        let citation = fields["citation"].flatMap { string($0, "citation") }
        let appliesTo: AppliesTo? = fields["applies_to"].flatMap { enumeration($0, "applies_to") }
        let forms = fields["forms"].map { formList($0) } ?? []
        let scope = fields["scope"].flatMap { decodeScope($0) }
        let severity: Severity? = fields["severity"].flatMap { enumeration($0, "severity") }
        let message = fields["message"].flatMap { localized($0, "message", profiles: true) }
        let partialMessage = fields["partial_message"].flatMap { localized($0, "partial_message", profiles: true) }
        let hint = fields["hint"].flatMap { localized($0, "hint", profiles: true) }
        let match = fields["match"].flatMap { condition($0) }
        let partial = fields["partial"].flatMap { condition($0) }
        let check = fields["check"].flatMap { ruleCheck($0) }
        let examples = fields["examples"].map { self.examples($0) } ?? []
        let except = fields["except"].flatMap { phraseList($0, "except") } ?? []
        let belongsIn: SectionKind? = fields["belongs_in"].flatMap { enumeration($0, "belongs_in") }
        switch (fields["match"], fields["check"]) {
        case (nil, nil): issue(node, "rule needs 'match' (a condition) or 'check' (a structural check)")
        case (.some, .some(let checkNode)): issue(checkNode, "a rule has either 'match' or 'check', not both")
        default: break
        }
        guard let id, let name, let title, let basis, let citation, let appliesTo, let scope, let severity,
              let message, let hint, match != nil || check != nil else { return nil }
        var rule = Rule(id: id, name: name, title: title, basis: basis, citation: citation, appliesTo: appliesTo,
                    forms: forms, scope: scope, severity: severity, message: message, hint: hint, match: match,
                    partial: partial, check: check, examples: examples, file: file, mark: node.mark)
        rule.except = except
        rule.belongsIn = belongsIn
        rule.partialMessage = partialMessage
        if let node = fields["partial_message"], fields["partial"] == nil, fields["check"] == nil {
            issue(node, "'partial_message' is said when 'partial' holds; this rule has no 'partial' condition")
        }
        return rule
    }

    // MARK: Conditions

    private mutating func condition(_ node: YAMLNode) -> Condition? {
        guard let pairs = node.mapping else {
            issue(node, "a condition must be a mapping with one of \(Self.conditionKeys.joined(separator: ", ")), not a \(node.typeName)")
            return nil
        }
        guard pairs.count == 1, let (keyNode, value) = pairs.first, let key = keyNode.scalar else {
            issue(node, pairs.isEmpty ? "empty condition" : "a condition has exactly one key (\(Self.conditionKeys.joined(separator: ", "))); combine several with 'all'")
            return nil
        }
        switch key {
        case "any", "all", "none":
            guard let items = value.sequence else {
                issue(value, "'\(key)' takes a sequence of phrases and conditions, not a \(value.typeName)")
                return nil
            }
            if items.isEmpty {
                issue(value, "empty condition: '\(key)' has no terms")
                return nil
            }
            let children = items.compactMap { item -> Condition? in
                if item.scalar != nil, !item.isNull { return phrase(item).map { .phrases([$0]) } }
                return condition(item)
            }
            guard children.count == items.count else { return nil }
            return key == "any" ? .any(children) : key == "all" ? .all(children) : .none(children)
        case "phrases", "heading", "concept":
            guard let list = key == "concept" ? conceptWordings(value) : phraseList(value, key) else { return nil }
            return key == "heading" ? .heading(list) : .phrases(list)
        case "regex":
            guard let pattern = string(value, "regex") else { return nil }
            do {
                _ = try CompiledPatterns.shared.expression(pattern)
            } catch {
                issue(value, "invalid regex '\(pattern)': \(Self.regexProblem(pattern))")
                return nil
            }
            return .regex(pattern)
        case "near":
            return near(value)
        case "scoped":
            guard let fields = mapping(value, allowed: ["scope", "match"], required: ["scope", "match"], what: "scoped condition"),
                  let scopeNode = fields["scope"], let matchNode = fields["match"] else { return nil }
            let scope = decodeScope(scopeNode), inner = condition(matchNode)
            guard let scope, let inner else { return nil }
            return .scoped(scope, inner)
        default:
            issue(keyNode, "unknown condition '\(key)'" + Spelling.didYouMean(key, among: Self.conditionKeys))
            return nil
        }
    }

    private mutating func near(_ node: YAMLNode) -> Condition? {
        guard let fields = mapping(node, allowed: ["terms", "within"], required: ["terms", "within"], what: "near") else { return nil }
        var groups: [[String]]?
        if let terms = fields["terms"] {
            if let items = terms.sequence, items.count >= 2 {
                let parsed = items.compactMap { item in
                    item.sequence != nil || item.mapping != nil ? phraseList(item, "near.terms") : phrase(item).map { [$0] }
                }
                if parsed.count == items.count { groups = parsed }
            } else {
                issue(terms, "'near.terms' needs at least two terms (each a phrase or a list of phrases)")
            }
        }
        var within: Int?
        if let withinNode = fields["within"] {
            if let value = withinNode.int, (1...200).contains(value) {
                within = value
            } else {
                issue(withinNode, "'near.within' must be a whole number of syllables from 1 to 200")
            }
        }
        guard let groups, let within else { return nil }
        return .near(groups: groups, within: within)
    }

    /// A list of phrases; an item (or the whole) may be `{concept: NAME}`, which stands for the
    /// concept's wordings.
    mutating func phraseList(_ node: YAMLNode, _ key: String) -> [String]? {
        if node.mapping != nil { return conceptWordings(node) }
        guard let items = node.sequence else {
            if node.scalar != nil, !node.isNull { return phrase(node).map { [$0] } }
            issue(node, "'\(key)' takes a list of phrases, not a \(node.typeName)")
            return nil
        }
        if items.isEmpty {
            issue(node, "empty condition: '\(key)' has no phrases")
            return nil
        }
        var phrases: [String] = []
        var failed = false
        for item in items {
            if item.mapping != nil {
                if let words = conceptWordings(item) { phrases += words } else { failed = true }
            } else if let text = phrase(item) {
                phrases.append(text)
            } else {
                failed = true
            }
        }
        return failed ? nil : phrases
    }

    /// `{concept: NAME}` (or the NAME itself, after a `concept:` key): the concept's wordings.
    private mutating func conceptWordings(_ node: YAMLNode) -> [String]? {
        var nameNode = node
        if node.mapping != nil {
            guard let fields = mapping(node, allowed: ["concept"], required: ["concept"], what: "concept reference"),
                  let value = fields["concept"] else { return nil }
            nameNode = value
        }
        guard let name = nameNode.scalar, !nameNode.isNull else {
            issue(nameNode, "a concept reference is a concept name, not a \(nameNode.typeName)")
            return nil
        }
        guard let concept = concepts[name] else {
            issue(nameNode, "unknown concept '\(name)'" + Spelling.didYouMean(name, among: concepts.names)
                  + (concepts.names.isEmpty ? " (no concepts are loaded)" : ""))
            return nil
        }
        return concept.wordings
    }

    mutating func phrase(_ node: YAMLNode) -> String? {
        guard let text = node.scalar, !node.isNull else {
            issue(node, "a phrase must be text, not a \(node.typeName)")
            return nil
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            issue(node, "empty phrase '\(text)': it has no syllable to match")
            return nil
        }
        return text
    }

    // MARK: Checks

    /// `check: NAME` or `check: {NAME: parameters}`, of one of the kinds this decoder was given.
    private mutating func ruleCheck(_ node: YAMLNode) -> (any RuleCheckKind)? {
        let names = checks.map { $0.name }
        let nameNode: YAMLNode
        let parameters: YAMLNode?
        if node.scalar != nil, !node.isNull {
            (nameNode, parameters) = (node, nil)
        } else if let pairs = node.mapping, pairs.count == 1, let (key, value) = pairs.first, key.scalar != nil {
            (nameNode, parameters) = (key, value)
        } else {
            let bare = checks.filter { $0.parameterUsage == nil }.map { $0.name }
            let withParameters = checks.filter { $0.parameterUsage != nil }.map { $0.name }
            issue(node, "'check' is a name (\(bare.joined(separator: ", "))) or a mapping with one of \(withParameters.joined(separator: ", "))")
            return nil
        }
        let name = nameNode.scalar ?? ""
        guard let kind = checks.first(where: { $0.name == name }) else {
            issue(nameNode, "unknown check '\(name)'" + Spelling.didYouMean(name, among: names)
                  + (checks.isEmpty ? " (no check kinds are loaded)" : ""))
            return nil
        }
        switch (parameters, kind.parameterUsage) {
        case (nil, let usage?):
            issue(node, "check '\(name)' takes parameters: {\(name): \(usage)}")
            return nil
        case (let value?, nil):
            issue(value, "check '\(name)' takes no parameters; write 'check: \(name)'")
            return nil
        default:
            var reader = CheckParameterReader(decoder: self)
            let check = kind.decode(parameters, &reader)
            issues = reader.decoder.issues
            return check
        }
    }

    // MARK: Fields

    private mutating func decodeScope(_ node: YAMLNode) -> RuleScope? {
        if let name = node.scalar, !node.isNull {
            switch name {
            case "document": return .document
            case "plan": return .plan
            case "data": return .data
            case "task": return .task
            case "headings": return .headings
            case "header": return .header
            case "annex": return .annex
            case "closing": return .closing
            default:
                issue(node, "unknown scope '\(name)'; use document, plan, data, task, headings, header, annex, closing or {section: [phrases]}"
                      + Spelling.didYouMean(name, among: ["document", "plan", "data", "task", "headings", "header", "annex", "closing"]))
                return nil
            }
        }
        guard let fields = mapping(node, allowed: ["section"], required: ["section"], what: "scope"),
              let list = fields["section"] else { return nil }
        return phraseList(list, "section").map { .sections($0) }
    }

    private mutating func formList(_ node: YAMLNode) -> [DocumentForm] {
        guard let items = node.sequence, !items.isEmpty else {
            issue(node, "'forms' must be a non-empty list of \(Self.formNames.joined(separator: ", "))")
            return []
        }
        var forms: [DocumentForm] = []
        for item in items {
            guard let name = item.scalar, Self.formNames.contains(name), let form = DocumentForm(rawValue: name) else {
                let text = item.scalar ?? item.typeName
                issue(item, "unknown form '\(text)'; use \(Self.formNames.joined(separator: ", "))" + Spelling.didYouMean(text, among: Self.formNames))
                continue
            }
            forms.append(form)
        }
        return forms
    }

    private mutating func examples(_ node: YAMLNode) -> [RuleExample] {
        let kinds = RuleExample.Expectation.allCases.map(\.rawValue)
        guard let fields = mapping(node, allowed: kinds, required: ["covered", "missing"], what: "examples") else { return [] }
        var result: [RuleExample] = []
        for kind in RuleExample.Expectation.allCases {
            guard let list = fields[kind.rawValue] else { continue }
            guard let items = list.sequence, !items.isEmpty else {
                issue(list, "'examples.\(kind.rawValue)' must be a non-empty list of text snippets")
                continue
            }
            for item in items {
                guard let text = item.scalar, !item.isNull, !text.isEmpty else {
                    issue(item, "an example must be a text snippet, not a \(item.typeName)")
                    continue
                }
                result.append(RuleExample(expect: kind, text: text, mark: item.mark))
            }
        }
        return result
    }

    private mutating func identifier(_ node: YAMLNode) -> String? {
        guard let id = string(node, "id") else { return nil }
        // Upper-case letters (and digits) then three digits: checked by hand, as a regex compiled
        // per rule was a tenth of the start-up.
        let scalars = Array(id.unicodeScalars)
        func upper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
        func digit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        guard scalars.count >= 4, upper(scalars[0]), scalars.suffix(3).allSatisfy(digit),
              scalars.dropFirst().allSatisfy({ upper($0) || digit($0) }) else {
            issue(node, "rule id '\(id)' must be upper-case letters followed by three digits, like DS305")
            return nil
        }
        return id
    }

    private mutating func slug(_ node: YAMLNode) -> String? {
        guard let name = string(node, "name") else { return nil }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }) else {
            issue(node, "rule name '\(name)' must be a lower-case slug like security-privacy")
            return nil
        }
        return name
    }

    /// `{vi, en}`; with `profiles`, also `ministry: {vi, en}` and `province: {vi, en}`, the
    /// wording for plans of that profile.
    mutating func localized(_ node: YAMLNode, _ key: String, profiles: Bool = false) -> LocalizedText? {
        if let text = node.scalar, !node.isNull, !text.isEmpty {
            return LocalizedText(vi: text, en: text)
        }
        let profileKeys = profiles ? AppliesTo.allCases.map(\.rawValue).filter { $0 != "both" } : []
        guard let fields = mapping(node, allowed: ["vi", "en"] + profileKeys, required: ["vi", "en"], what: key) else { return nil }
        guard let vi = fields["vi"].flatMap({ string($0, "\(key).vi") }),
              let en = fields["en"].flatMap({ string($0, "\(key).en") }) else { return nil }
        var variants: [String: LocalizedText] = [:]
        for profile in profileKeys {
            if let variant = fields[profile].flatMap({ localized($0, "\(key).\(profile)") }) { variants[profile] = variant }
        }
        return LocalizedText(vi: vi, en: en, byProfile: variants.isEmpty ? nil : variants)
    }

    private mutating func enumeration<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ key: String) -> T? where T.RawValue == String {
        guard let text = string(node, key) else { return nil }
        guard let value = T(rawValue: text) else {
            let names = T.allCases.map(\.rawValue)
            issue(node, "'\(key)' must be one of \(names.joined(separator: ", ")), not '\(text)'" + Spelling.didYouMean(text, among: names))
            return nil
        }
        return value
    }

    private mutating func string(_ node: YAMLNode, _ key: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            issue(node, "'\(key)' must be text, not a \(node.typeName)")
            return nil
        }
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            issue(node, "'\(key)' is empty")
            return nil
        }
        return text
    }

    /// Checks a mapping's keys: unknown ones (with a suggestion) and missing required ones.
    mutating func mapping(_ node: YAMLNode, allowed: [String], required: [String], what: String) -> [String: YAMLNode]? {
        guard let pairs = node.mapping else {
            issue(node, "a \(what) must be a mapping, not a \(node.typeName)")
            return nil
        }
        var fields: [String: YAMLNode] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar else {
                issue(key, "keys must be text")
                continue
            }
            if allowed.contains(name) {
                fields[name] = value
            } else {
                issue(key, "unknown key '\(name)' in \(what)" + Spelling.didYouMean(name, among: allowed))
            }
        }
        let absent = required.filter { fields[$0] == nil }
        if !absent.isEmpty {
            issue(node, "\(what) is missing " + absent.map { "'\($0)'" }.joined(separator: ", "))
        }
        return fields
    }

    mutating func issue(_ node: YAMLNode, _ message: String) {
        issues.append(RuleIssue(file: file, mark: node.mark, message: message))
    }

    /// Foundation's regex error says only "the value is invalid"; Swift's own regex parser names
    /// the problem ("expected ']'"), so ask it for the explanation.
    private static func regexProblem(_ pattern: String) -> String {
        do {
            _ = try Regex(pattern)
            return "the ICU regex engine rejects it"
        } catch {
            return "\(error)"
        }
    }
}
