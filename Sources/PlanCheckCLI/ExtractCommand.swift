import ArgumentParser
import PlanCheck

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "In văn bản như plancheck đọc. Print the plain-text rendition the rules see, with line numbers and section paths (what line:column refers to)."
    )

    @Argument(help: help("Một tệp kế hoạch (\(DocumentFormats.listing)).", "A plan file (\(DocumentFormats.listing))."))
    var file: String

    @Flag(help: help("In văn bản đã chuẩn hóa (chữ thường, NFC, dấu thanh chuẩn) thay cho bản đọc được.", "Print the normalised text (lower case, NFC, canonical tone marks) instead of the rendition."))
    var normalized = false

    @Option(help: help("Ngôn ngữ của thông báo: vi hoặc en.", "Language of messages."))
    var lang: Language = .vi

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let document: PlanDocument
        do {
            document = try DocumentLoader.read(path: file)
        } catch {
            cannotRead(file, error, lang)
            throw ExitCode(ExitStatus.unreadable)
        }
        let structured = try rules.checker().matcher.structure(document)
        let source = document.source
        // The section of each line: the innermost node of the first segment that starts on it.
        var sectionOfLine = [String](repeating: "", count: source.lineCount)
        for segment in structured.tree.segments {
            let line = source.lineIndex(of: segment.range.lowerBound)
            if sectionOfLine[line].isEmpty { sectionOfLine[line] = Self.shown(structured.tree.path(ofNode: segment.node)) }
        }
        let width = max(8, sectionOfLine.map(\.count).max() ?? 0)
        for line in 0..<source.lineCount {
            let range = source.lineRange(line)
            var text = source.string(range)
            if normalized {
                let normalizedText = structured.normalized
                text = normalizedText.string(normalizedText.normalizedRange(range))
            }
            let block = document.block(at: range.lowerBound).flatMap { $0.range.overlaps(range) || $0.range.lowerBound == range.lowerBound ? $0 : nil }
            let place = block?.page.map { "p.\($0)" } ?? block?.paragraph.map { "¶\($0)" } ?? ""
            let number = String(line + 1).leftPadded(to: 5)
            print("\(number) \(place.padded(to: 6)) \(sectionOfLine[line].padded(to: width)) │ \(text)")
        }
        if !document.legacyEncodings.isEmpty {
            let encodings = document.legacyEncodings.map(\.rawValue).sorted().joined(separator: ", ")
            printError(lang == .en ? "plancheck: note: converted from \(encodings)" : "plancheck: lưu ý: đã chuyển từ bảng mã \(encodings)")
        }
    }
}


extension ExtractCommand {
    /// Longest section path shown: a deeper one keeps its end ("…37.38.39.40"), so that the output
    /// grows with the lines, not with lines × the longest path a document can write.
    static let shownPathLength = 24

    static func shown(_ path: String) -> String {
        path.count <= shownPathLength ? path : "…" + path.suffix(shownPathLength - 1)
    }
}

private extension String {
    func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
