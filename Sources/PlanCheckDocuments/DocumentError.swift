/// Why a document could not be read: one case per cause, each with a Vietnamese and an English
/// message that completes "PATH: …" in one line. Users read these (the CLI, the report, the web
/// page, the language server), so both languages are written here, next to the cause.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    // The file itself
    case noSuchFile
    case folder
    case notRegularFile
    case permissionDenied
    case symlinkLoop
    case cannotOpen(String)
    case cannotRead(String)
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case textTooLong(scalars: Int, limit: Int)
    case noExtension(known: String)
    case unsupportedExtension(String, known: String)
    /// A format people send that plancheck does not read, with what to convert it to.
    case convert(ConvertibleFormat)
    // Plain text
    case binaryText
    case invalidUTF16
    case utf32Text
    case notVietnameseText(firstBadByte: Int)
    case damagedUTF8(count: Int, firstBadByte: Int)
    // Packages and their XML parts
    case notAPackage(kind: String, detail: PackageDetail)
    case tooManyEntries(limit: Int)
    case partTooLarge(part: String, megabytes: UInt64, limitMegabytes: Int)
    case compressionRatio(part: String, limit: UInt64)
    case partExpands(part: String, limitMegabytes: Int)
    case partNotInDirectory(part: String)
    case compressionMethod(part: String, method: Int)
    case checksum(part: String)
    case inflate(part: String)
    case compressedDataDamaged(part: String)
    case noWordDocument
    case noOpenDocumentText
    case declaresDTD(part: String)
    case declaresEncoding(part: String, encoding: String)
    case unusualEncoding(part: String)
    case tooDeep(part: String, limit: Int)
    case malformedXML(part: String, line: Int, column: Int)
    case stopped(part: String)
    /// Comments are written into UTF-8 parts only (what Word writes).
    case annotationNeedsUTF8(part: String)
    /// No paragraph could be found to write comments on (an unusual namespace prefix).
    case noParagraphs(part: String)
    // PDF
    case notPDF
    case noPdftotext
    case scannedPDF
    case pdftotextFailed(String)
    case pdfTextTooLarge(limitMegabytes: Int)
    case pdfTimeout(seconds: Double)
    case pdfDamaged(exitStatus: Int32)

    /// Office formats plancheck refuses with advice.
    public enum ConvertibleFormat: String, Sendable, Equatable {
        case doc, rtf, wpd, spreadsheet, presentation, webPage
    }

    /// What is wrong with a zip package as a whole.
    public enum PackageDetail: Sendable, Equatable {
        case unreadable, damagedDirectory, zip64
    }

    public var description: String { message }

    /// The English message (logs, tests, the language server's English clients).
    public var message: String { messages.en }

    /// The Vietnamese message, for Vietnamese pages and output.
    public var vietnamese: String { messages.vi }

    public var messages: (vi: String, en: String) {
        switch self {
        case .noSuchFile: return ("không có tệp hay thư mục này", "no such file or folder")
        case .folder: return ("là một thư mục, không phải tệp", "is a folder, not a file")
        case .notRegularFile:
            return ("không phải tệp thông thường (là ống dẫn, thiết bị hay socket); plancheck chỉ đọc tệp",
                    "is not a regular file (a pipe, device or socket); plancheck reads files")
        case .permissionDenied: return ("không đọc được: không có quyền đọc", "cannot be read: permission denied")
        case .symlinkLoop: return ("là một vòng liên kết tượng trưng", "is a loop of symbolic links")
        case .cannotOpen(let reason): return ("không mở được: \(reason)", "cannot be opened: \(reason)")
        case .cannotRead(let reason): return ("không đọc được: \(reason)", "cannot be read: \(reason)")
        case .empty: return ("là tệp rỗng (0 byte); không có gì để kiểm tra", "is empty (0 bytes); there is nothing to check")
        case .tooLarge(let bytes, let limit):
            return ("có \(bytes >> 20) MB; giới hạn là \(limit >> 20) MB", "is \(bytes >> 20) MB; the limit is \(limit >> 20) MB")
        case .textTooLong(let scalars, let limit):
            return ("có \(scalars) ký tự văn bản khi đã đọc ra; giới hạn là \(limit) ký tự",
                    "holds \(scalars) characters of text once read; the limit is \(limit) characters")
        case .noExtension(let known):
            return ("không có phần mở rộng tên tệp; plancheck đọc \(known)", "has no file extension; plancheck reads \(known)")
        case .unsupportedExtension(let ext, let known):
            return ("là kiểu tệp .\(ext) chưa hỗ trợ; plancheck đọc \(known)", "unsupported file type .\(ext); plancheck reads \(known)")
        case .convert(let format):
            switch format {
            case .doc:
                return ("là tệp Word cũ dạng nhị phân (.doc); hãy lưu lại thành .docx (Word: Tệp › Lưu thành › Tài liệu Word) hoặc PDF",
                        "is an old binary Word document (.doc); save it as .docx (Word: File › Save As › Word Document) or as PDF")
            case .rtf: return ("là tệp RTF; hãy lưu lại thành .docx hoặc PDF", "is an RTF file; save it as .docx or PDF")
            case .wpd: return ("là tệp WordPerfect; hãy lưu lại thành .docx hoặc PDF", "is a WordPerfect file; save it as .docx or PDF")
            case .spreadsheet:
                return ("là bảng tính; plancheck đọc kế hoạch (.docx, .odt, .pdf, .md, .txt)",
                        "is a spreadsheet; plancheck reads plans (.docx, .odt, .pdf, .md, .txt)")
            case .presentation:
                return ("là bài trình chiếu; plancheck đọc kế hoạch (.docx, .odt, .pdf, .md, .txt)",
                        "is a presentation; plancheck reads plans (.docx, .odt, .pdf, .md, .txt)")
            case .webPage:
                return ("là trang web; hãy lưu lại thành .docx, PDF hoặc văn bản (.txt)",
                        "is a web page; save it as .docx or PDF, or as text (.txt)")
            }
        case .binaryText:
            return ("có vẻ là tệp nhị phân, không phải văn bản (có byte NUL)", "looks like a binary file, not text (NUL bytes)")
        case .utf32Text:
            return ("là văn bản mã UTF-32; hãy lưu lại dưới dạng UTF-8", "is UTF-32 text; save it as UTF-8")
        case .invalidUTF16:
            return ("có dấu BOM của UTF-16 nhưng nội dung không phải UTF-16 hợp lệ", "has a UTF-16 byte-order mark but invalid UTF-16 content")
        case .notVietnameseText(let offset):
            return ("không phải UTF-8 hợp lệ (byte sai đầu tiên ở vị trí \(offset)) và không đọc được theo TCVN3, VNI, VISCII hay Windows-1258; hãy lưu lại thành UTF-8",
                    "is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8 (and it does not read as TCVN3, VNI, VISCII or Windows-1258 Vietnamese)")
        case .damagedUTF8(let count, let first):
            return ("là văn bản UTF-8 có \(count) byte hỏng (byte đầu tiên ở vị trí \(first)); hãy sửa hoặc lưu lại thành UTF-8",
                    "is UTF-8 with \(count == 1 ? "1 invalid byte" : "\(count) invalid bytes") (the first at byte offset \(first)); repair it or save it again as UTF-8")
        case .notAPackage(let kind, let detail):
            switch detail {
            case .unreadable: return ("không phải tệp \(kind) hợp lệ (không đọc được gói zip)", "is not a valid \(kind) file (not a readable zip package)")
            case .damagedDirectory: return ("không phải tệp \(kind) hợp lệ (mục lục zip bị hỏng)", "is not a valid \(kind) file (damaged zip directory)")
            case .zip64:
                return ("không phải tệp \(kind) hợp lệ (mục lục ZIP64, loại mà tài liệu văn phòng không dùng)",
                        "is not a valid \(kind) file (ZIP64 directory, which document packages do not use)")
            }
        case .tooManyEntries(let limit):
            return ("có hơn \(limit) mục trong gói zip; bị từ chối", "has more than \(limit) zip entries; refused")
        case .partTooLarge(let part, let megabytes, let limit):
            return ("phần \(part) khi giải nén sẽ là \(megabytes) MB; giới hạn là \(limit) MB",
                    "part \(part) would be \(megabytes) MB uncompressed; the limit is \(limit) MB")
        case .compressionRatio(let part, let limit):
            return ("phần \(part) có tỷ lệ nén trên \(limit):1 (bom zip?); bị từ chối",
                    "part \(part) has a compression ratio over \(limit):1 (a zip bomb?); refused")
        case .partExpands(let part, let limit):
            return ("phần \(part) giải nén vượt quá \(limit) MB (bom zip?); bị từ chối", "part \(part) expands past \(limit) MB; refused (a zip bomb?)")
        case .partNotInDirectory(let part):
            return ("phần \(part) bị hỏng (không có trong mục lục zip)", "part \(part) is damaged (not in the zip directory)")
        case .compressionMethod(let part, let method):
            return ("phần \(part) dùng phương pháp nén zip \(method), loại mà tài liệu văn phòng không dùng",
                    "part \(part) uses zip compression method \(method), which document packages do not use")
        case .checksum(let part):
            return ("phần \(part) bị hỏng (mã kiểm tra không khớp)", "part \(part) is damaged (its checksum does not match)")
        case .inflate(let part): return ("phần \(part) không giải nén được (zlib)", "part \(part) could not be inflated (zlib)")
        case .compressedDataDamaged(let part):
            return ("phần \(part) bị hỏng (dữ liệu nén sai hoặc bị cắt cụt)", "part \(part) is damaged (its compressed data is invalid or cut short)")
        case .noWordDocument:
            return ("không phải tài liệu Word (gói không có word/document.xml)", "is not a Word document (no word/document.xml in the package)")
        case .noOpenDocumentText:
            return ("không phải văn bản OpenDocument (gói không có content.xml)", "is not an OpenDocument text (no content.xml in the package)")
        case .declaresDTD(let part):
            return ("phần \(part) khai báo DTD hoặc thực thể; bị từ chối (không bao giờ mở rộng thực thể)",
                    "part \(part) declares a DTD or entities; refused (entity expansion is never performed)")
        case .declaresEncoding(let part, let encoding):
            return ("phần \(part) khai báo bảng mã \(encoding); các phần của tài liệu là UTF-8 hoặc UTF-16, bị từ chối",
                    "part \(part) declares the encoding \(encoding); document parts are UTF-8 or UTF-16, refused")
        case .noParagraphs(let part):
            return ("không tìm thấy đoạn văn nào (w:p) trong phần \(part) để ghi nhận xét; hãy mở bằng Word và lưu lại thành .docx",
                    "no paragraph (w:p) found in part \(part) to write comments on; open it in Word and save it again as .docx")
        case .annotationNeedsUTF8(let part):
            return ("phần \(part) không ở dạng UTF-8 nên không ghi nhận xét vào được; hãy mở bằng Word và lưu lại thành .docx",
                    "part \(part) is not UTF-8, so comments cannot be written into it; open it in Word and save it again as .docx")
        case .unusualEncoding(let part):
            return ("phần \(part) dùng bảng mã mà tài liệu văn phòng không dùng (UTF-32 hoặc EBCDIC); bị từ chối",
                    "part \(part) is in an encoding office documents do not use (UTF-32 or EBCDIC); refused")
        case .tooDeep(let part, let limit):
            return ("phần \(part) lồng các phần tử sâu hơn \(limit) cấp; bị từ chối", "part \(part) nests elements deeper than \(limit) levels; refused")
        case .malformedXML(let part, let line, let column):
            return ("phần \(part) không phải XML đúng cú pháp (dòng \(line), cột \(column))",
                    "part \(part) is not well-formed XML (line \(line), column \(column))")
        case .stopped(let part):
            return ("phần \(part) chưa được đọc hết: việc kiểm tra đã dừng", "part \(part) was not read to the end: the check was stopped")
        case .notPDF: return ("không phải tệp PDF (không có đầu %PDF)", "is not a PDF file (no %PDF header)")
        case .noPdftotext:
            return ("cần pdftotext để đọc PDF; hãy cài poppler-utils (Debian: apt-get install poppler-utils)",
                    "needs pdftotext to read PDF; install poppler-utils (Debian: apt-get install poppler-utils)")
        case .scannedPDF:
            return ("không có lớp chữ (PDF quét?); hãy nhận dạng chữ (OCR) hoặc gửi bản .docx gốc",
                    "has no text layer (a scanned PDF?); run OCR on it or send the original .docx")
        case .pdftotextFailed(let reason): return ("không chạy được pdftotext (\(reason))", "could not be passed to pdftotext (\(reason))")
        case .pdfTextTooLarge(let limit): return ("cho ra hơn \(limit) MB chữ; bị từ chối", "gives more than \(limit) MB of text; refused")
        case .pdfTimeout(let seconds):
            return ("pdftotext đọc lâu hơn \(seconds.formatted()) giây; bị từ chối", "took pdftotext longer than \(seconds.formatted()) s; refused")
        case .pdfDamaged(let status):
            return ("bị hỏng hoặc mã hóa: pdftotext không đọc được (mã thoát \(status))",
                    "is damaged or encrypted: pdftotext could not read it (exit \(status))")
        }
    }
}
