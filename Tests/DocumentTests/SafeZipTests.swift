import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// SafeZip inflates parts itself: what the directory declares is checked against what comes out.
@Suite struct SafeZipTests {
    /// A copy of `source` with `patch` applied to the central directory record of `part`.
    static func patched(_ source: String, part: String, _ patch: (inout [UInt8], Int) -> Void) throws -> String {
        var bytes = [UInt8](try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(source)))
        let name = Array(part.utf8)
        var position = 0
        var record: Int?
        while position + 46 + name.count <= bytes.count {
            if bytes[position..<position + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]),
               Int(bytes[position + 28]) | Int(bytes[position + 29]) << 8 == name.count,
               bytes[(position + 46)..<(position + 46 + name.count)].elementsEqual(name) {
                record = position
                break
            }
            position += 1
        }
        patch(&bytes, try #require(record))
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("safezip-\(UUID().uuidString)-\((source as NSString).lastPathComponent)")
        try Data(bytes).write(to: url)
        return url.path
    }

    static func message(reading path: String) -> String? {
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { _ = try DocumentLoader.read(path: path); return nil } catch { return error.message }
    }

    @Test func aWrongChecksumIsReportedAsDamage() throws {
        let path = try Self.patched("Examples/office/ke-hoach-bo-y-te.docx", part: "word/document.xml") { bytes, record in
            bytes[record + 16] ^= 0xFF
        }
        let message = try #require(Self.message(reading: path))
        #expect(message.contains("part word/document.xml is damaged (its checksum does not match)"))
    }

    /// The declared size is small, so only counting the inflated bytes catches the bomb.
    @Test func aBombThatLiesAboutItsSizeIsStoppedWhileInflating() throws {
        let path = try Self.patched("Tests/Fixtures/hostile/zip-bomb.docx", part: "word/document.xml") { bytes, record in
            for offset in 24..<28 { bytes[record + offset] = offset == 24 ? 0x10 : 0 }
        }
        let message = try #require(Self.message(reading: path))
        #expect(message.contains("part word/document.xml expands past 64 MB"))
    }

    @Test func anUndamagedPackageStillReads() throws {
        let document = try DocumentLoader.read(path: TestSupport.packageRoot.appendingPathComponent("Examples/office/ke-hoach-bo-y-te.docx").path)
        #expect(String(String.UnicodeScalarView(document.source.scalars)).contains("dữ liệu"))
        #expect(document.blocks.count > 10)
    }
}
