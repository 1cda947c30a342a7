import Foundation
import PlanCheck
import PlanCheckYAML

// libFuzzer entry point for plancheck's parsers. Built with -sanitize=fuzzer,address by
// scripts/fuzz; the target is chosen with PLANCHECK_FUZZ_TARGET:
//   yaml        the YAML layer and the rule loader
//   text        the normaliser and the legacy-encoding detector
//   docx, odt   the Word and LibreOffice readers (zip and XML limits)
//   structure   Markdown and text reading, the section tree, tasks and metadata, and matching
// Any crash, hang or sanitizer report is a finding; the input goes to Tests/Fixtures/fuzz.

private let target = ProcessInfo.processInfo.environment["PLANCHECK_FUZZ_TARGET"] ?? "yaml"
private let checker = try? PlanChecker(rulePaths: [ProcessInfo.processInfo.environment["PLANCHECK_RULES"] ?? "Rules"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "yaml":
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? YAMLParser.parse(text)
        _ = RuleLoader.parse(text, file: "fuzz.yml", concepts: PlanChecker.bundledConcepts, checks: StructuralChecks.all)
        _ = Configuration.parse(text, file: ".plancheck.yml")
    case "text":
        let text = String(decoding: bytes, as: UTF8.self)
        _ = TextNormalizer.normalize(text)
        _ = LegacyTextDetector.detect(bytes)
        _ = LegacyTextDetector.repairMojibake(text)
        for encoding in LegacyEncoding.allCases { _ = TextNormalizer.normalize(encoding.decode(bytes)) }
    case "docx":
        if let document = try? DocxReader.read(bytes, path: "fuzz.docx") { _ = checker?.check(document) }
    case "odt":
        if let document = try? OdtReader.read(bytes, path: "fuzz.odt") { _ = checker?.check(document) }
    default:
        if let document = try? MarkdownReader.read(bytes, path: "fuzz.md") { _ = checker?.check(document) }
        if let document = try? PlainTextReader.read(bytes, path: "fuzz.txt") { _ = checker?.matcher.structure(document) }
    }
    return 0
}

#if !FUZZING
/// Without libFuzzer the same entry point replays files: `plancheck-fuzz FILE…` (regressions).
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            var bytes = [UInt8](data)
            bytes.append(0)  // never empty, so the buffer has a base address; the count excludes it
            _ = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { fuzzOneInput($0, buffer.count - 1) }
            }
        }
        print("replayed \(CommandLine.arguments.count - 1) inputs")
    }
}
#endif

#if FUZZING
// SwiftPM links an executable's entry point as <module>_main; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("PlanCheckFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif
