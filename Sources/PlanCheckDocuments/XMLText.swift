/// Text for XML and HTML element content and quoted attribute values (checkstyle, JUnit, XLSX,
/// the HTML report and the server's pages): escaped, without the characters XML 1.0 forbids, and
/// cut after `maxScalars` (with "…") when a format limits cell size.
package enum XMLText {
    public static func escape(_ text: String, maxScalars: Int = .max) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < maxScalars else { result += "…"; break }
            count += 1
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Control characters other than tab and newlines, and U+FFFE/U+FFFF, are not allowed in XML 1.0.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
