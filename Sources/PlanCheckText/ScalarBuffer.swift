/// A text's Unicode scalars, two bytes each while every scalar is in the Basic Multilingual Plane
/// (all Vietnamese is) and four bytes each from the first one that is not. An array of
/// `Unicode.Scalar` took four bytes a character, and a document keeps two texts (the original and
/// the normalised one): they were the largest part of a check's memory after the tokens.
///
/// Indices are scalar offsets from 0, as they were with the array, so every offset in plancheck
/// keeps its meaning.
public struct ScalarBuffer: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The scalars while all are below U+10000 (empty once `isWide`).
    @usableFromInline var narrow: [UInt16] = []
    /// All the scalars, once one is above U+FFFF (else empty).
    @usableFromInline var wide: [UInt32] = []
    @usableFromInline var isWide = false

    public init() {}

    @inlinable public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        self.init()
        append(contentsOf: scalars)
    }

    public init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    /// A buffer of scalar values already decoded, each below U+10000 (and not a surrogate).
    package init(narrow values: [UInt16]) {
        narrow = values
    }

    /// A buffer of scalar values already decoded, any of them above U+FFFF.
    package init(wide values: [UInt32]) {
        wide = values
        isWide = true
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { isWide ? wide.count : narrow.count }
    // Written out (and inlinable) so that generic algorithms over a buffer or its slices, in any
    // module, compile to index arithmetic instead of calls through the protocol's witnesses.
    @inlinable public var count: Int { endIndex }
    @inlinable public var indices: Range<Int> { 0..<endIndex }
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    @inlinable public func index(before i: Int) -> Int { i - 1 }
    @inlinable public func formIndex(after i: inout Int) { i += 1 }
    @inlinable public func formIndex(before i: inout Int) { i -= 1 }
    @inlinable public func index(_ i: Int, offsetBy distance: Int) -> Int { i + distance }
    @inlinable public func distance(from start: Int, to end: Int) -> Int { end - start }

    @inlinable public subscript(position: Int) -> Unicode.Scalar {
        // Both stores hold only valid scalar values (no surrogates: they are not scalars).
        isWide ? unsafeBitCast(wide[position], to: Unicode.Scalar.self)
            : unsafeBitCast(UInt32(narrow[position]), to: Unicode.Scalar.self)
    }

    @inlinable public mutating func reserveCapacity(_ count: Int) {
        if isWide { wide.reserveCapacity(count) } else { narrow.reserveCapacity(count) }
    }

    @inlinable public mutating func append(_ scalar: Unicode.Scalar) {
        if !isWide, scalar.value <= 0xFFFF {
            narrow.append(UInt16(truncatingIfNeeded: scalar.value))
        } else {
            appendWide(scalar)
        }
    }

    @usableFromInline mutating func appendWide(_ scalar: Unicode.Scalar) {
        if !isWide {
            // The first scalar outside the BMP: everything moves to four bytes, once.
            wide.reserveCapacity(Swift.max(narrow.capacity, narrow.count + 1))
            wide.append(contentsOf: narrow.lazy.map(UInt32.init))
            narrow = []
            isWide = true
        }
        wide.append(scalar.value)
    }

    @inlinable public mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    /// The stored values, for a scan of the whole text without a check per element: the two-byte
    /// store (`narrow`) while every scalar is in the BMP, else the four-byte one (`wide`).
    @inlinable public func withValues<R>(_ body: (_ narrow: UnsafeBufferPointer<UInt16>?, _ wide: UnsafeBufferPointer<UInt32>?) throws -> R) rethrows -> R {
        if isWide { return try wide.withUnsafeBufferPointer { try body(nil, $0) } }
        return try narrow.withUnsafeBufferPointer { try body($0, nil) }
    }

    public static func == (a: ScalarBuffer, b: ScalarBuffer) -> Bool { a.elementsEqual(b) }
}
