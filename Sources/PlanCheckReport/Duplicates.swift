import PlanCheckMatching
import PlanCheckStructure

/// Documents that are the same plan sent twice (its .docx and its .pdf, or a resubmission in the
/// same batch): the same issuer and number, or, without a number, the same issuer, date and
/// title. The first leads; the others are listed as its duplicates and not counted again.
public enum Duplicates {
    /// What identifies a plan among others; nil when the header does not say enough.
    public static func key(_ metadata: DocumentMetadata) -> String? {
        guard let issuer = metadata.issuer?.lowercased(), !issuer.isEmpty else { return nil }
        if let key = key(issuer: metadata.issuer, number: metadata.number) { return key }
        guard let date = metadata.date, let title = metadata.title?.lowercased(), !title.isEmpty else { return nil }
        return issuer + "|" + date + "|" + title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An issuer and a number as one key ("ubnd tỉnh sơn la|210/KH-UBND"); nil without both.
    static func key(issuer: String?, number: String?) -> String? {
        guard let issuer = issuer?.lowercased(), !issuer.isEmpty,
              let number = number?.uppercased().filter({ !$0.isWhitespace }), !number.isEmpty else { return nil }
        return issuer + "|" + number
    }

    /// For each document, the index of the earlier document it duplicates, or nil when it leads
    /// (or could not be read).
    public static func leaders(_ documents: [DocumentReport]) -> [Int?] {
        var first: [String: Int] = [:]
        return documents.enumerated().map { index, document in
            guard let metadata = document.result?.metadata, let key = key(metadata) else { return nil }
            if let leader = first[key] { return leader }
            first[key] = index
            return nil
        }
    }
}
