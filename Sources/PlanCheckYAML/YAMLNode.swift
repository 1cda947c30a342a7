/// A position in a YAML source, 1-based. `column` counts Unicode scalars, as libyaml does.
public struct YAMLMark: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// One node of a parsed YAML document. Every node keeps where it started so that a rule
/// loader can point at the exact value it rejects.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        /// `plain` is false for quoted and block scalars: only plain scalars are resolved as
        /// numbers, booleans or null.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        /// Pairs in document order; duplicate keys are rejected by the parser.
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var kind: Kind
    public var mark: YAMLMark

    public init(_ kind: Kind, mark: YAMLMark) {
        self.kind = kind
        self.mark = mark
    }

    /// The scalar text, whatever its style.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// A plain scalar that YAML 1.1/1.2 core schema would read as null (`~`, `null`, empty).
    public var isNull: Bool {
        if case .scalar(let text, let plain) = kind, plain {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    public var int: Int? {
        if case .scalar(let text, let plain) = kind, plain { return Int(text) }
        return nil
    }

    public var bool: Bool? {
        guard case .scalar(let text, let plain) = kind, plain else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value under a string key of a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first(where: { $0.key.scalar == key })?.value
    }

    /// A short name of the node's type for error messages.
    public var typeName: String {
        switch kind {
        case .scalar: return isNull ? "null" : "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}
