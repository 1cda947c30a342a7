import PlanCheckYAML

/// A named idea with the wordings officials use for it: synonyms, abbreviations, set phrases.
/// Rules refer to concepts (`concept: lead-unit`) and the structure layer reads section kinds and
/// task fields from them, so one new wording in `concepts.yml` reaches every rule and extractor.
public struct Concept: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Something a plan says (a lead unit, periodic reporting, a regulation).
        case phrase
        /// A kind of section, recognised from its heading (tasks, implementation, past results).
        case section
        /// A field of a task (lead, deadline, output), in running text and as a table column.
        case field
    }

    public var name: String
    public var kind: Kind
    public var title: LocalizedText
    public var wordings: [String]
    /// How the concept is written as a column header of a task table (fields only).
    public var columns: [String]
    /// Snippets in which the concept must be found (`covered`) or must not (`missing`).
    public var examples: [RuleExample]
    public var file: String
    public var mark: YAMLMark

    public init(name: String, kind: Kind, title: LocalizedText, wordings: [String], columns: [String] = [],
                examples: [RuleExample] = [], file: String, mark: YAMLMark) {
        self.name = name
        self.kind = kind
        self.title = title
        self.wordings = wordings
        self.columns = columns
        self.examples = examples
        self.file = file
        self.mark = mark
    }
}

/// The concepts of a rule library, by name.
public struct ConceptVocabulary: Sendable {
    public private(set) var concepts: [String: Concept] = [:]
    /// Abbreviations read as their words ("CSDL" → "cơ sở dữ liệu"), as written in the concept file.
    public private(set) var abbreviations: [Abbreviation] = []

    public struct Abbreviation: Sendable, Equatable {
        public var short: String
        public var long: String
        public init(short: String, long: String) {
            self.short = short
            self.long = long
        }
    }

    public init(_ concepts: [Concept] = [], abbreviations: [Abbreviation] = []) {
        for concept in concepts { self.concepts[concept.name] = concept }
        self.abbreviations = abbreviations
    }

    public subscript(name: String) -> Concept? { concepts[name] }

    public var names: [String] { concepts.keys.sorted() }

    /// Wordings by concept name, for layers that know concepts only as words.
    public var wordings: [String: [String]] { concepts.mapValues(\.wordings) }

    /// Task-table column headers by concept name (concepts of kind field that give them).
    public var columns: [String: [String]] { concepts.filter { !$0.value.columns.isEmpty }.mapValues(\.columns) }

    /// Later files override earlier ones concept by concept (a team's own wordings over the bundled ones).
    public mutating func merge(_ other: ConceptVocabulary) {
        for (name, concept) in other.concepts { concepts[name] = concept }
        for abbreviation in other.abbreviations {
            abbreviations.removeAll { $0.short == abbreviation.short }
            abbreviations.append(abbreviation)
        }
    }
}
