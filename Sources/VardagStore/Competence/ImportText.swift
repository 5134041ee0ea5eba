import Foundation
import VardagResources

/// The Swedish texts of the import's messages, read from the shipped catalogue
/// (`strings/sv/import.json`, and `staff.json` for the staff import), so the store's own descriptions and the command line's
/// Swedish output are the same words from one place.
enum ImportText {
    /// The Swedish `import.*` and `staff.*` tables (the staff import's reasons are the staff
    /// figures' own); empty if the files cannot be read (keys then show as themselves).
    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for url in VardagResources.urls(in: "strings/sv", withExtension: "json")
        where ["import.json", "staff.json"].contains(url.lastPathComponent) {
            guard let data = try? Data(contentsOf: url),
                  let part = try? JSONDecoder().decode([String: String].self, from: data) else { continue }
            table.merge(part) { first, _ in first }
        }
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
