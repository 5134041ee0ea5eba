import Foundation

/// How register names are normalised, compared and sorted.
///
/// Names are stored NFC-normalised so "å" typed as "a" + combining ring equals the precomposed "å".
/// Comparison for uniqueness ignores case (Unicode lowercasing, so "Åsa" equals "åsa")
/// but not diacritics ("Åsa" and "Asa" are different names).
public enum RegisterName {
    /// The maximum length of a name or title, in characters.
    public static let maxLength = 100

    /// A name as it is stored: whitespace trimmed at both ends, NFC-normalised.
    /// - Parameter raw: the text as typed.
    /// - Returns: the normalised text.
    public static func normalize(_ raw: String) -> String {
        FreeText.normalize(raw)
    }

    /// The key two names are compared with for uniqueness: normalised and lowercased.
    /// - Parameter name: the name (raw or normalised).
    /// - Returns: the comparison key.
    public static func uniquenessKey(_ name: String) -> String {
        normalize(name).lowercased().precomposedStringWithCanonicalMapping
    }

    /// A key whose plain byte order is Swedish alphabetical order: a-z, then å, ä, ö.
    ///
    /// Letters are lowercased; å ä ö (and æ, ø, which Swedish sorts as ä, ö) map to the
    /// characters just after "z" in ASCII; other accented Latin letters sort as their
    /// base letter (é as e, ü as y as Swedish does). SQLite can index and order by the key
    /// with its default binary collation.
    /// - Parameter text: the text to sort.
    /// - Returns: the sort key.
    public static func swedishSortKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for character in uniquenessKey(text) {
            if character.isASCII {
                key.append(contentsOf: character.unicodeScalars)
                continue
            }
            switch character {
            case "å": key.append("{")
            case "ä", "æ": key.append("|")
            case "ö", "ø": key.append("}")
            case "ü": key.append("y")
            default:
                let folded = String(character).folding(options: [.diacriticInsensitive], locale: nil)
                key.append(contentsOf: folded.unicodeScalars)
            }
        }
        return String(key)
    }
}
