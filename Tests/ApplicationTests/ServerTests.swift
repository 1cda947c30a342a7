import Foundation
import Testing
import PlanCheckTestSupport
@testable import PlanCheck
@testable import PlanCheckServer
@testable import PlanCheckDocuments

/// The server's own pieces: the multipart parser, in-memory reading, the pages' escaping.
@Suite struct ServerTests {
    private func form(_ body: String, boundary: String = "XyZ") throws -> MultipartForm {
        try MultipartForm(body: Array(body.utf8), boundary: boundary)
    }

    @Test func multipartPartsAreSplitWithNamesFilenamesAndBytes() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"profile\"\r\n\r\nprovince\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\nhap\\\\kế hoạch.md\"\r\n"
            + "Content-Type: text/markdown\r\n\r\n# KẾ HOẠCH --XyZ đã--\r\n\r\n--XyZ--\r\n"
        let parsed = try form(body)
        #expect(parsed.text("profile") == "province")
        let file = try #require(parsed.part(named: "file"))
        #expect(file.filename == "C:\\\\nhap\\\\kế hoạch.md" || file.filename == "C:\\nhap\\kế hoạch.md")
        #expect(file.contentType == "text/markdown")
        // Content that merely contains the boundary text (not at a line start) stays content.
        #expect(String(decoding: file.data, as: UTF8.self) == "# KẾ HOẠCH --XyZ đã--\r\n")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        #expect(try form("--XyZ--\r\n").parts.isEmpty)
    }

    @Test func malformedMultipartIsAnErrorNotACrash() {
        for body in ["", "no boundary here", "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx",
                     "--XyZ\r\nno header end\r\n--XyZ--", "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--",
                     "--XyZ\r\n--XyZ--", "--XyZ  \r\n--XyZ--"] {  // a delimiter straight after a delimiter
            #expect(throws: MultipartForm.Malformed.self) { try form(body) }
        }
        let many = (0...MultipartForm.maxParts).map { "--XyZ\r\nContent-Disposition: form-data; name=\"f\($0)\"\r\n\r\nx\r\n" }.joined() + "--XyZ--"
        #expect(throws: MultipartForm.Malformed.self) { try form(many) }
    }

    @Test func uploadsAreReadFromMemoryByTheirNamesExtension() throws {
        let docx = try Data(contentsOf: URL(fileURLWithPath: TestSupport.example("office/ke-hoach-bo-y-te.docx")))
        let document = try DocumentLoader.read(bytes: [UInt8](docx), name: "bo-y-te.docx")
        #expect(document.path == "bo-y-te.docx")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: TestSupport.example("office/ke-hoach-bo-y-te.pdf")))
        let fromPDF = try DocumentLoader.read(bytes: [UInt8](pdf), name: "bo-y-te.pdf")
        #expect(fromPDF.source.string(0..<min(60, fromPDF.source.scalars.count)).contains("BỘ Y TẾ"))
        #expect(throws: DocumentError.self) { try DocumentLoader.read(bytes: [1, 2, 3], name: "anh.png") }
    }

    @Test func slotsAreTakenFromTheHeadAndGivenBackWhenTheWorkEnds() async throws {
        let checker = try #require(TestSupport.checker)
        var options = ServerOptions()
        options.maxConcurrentChecks = 0  // every slot taken
        #expect(CheckService(checker: checker, options: options).admit() == nil)
        options.maxConcurrentChecks = 1
        let service = CheckService(checker: checker, options: options)
        for _ in 0..<3 {  // the slot is given back after each check
            let slot = try #require(service.admit())
            #expect(service.admit() == nil)  // the one slot is taken
            let outcome = await service.run(in: slot) { cancellation in
                checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ", cancellation: cancellation).result?.requirements.count ?? 0
            }
            guard case .done(let count) = outcome else { Issue.record("expected a result, got \(outcome)"); return }
            #expect(count == 57)
        }
        // A slot released without work (a body that never came) is free again.
        service.admit()?.release()
        #expect(service.admit() != nil)
    }

    /// At the time limit the request is answered at once; the work is asked to stop and keeps its
    /// slot until it has.
    @Test func theTimeLimitAnswersAndStopsTheWork() async throws {
        let checker = try #require(TestSupport.checker)
        var options = ServerOptions()
        options.maxConcurrentChecks = 1
        options.timeLimit = 0.05
        let service = CheckService(checker: checker, options: options)
        let gate = DispatchSemaphore(value: 0)
        let slot = try #require(service.admit())
        let outcome = await service.run(in: slot) { cancellation -> Bool in
            while !cancellation.isCancelled {}  // a check that only stops when asked
            gate.wait()
            return true
        }
        guard case .timedOut = outcome else { Issue.record("expected timedOut, got \(outcome)"); return }
        #expect(service.admit() == nil)  // still working
        gate.signal()
        while service.admit() == nil {}  // given back when the work ends
    }

    /// A cancelled check says `unknown` for what it did not reach, never `missing`.
    @Test func aCancelledCheckLeavesRulesUnknown() throws {
        let checker = try #require(TestSupport.checker)
        let cancellation = Cancellation()
        cancellation.cancel()
        let result = try #require(checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ", cancellation: cancellation).result)
        #expect(result.requirements.allSatisfy { $0.status == .unknown })
    }

    /// One list of readable formats: extensions, MIME types and the words users read come from it.
    @Test func theReadableFormatsAreOneList() {
        #expect(DocumentFormats.listing == ".docx, .odt, .pdf, .md, .txt")
        #expect(DocumentFormats.listing(finalWord: "hoặc") == ".docx, .odt, .pdf, .md hoặc .txt")
        #expect(Set(DocumentFormats.extensions).count == DocumentFormats.extensions.count)  // no extension read twice
        #expect(DocumentFormats.fileExtension(forMIMEType: "Text/Markdown; charset=utf-8") == "md")
        #expect(DocumentFormats.fileExtension(forMIMEType: "image/png") == nil)
        #expect(DocumentFormats.format(forExtension: "DOCX")?.reader == DocxReader.self)
        #expect(DocumentFormats.all.filter(\.isText).flatMap(\.extensions) == ["md", "markdown", "txt", "text"])
        #expect(ServiceError.unsupportedType("image/png").message(.vi).hasSuffix("hãy gửi .docx, .odt, .pdf, .md hoặc .txt."))
    }

    /// One catalogue of errors: every code is in docs/openapi.yaml's list and the other way round,
    /// each says what went wrong in words in both languages (not its code, not the method), and
    /// the JSON carries the chosen language's message.
    @Test func errorsAreOneCatalogueInBothLanguages() throws {
        let samples: [ServiceError] = [.tooLarge(20 << 20), .empty, .noFile, .malformed(LocalizedText(vi: "khung hỏng", en: "broken framing")),
                                       .unsupportedType("image/png"), .unauthorized, .busy, .timedOut, .unreadable("t.pdf: không đọc được"),
                                       .badProfile("county"), .badFormat("xml"), .badLanguage("fr"), .methodNotAllowed(["POST"]),
                                       .notFound("/nope")]
        #expect(samples.map(\.code) == ServiceError.codes)
        let openAPI = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        let listed = try #require(openAPI.firstMatch(of: #/enum: \[(too_large[^\]]*)\]/#)).1
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(listed == ServiceError.codes)
        for error in samples {
            let vi = error.message(.vi), en = error.message(.en)
            #expect(vi != error.code && en != error.code && !vi.isEmpty)
            if case .unreadable = error { continue }  // the reader's own message, already in the request's language
            #expect(vi != en, "\(error.code)")
            #expect(vi.contains { "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòúùý".contains($0) }, "\(error.code)")
        }
        #expect(ServiceError.methodNotAllowed(["POST"]).message(.vi) == "Địa chỉ này chỉ nhận yêu cầu POST.")
        #expect(ServiceError.badProfile("county").json(.en) == #"{"error":{"code":"bad_profile","message":"Unknown profile “county”; use ministry, province or auto."}}"#)
        #expect(ServiceError.busy.isTransient && !ServiceError.badFormat("x").isTransient)
    }

    @Test func formFieldsAreURLDecoded() {
        #expect(PlanCheckServer.urlEncodedFields("token=a%2Bb+c&lang=en&token=second") == ["token": "a+b c", "lang": "en"])
    }

    @Test func tokensCompareByContentAndLength() {
        #expect(PlanCheckServer.same("Bearer abc", "Bearer abc"))
        #expect(!PlanCheckServer.same("Bearer abd", "Bearer abc"))
        #expect(!PlanCheckServer.same("Bearer ab", "Bearer abc"))
        #expect(!PlanCheckServer.same("", "x") && PlanCheckServer.same("", ""))
    }

    @Test func aPDFReachesPdftotextFromMemoryNotFromADiskFile() throws {
        #if os(Linux)
        let bytes = Array("%PDF-1.4 bản nháp".utf8)
        let descriptor = try #require(PdfReader.memoryFile(bytes))
        defer { close(descriptor) }
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")
        #expect(link.hasPrefix("/memfd:plancheck-pdf"))  // an anonymous file in memory
        #expect(FileManager.default.contents(atPath: "/proc/\(getpid())/fd/\(descriptor)").map([UInt8].init) == bytes)
        #endif
    }

    @Test func theResultPageEscapesTheFileNameAndTheQuotes() throws {
        let checker = try #require(TestSupport.checker)
        let name = "<img src=x onerror=alert(1)>.md"
        let report = checker.check(text: "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Công bố dữ liệu mở <script>alert(2)</script>", path: name)
        let page = WebPages(language: .vi, options: ServerOptions()).result(report, name: name, checker: checker, downloads: [])
        let raw = page.contains("<img src=x") || page.contains("<script>alert")
        #expect(!raw)
        let escaped = page.contains("&lt;img src=x onerror=alert(1)&gt;.md")
        #expect(escaped)
        let english = WebPages(language: .en, options: ServerOptions()).upload(message: "<b>x</b>")
        #expect(english.contains("&lt;b&gt;x&lt;/b&gt;") && english.contains("<html lang=\"en\">"))
    }
}
