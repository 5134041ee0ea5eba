/// The rule for a login name: what PostgreSQL and an OS account both take without quoting trouble.
public enum AccessLogin {
    /// The longest login, in characters (PostgreSQL's identifier limit).
    public static let maxLength = 63

    /// Whether the text is a login Vardag accepts: 1–63 ASCII letters, digits, `.`, `_`
    /// and `-`, starting with a letter, in lower case (server role names are case-sensitive;
    /// OS logins are lower case by convention, and `Anna` and `anna` must not be two people).
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= maxLength,
              ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }
}
