import PlanCheckYAML

/// A kind of structural check as rule files name it: `check: is_plan`, or with parameters
/// `check: {task_field: lead}`. The kinds live with the matcher, one type per file, and reach the
/// rule loader as a list (`RuleLoader.load(paths:checks:)`): the decoder knows none of them by
/// name, so a new kind is its own file and one line in that list.
public protocol RuleCheckKind: Sendable {
    /// The name in rule files.
    static var name: String { get }
    /// What the parameters look like, for messages ("lead, partners, deadline or output"); nil
    /// when the check takes none and is written by its name alone.
    static var parameterUsage: String? { get }
    /// The check with its parameters (nil when it takes none). Problems are reported to
    /// `reader`, at the node at fault; nil when there was one.
    static func decode(_ parameters: YAMLNode?, _ reader: inout CheckParameterReader) -> Self?
}

extension RuleCheckKind {
    public var name: String { Self.name }
}

/// What a check kind's decoder may use to read its parameters: the same readers (phrases,
/// concept references, mappings, bilingual text) and the same positioned problems as the rest of
/// a rule file.
public struct CheckParameterReader {
    var decoder: RuleDecoder

    public mutating func issue(_ node: YAMLNode, _ message: String) { decoder.issue(node, message) }

    /// A phrase with at least one syllable.
    public mutating func phrase(_ node: YAMLNode) -> String? { decoder.phrase(node) }

    /// A list of phrases; an item (or the whole) may be `{concept: NAME}`.
    public mutating func phraseList(_ node: YAMLNode, _ key: String) -> [String]? { decoder.phraseList(node, key) }

    /// `{vi, en}` text.
    public mutating func localized(_ node: YAMLNode, _ key: String) -> LocalizedText? { decoder.localized(node, key) }

    /// A mapping's fields, with unknown keys (and a suggestion) and missing required ones reported.
    public mutating func mapping(_ node: YAMLNode, allowed: [String], required: [String], what: String) -> [String: YAMLNode]? {
        decoder.mapping(node, allowed: allowed, required: required, what: what)
    }

    /// A year from 2000 to 2100.
    public mutating func year(_ node: YAMLNode, _ key: String) -> Int? {
        guard let value = node.int, (2000...2100).contains(value) else {
            issue(node, "'\(key)' must be a year such as 2030")
            return nil
        }
        return value
    }
}
