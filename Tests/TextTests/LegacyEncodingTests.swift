import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheckText

@Suite struct LegacyEncodingTests {
    /// "Kế hoạch bảo đảm an toàn thông tin" as each legacy encoding writes it.
    static let unicode = "Kế hoạch bảo đảm an toàn thông tin"

    static func encode(_ text: String, _ encoding: LegacyEncoding) -> [UInt8] {
        // Inverse of the decoder: try every byte sequence of length 1–3 per letter.
        var bytes: [UInt8] = []
        for character in text {
            if character.isASCII, let ascii = character.asciiValue { bytes.append(ascii); continue }
            var found: [UInt8]?
            search: for a in UInt8(0x41)...UInt8(0xFF) {
                if encoding.decode([a]) == String(character) { found = [a]; break }
                for b in UInt8(0x80)...UInt8(0xFF) where encoding.decode([a, b]) == String(character) {
                    found = [a, b]; break search
                }
            }
            bytes += found ?? []
        }
        return bytes
    }

    /// The tables are generated (VISCII from glibc iconv, Windows-1258 from Python, TCVN3 from a
    /// code list); the committed file must be what the script writes.
    @Test func theGeneratedTablesHaveNotDrifted() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.packageRoot.appendingPathComponent("scripts/generate-legacy-tables.py").path, "--check"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run scripts/generate-legacy-tables.py after changing it")
    }

    @Test(arguments: LegacyEncoding.allCases)
    func decodeAndDetectPlainText(encoding: LegacyEncoding) {
        let bytes = Self.encode(Self.unicode, encoding)
        #expect(encoding.decode(bytes) == Self.unicode)
        #expect(String(bytes: bytes, encoding: .utf8) == nil || encoding == .vni)
        #expect(LegacyTextDetector.detect(bytes) == encoding)
    }

    @Test func tcvn3FontTextAsWordStoresIt() {
        // Word keeps a .VnTime run as the Latin-1 characters of its codes.
        #expect(LegacyEncoding.tcvn3.convert(latin1: "KÕ ho¹ch b¶o ®¶m") == "Kế hoạch bảo đảm")
        #expect(LegacyEncoding.tcvn3.convert(latin1: "nhiÖm vô", upperCase: true) == "NHIỆM VỤ")
        #expect(LegacyEncoding.font(".VnTimeH")! == (.tcvn3, true))
        #expect(LegacyEncoding.font("VNI-Times")! == (.vni, false))
        #expect(LegacyEncoding.font("Times New Roman") == nil)
    }

    @Test func vniFontText() {
        #expect(LegacyEncoding.vni.convert(latin1: "Keá hoaïch baûo ñaûm an toaøn thoâng tin") == Self.unicode)
        #expect(LegacyEncoding.vni.convert(latin1: "NHIEÄM VUÏ") == "NHIỆM VỤ")
        #expect(LegacyEncoding.vni.convert(latin1: "ngöôøi") == "người")
    }

    @Test func mojibakeLinesAreRepairedOneByOne() throws {
        let text = "Kế hoạch năm 2025\nKÕ ho¹ch ph¸t triÓn d÷ liÖu\nGhi chú"
        let repaired = try #require(LegacyTextDetector.repairMojibake(text))
        #expect(repaired.encoding == .tcvn3)
        #expect(repaired.text == "Kế hoạch năm 2025\nKế hoạch phát triển dữ liệu\nGhi chú")
        #expect(LegacyTextDetector.repairMojibake("Kế hoạch café") == nil)
        // A line whose high characters are all letters Vietnamese writes in Latin-1 is Vietnamese
        // as it stands: "dùng" is not TCVN3 for "dựng" (an attack found this rewritten).
        #expect(LegacyTextDetector.repairMojibake("Kế hoạch năm 2027\nGhi chú: dùng chung\nÁp dụng") == nil)
        let mixed = try #require(LegacyTextDetector.repairMojibake("Ghi chú: dùng chung\nKÕ ho¹ch ph¸t triÓn"))
        #expect(mixed.text == "Ghi chú: dùng chung\nKế hoạch phát triển")
    }
}
