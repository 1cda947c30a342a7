import CLibYAML

/// Builds a `YAMLNode` tree from libyaml's event parser.
///
/// Only the first document of a stream is returned. Aliases are resolved by sharing the anchored
/// node (Swift arrays are copy-on-write, so sharing costs nothing) while the expanded size is
/// counted against `YAMLLimits.maxExpandedNodes`.
public enum YAMLParser {
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        guard bytes.count <= limits.maxBytes else {
            throw YAMLError(mark: YAMLMark(line: 1, column: 1),
                            message: "file is \(bytes.count) bytes; the limit is \(limits.maxBytes)")
        }
        if bytes.isEmpty { bytes = [0x0A] }  // libyaml needs a non-null buffer
        var builder = TreeBuilder(limits: limits)
        let result: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1, let base = buffer.baseAddress else {
                return .failure(YAMLError(mark: YAMLMark(line: 1, column: 1), message: "libyaml could not start"))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(Self.parserError(parser))
                }
                defer { yaml_event_delete(&event) }
                do throws(YAMLError) {
                    if try builder.consume(event) { return .success(builder.root) }
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    private static func parserError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = YAMLMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let message = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(mark: mark, message: message)
    }
}

/// The state of the event-to-tree conversion.
private struct TreeBuilder {
    fileprivate enum Frame {
        case sequence(mark: YAMLMark, anchor: String?, items: [YAMLNode], size: Int)
        case mapping(mark: YAMLMark, anchor: String?, pairs: [(key: YAMLNode, value: YAMLNode)], pendingKey: YAMLNode?, size: Int)
    }

    let limits: YAMLLimits
    var stack: [Frame] = []
    /// Anchored nodes with their expanded size.
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var expandedNodes = 0
    var root: YAMLNode?

    init(limits: YAMLLimits) { self.limits = limits }

    /// Returns true when the first document is complete.
    mutating func consume(_ event: yaml_event_t) throws(YAMLError) -> Bool {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { pointer in
                String(decoding: UnsafeBufferPointer(start: pointer, count: Int(scalar.length)), as: UTF8.self)
            } ?? ""
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
            try count(1, at: mark)
            try add(YAMLNode(.scalar(text, plain: plain), mark: mark), size: 1, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw YAMLError(mark: mark, message: "unknown alias '*\(name)'")
            }
            try count(anchored.size, at: mark)
            var node = anchored.node
            node.mark = mark
            try add(node, size: anchored.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            try count(1, at: mark)
            try push(.sequence(mark: mark, anchor: Self.string(event.data.sequence_start.anchor), items: [], size: 1), at: mark)
        case YAML_MAPPING_START_EVENT:
            try count(1, at: mark)
            try push(.mapping(mark: mark, anchor: Self.string(event.data.mapping_start.anchor), pairs: [], pendingKey: nil, size: 1), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            switch frame {
            case .sequence(let start, let anchor, let items, let size):
                try add(YAMLNode(.sequence(items), mark: start), size: size, anchor: anchor)
            case .mapping(let start, let anchor, let pairs, _, let size):
                try add(YAMLNode(.mapping(pairs), mark: start), size: size, anchor: anchor)
            }
        case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
            return true
        default:
            break
        }
        return false
    }

    private mutating func push(_ frame: Frame, at mark: YAMLMark) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(mark: mark, message: "nesting deeper than \(limits.maxDepth) levels")
        }
        stack.append(frame)
    }

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws(YAMLError) {
        expandedNodes += nodes
        guard expandedNodes <= limits.maxExpandedNodes else {
            throw YAMLError(mark: mark, message: "aliases expand past \(limits.maxExpandedNodes) nodes; refusing to expand (is this a 'billion laughs' file?)")
        }
    }

    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = (node, size) }
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let mark, let anchor, var items, let total):
            items.append(node)
            stack.append(.sequence(mark: mark, anchor: anchor, items: items, size: total + size))
        case .mapping(let mark, let anchor, var pairs, let pendingKey, let total):
            if let key = pendingKey {
                pairs.append((key, node))
                stack.append(.mapping(mark: mark, anchor: anchor, pairs: pairs, pendingKey: nil, size: total + size))
            } else {
                if let text = node.scalar, pairs.contains(where: { $0.key.scalar == text }) {
                    throw YAMLError(mark: node.mark, message: "duplicate key '\(text)'")
                }
                stack.append(.mapping(mark: mark, anchor: anchor, pairs: pairs, pendingKey: node, size: total + size))
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
