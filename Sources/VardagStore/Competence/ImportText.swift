import Foundation
import VardagResources

/// The Swedish texts of the import's messages, read from the shipped catalogue
/// (`strings/sv/import.json`), so the store's own descriptions and the command line's
/// Swedish output are the same words from one place.
enum ImportText {
    /// The Swedish `import.*` table; empty if the file cannot be read (keys then show as themselves).
    private static let table: [String: String] = {
        guard let url = VardagResources.urls(in: "strings/sv", withExtension: "json").first(where: { $0.lastPathComponent == "import.json" }),
              let data = try? Data(contentsOf: url),
              let table = try? JSONDecoder().decode([String: String].self, from: data) else { return [:] }
        return table
    }()

    /// A key's Swedish text with `{0}`, `{1}`, … replaced by the arguments.
    /// - Parameters:
    ///   - key: an `import.*` key.
    ///   - arguments: the values, in placeholder order.
    static func swedish(_ key: String, _ arguments: [String]) -> String {
        CatalogueTemplate.fill(table[key] ?? key, with: arguments)
    }

    /// The longest value from the file a message echoes, in characters.
    static let excerptLength = 40

    /// A value as a message may echo it: whole up to 40 characters, else its first 39 and "…".
    /// Only the first characters are looked at, so a cell of many megabytes costs nothing.
    /// - Parameter text: the value.
    /// - Returns: the value, or its beginning and "…".
    static func excerpt(_ text: String) -> String {
        if text.utf8.count <= excerptLength { return text }
        guard let end = text.index(text.startIndex, offsetBy: excerptLength, limitedBy: text.endIndex),
              end != text.endIndex else { return text }
        return String(text[..<text.index(text.startIndex, offsetBy: excerptLength - 1)]) + "…"
    }
}
