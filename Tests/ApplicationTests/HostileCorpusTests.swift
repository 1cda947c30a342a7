import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck

/// Every file of Tests/Fixtures/hostile (scripts/make-hostile-corpus.py) is refused with one
/// clear message, never a crash or a hang.
@Suite struct HostileCorpusTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/hostile")
    static let expected: [(String, String)] = [
        ("zip-bomb.docx", "would be 300 MB uncompressed; the limit is 64 MB"),
        ("billion-laughs.docx", "declares a DTD or entities; refused"),
        ("billion-laughs.odt", "declares a DTD or entities; refused"),
        ("deep-nesting.docx", "nests elements deeper than 256 levels"),
        ("malformed-xml.docx", "is not well-formed XML (line 1"),
        ("no-document.docx", "no word/document.xml in the package"),
        ("many-entries.docx", "has more than 5000 zip entries"),
        ("truncated.docx", "is not a valid .docx file"),
        ("random-bytes.docx", "is not a valid .docx file"),
        ("empty.docx", "is empty (0 bytes)"),
        ("empty.txt", "is empty (0 bytes)"),
        ("damaged-utf8.txt", "is UTF-8 with 3 invalid bytes (the first at byte offset 32)"),
        ("billion-laughs-utf16.docx", "declares a DTD or entities; refused"),
        ("billion-laughs-utf7.docx", "declares the encoding UTF-7; document parts are UTF-8 or UTF-16, refused"),
        ("shift-jis.docx", "declares the encoding SHIFT_JIS; document parts are UTF-8 or UTF-16, refused"),
        ("old-word.doc", "is an old binary Word document (.doc); save it as .docx"),
        ("old-word-renamed.docx", "is an old binary Word document (.doc)"),
        ("scan-no-text.pdf", "has no text layer (a scanned PDF?)"),
        ("truncated.pdf", "pdftotext could not read it"),
        ("not-a-pdf.pdf", "is not a PDF file"),
        ("binary.txt", "looks like a binary file"),
        ("garbage-bytes.txt", "is not valid UTF-8"),
    ]

    @Test func theCorpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(files) == Set(Self.expected.map(\.0)))
    }

    @Test(arguments: expected.map(\.0))
    func refusedWithAClearMessage(file: String) throws {
        let message = try #require(Self.expected.first { $0.0 == file }?.1)
        #expect {
            _ = try DocumentLoader.read(path: Self.folder.appendingPathComponent(file).path)
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.message.contains(message) && !error.message.contains("\n")
        }
    }

    /// Inputs that once crashed a reader (found by scripts/fuzz) are refused cleanly.
    @Test func fuzzFindingsStayFixed() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            #expect(throws: DocumentError.self) { _ = try DocumentLoader.read(path: folder.appendingPathComponent(file).path) }
        }
    }

    @Test func aBatchGoesOnPastBrokenFiles() throws {
        let cli = CLITests()
        let files = Self.expected.map { "Tests/Fixtures/hostile/\($0.0)" } + ["Examples/ke-hoach-tinh-son-la.md"]
        let result = try cli.run(["lint", "--format", "json"] + files)
        #expect(result.status == 3)
        #expect(result.stderr.split(separator: "\n").count == Self.expected.count)
        try cli.validateAgainstSchema(result.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = object?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == files.count)
        #expect(documents.last?["error"] is NSNull)
        #expect((documents.last?["requirements"] as? [Any])?.isEmpty == false)
    }
}
