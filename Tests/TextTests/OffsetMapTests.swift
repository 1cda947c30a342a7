import Testing
@testable import PlanCheckText

@Suite struct OffsetMapTests {
    /// The map against two plain arrays of offsets (what it replaces), on runs of every kind:
    /// one to one, skipped original scalars, recomposed words, marks, empty appends.
    @Test func answersAsTwoArraysOfOffsetsWould() {
        var generator = SplitMix(seed: 142)
        for _ in 0..<200 {
            var map = OffsetMap()
            var starts: [Int] = [], ends: [Int] = []
            var original = 0
            for _ in 0..<Int(generator.next() % 30) {
                original += Int(generator.next() % 3)  // ignorable scalars dropped
                let length = 1 + Int(generator.next() % 5)
                let count = generator.next() % 3 == 0 ? max(0, length - Int(generator.next() % 3)) : length
                map.append(count, from: original..<original + length)
                for offset in 0..<count {
                    starts.append(count == length ? original + offset : original)
                    ends.append(count == length ? original + offset + 1 : original + length)
                }
                original += length
            }
            #expect(map.count == starts.count)
            for index in starts.indices {
                #expect(map.start(of: index) == starts[index] && map.end(of: index) == ends[index])
            }
            for offset in 0...original + 1 {
                #expect(map.firstEnding(after: offset) == (ends.firstIndex { $0 > offset } ?? ends.count))
                #expect(map.firstStarting(atOrAfter: offset) == (starts.firstIndex { $0 >= offset } ?? starts.count))
            }
        }
    }

    @Test func ordinaryTextIsOneRun() {
        let normalized = TextNormalizer.normalize("Kế hoạch phát triển dữ liệu số năm 2026 của tỉnh.")
        #expect(normalized.originalRange(0..<3) == 0..<3)
        #expect(normalized.normalizedRange(9..<17) == 9..<17)
        // A soft hyphen inside a word is dropped: offsets after it still point at the original.
        let hyphenated = TextNormalizer.normalize("dữ li\u{00AD}ệu số")
        #expect(hyphenated.string(0..<hyphenated.scalars.count) == "dữ liệu số")
        #expect(hyphenated.originalRange(8..<10) == 9..<11)
    }
}

/// A small deterministic generator for the test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
