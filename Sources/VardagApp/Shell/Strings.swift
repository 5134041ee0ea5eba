import Foundation
import VardagResources

/// The UI language: Swedish by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case sv, en
}

/// The user-visible strings of one language, loaded from `Resources/Data/strings/<lang>/*.json`.
///
/// Every string the app shows comes from here (gitui's lesson: all strings in one
/// place per language). Each tool keeps its own file in the language's folder
/// (`app.json`, `register.json`, `workload.json`, …); keys carry the file's prefix.
/// A missing key shows as the key itself, and a test checks that every key used in
/// the sources exists in both languages.
public struct Strings: Sendable {
    public let language: Language
    private let table: [String: String]

    public init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// Loads the shipped catalogue for a language.
    /// - Throws: when the folder is empty or a file is not a JSON object of strings.
    public static func load(_ language: Language) throws -> Strings {
        let files = VardagResources.urls(in: "strings/\(language.rawValue)", withExtension: "json")
        guard !files.isEmpty else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "strings/\(language.rawValue)"])
        }
        var table: [String: String] = [:]
        for file in files {
            let part = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            table.merge(part) { first, _ in first }
        }
        return Strings(language: language, table: table)
    }

    /// The text for a key, or the key itself when the catalogue lacks it.
    public subscript(_ key: String) -> String { table[key] ?? key }

    /// The text for a key with `{0}`, `{1}`, … replaced by the arguments.
    /// A placeholder with no argument stays as it is.
    public func format(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        Self.fill(self[key], with: arguments.map(\.description))
    }

    /// The text for a key with `{0}`, `{1}`, … replaced by a list of arguments (for reasons
    /// that carry their values as a list, such as an import's problems).
    public func format(_ key: String, arguments: [String]) -> String {
        Self.fill(self[key], with: arguments)
    }

    /// A template with `{0}`, `{1}`, … replaced by the arguments (see `CatalogueTemplate`).
    static func fill(_ template: String, with arguments: [String]) -> String {
        CatalogueTemplate.fill(template, with: arguments)
    }

    /// All keys of the catalogue (for tests).
    public var keys: Set<String> { Set(table.keys) }
}
