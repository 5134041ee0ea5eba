import Foundation

/// Finds what looks like a person named in free text, so a form can warn before it is
/// stored: "Fru Andersson", "herr Ek", "fröken Lind", or a known first name ("Anna").
///
/// Brukare are never named in Vardag, but a lesson or a note can slip into "Fru Berg
/// ville inte…". A warning, not a refusal: the text may name a colleague on purpose, and
/// a list of first names can never be complete. To keep false alarms rare only
/// capitalised words count as names, and the name list leaves out first names that are
/// also ordinary words.
public struct NameMentionDetector: Sendable {
    /// Words that put a name after them.
    static let honorifics: Set<String> = ["fru", "herr", "fröken", "mrs", "mr", "ms"]

    /// The first names that count as a name (NFC, capitalised as written).
    public let firstNames: Set<String>

    /// - Parameter firstNames: first names, e.g. from the shipped `common-first-names.json`.
    public init(firstNames: some Sequence<String>) {
        self.firstNames = Set(firstNames.map(\.precomposedStringWithCanonicalMapping))
    }

    /// The first mention of a person in the text: an honorific with the capitalised word
    /// after it ("Fru Andersson"), or a capitalised word that is a known first name.
    /// - Parameter text: free text as typed.
    /// - Returns: the words that look like a name, or nil.
    public func firstMention(in text: String) -> String? {
        let words = Self.words(text.precomposedStringWithCanonicalMapping)
        for (i, word) in words.enumerated() {
            if Self.honorifics.contains(word.lowercased()), i + 1 < words.count, Self.isCapitalised(words[i + 1]) {
                return "\(word) \(words[i + 1])"
            }
            if Self.isCapitalised(word), firstNames.contains(word) || word.split(separator: "-").contains(where: { firstNames.contains(String($0)) }) {
                return word
            }
        }
        return nil
    }

    /// The text's words: runs of letters (a hyphen inside a word, as in Anna-Karin, stays).
    static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for character in text {
            if character.isLetter || (character == "-" && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.hasSuffix("-") ? String(current.dropLast()) : current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.hasSuffix("-") ? String(current.dropLast()) : current) }
        return words
    }

    /// An upper-case first letter followed by at least one lower-case letter ("Anna", not "ANNA" or "A").
    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
        return word.dropFirst().contains { $0.isLowercase }
    }
}
