import Foundation
import PlanCheckText

/// PDF through poppler's `pdftotext -layout -enc UTF-8`, run as a subprocess with a time limit.
/// Pages are kept for locations (pdftotext separates them with form feeds).
public enum PdfReader: DocumentReader {
    public static let extensions = ["pdf"]
    /// Longest pdftotext may run on one file.
    public static let timeLimit: TimeInterval = 30
    /// Largest text accepted from pdftotext.
    static let maxOutputBytes = 64 << 20

    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> PlanDocument {
        guard bytes.starts(with: Array("%PDF".utf8)) else { throw DocumentError("is not a PDF file (no %PDF header)") }
        guard let tool = executable("pdftotext") else {
            throw DocumentError("needs pdftotext to read PDF; install poppler-utils (Debian: apt-get install poppler-utils)")
        }
        let text = try run(tool, on: bytes)
        var blocks: [Block] = []
        var rendition = ""
        var offset = 0
        var page = 1
        var afterBreak = true
        var letters = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            while let feed = line.firstIndex(of: "\u{0C}") {
                // A form feed ends a page; what follows it starts the next.
                line = line[line.index(after: feed)...]
                page += 1
                afterBreak = true
            }
            let content = String(line)
            if !rendition.isEmpty {
                rendition += "\n"
                offset += 1
            }
            let trimmedStart = content.unicodeScalars.prefix { $0 == " " }.count
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                afterBreak = true
            } else {
                let start = offset + trimmedStart
                blocks.append(Block(kind: .line, range: start..<start + trimmed.unicodeScalars.count, followsBreak: afterBreak, page: page))
                afterBreak = false
                letters += trimmed.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            }
            rendition += content
            offset += content.unicodeScalars.count
        }
        guard letters >= 20 else {
            throw DocumentError("has no text layer (a scanned PDF?); run OCR on it or send the original .docx")
        }
        return PlanDocument(path: path, format: .pdf, source: SourceText(rendition), blocks: blocks)
    }

    private static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes the PDF to a private temporary file (pdftotext needs a seekable file), runs the
    /// tool with a deadline and returns its UTF-8 output.
    private static func run(_ tool: String, on bytes: [UInt8]) throws(DocumentError) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-pdf-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("input.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(bytes).write(to: input)
        } catch {
            throw DocumentError("could not be staged for pdftotext (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw DocumentError("could not start pdftotext (\(error.localizedDescription))") }
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: deadline)
        var data = Data()
        let handle = output.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxOutputBytes {
                process.terminate()
                break
            }
        }
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        if process.terminationReason == .uncaughtSignal {
            throw DocumentError(data.count > maxOutputBytes ? "gives more than \(maxOutputBytes >> 20) MB of text; refused"
                                                            : "took pdftotext longer than \(Int(timeLimit)) s; refused")
        }
        guard process.terminationStatus == 0 else {
            throw DocumentError("is damaged or encrypted: pdftotext could not read it (exit \(process.terminationStatus))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
