/// A closed set of words the inventory uses, each with a canonical token and the synonyms
/// spreadsheets and tools write for it.
///
/// Parsing folds case, spaces and punctuation, so `Thin Client`, `thin-client` and `THINCLIENT` agree.
public protocol Vocabulary: CaseIterable, Sendable, Hashable, RawRepresentable<String>, Codable {
    /// Words that mean this value, besides its raw value (already folded: lower-case letters and digits).
    var synonyms: [String] { get }
}

extension Vocabulary {
    /// The value a word names, or `nil` when the word is none of the known ones.
    public init?(parsing text: String) {
        let key = HeaderKey.fold(text)
        guard !key.isEmpty else { return nil }
        for candidate in Self.allCases
        where HeaderKey.fold(candidate.rawValue) == key || candidate.synonyms.contains(key) {
            self = candidate
            return
        }
        return nil
    }

    /// The canonical tokens, for messages: `desktop, laptop, ...`.
    public static var expectedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Folding of headers and vocabulary words: lower-case ASCII letters and digits only.
public enum HeaderKey {
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: out.unicodeScalars.append(scalar)
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value + 32)))
            default: continue
            }
        }
        return out
    }
}
