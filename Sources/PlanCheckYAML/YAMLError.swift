/// A YAML problem with the position libyaml (or the tree builder) gave for it.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    public var mark: YAMLMark
    public var message: String

    public init(mark: YAMLMark, message: String) {
        self.mark = mark
        self.message = message
    }

    public var description: String { "\(mark): \(message)" }
}
