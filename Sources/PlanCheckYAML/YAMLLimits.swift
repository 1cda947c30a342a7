/// Bounds on what a YAML file may make the parser do. A rule file is small and flat; anything
/// beyond these is hostile or broken, and is refused with a clear error instead of being expanded.
public struct YAMLLimits: Sendable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Total nodes in the tree *as if every alias were expanded*. A "billion laughs" file is
    /// small but expands exponentially; counting the expansion stops it at the first alias
    /// that crosses the bound.
    public var maxExpandedNodes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64, maxExpandedNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    public static let `default` = YAMLLimits()
}
