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

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        self.init()
        append(contentsOf: scalars)
    }

    public init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    /// Fills a buffer of exactly `count` scalars in one allocation: `fill` is called with an
    /// `append` function and must append `count` scalars.
    package init(count: Int, fill: (_ append: (Unicode.Scalar) -> Void) -> Void) {
        self.init()
        reserveCapacity(count)
        fill { self.append($0) }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { isWide ? wide.count : narrow.count }

    @inlinable public subscript(position: Int) -> Unicode.Scalar {
        // Both stores hold only valid scalar values (no surrogates: they are not scalars).
        isWide ? unsafeBitCast(wide[position], to: Unicode.Scalar.self)
            : unsafeBitCast(UInt32(narrow[position]), to: Unicode.Scalar.self)
    }

    public mutating func reserveCapacity(_ count: Int) {
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

    public mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    public static func == (a: ScalarBuffer, b: ScalarBuffer) -> Bool { a.elementsEqual(b) }
}
