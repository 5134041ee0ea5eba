import Foundation

/// Incremental search in the task catalogue, as the supervisor types a few letters.
///
/// Matching ignores case (also for Å Ä Ö) and ranks: name starts with the text, then a
/// word of the name starts with it, then the text appears anywhere. å, ä and ö are
/// letters of their own ("tvä" finds Tvätt, "inkö" finds Inköp); only when nothing matches
/// that way does "tva" fall back to matching "tvä", for keyboards without Swedish letters.
/// The keys are computed once, so a keystroke costs a scan of short strings.
public struct TaskSearch: Sendable {
    private struct Entry: Sendable {
        let task: ShadowingTask
        let key: String
        let words: [Substring]
        let folded: String
        let foldedWords: [Substring]
        let sortKey: String
    }

    private let entries: [Entry]

    /// Prepares the search over the active tasks of a catalogue.
    /// - Parameter tasks: the catalogue; inactive tasks are left out.
    public init(tasks: [ShadowingTask]) {
        entries = tasks.filter(\.active).map { task in
            let key = Self.key(task.name)
            let folded = Self.folded(key)
            return Entry(task: task, key: key, words: Self.words(key), folded: folded, foldedWords: Self.words(folded),
                         sortKey: RegisterName.swedishSortKey(task.name))
        }.sorted { $0.sortKey < $1.sortKey }
    }

    /// The tasks matching typed text, best first; all tasks (alphabetical) for empty text.
    /// - Parameters:
    ///   - text: what was typed.
    ///   - limit: at most this many results.
    /// - Returns: the matching tasks.
    public func matches(_ text: String, limit: Int = 50) -> [ShadowingTask] {
        let query = Self.key(text).trimmingCharacters(in: .whitespaces)
        if query.isEmpty { return Array(entries.prefix(limit).map(\.task)) }
        var result = ranked(query) { ($0.key, $0.words) }
        if result.isEmpty {
            result = ranked(Self.folded(query)) { ($0.folded, $0.foldedWords) }
        }
        return Array(result.prefix(limit))
    }

    /// Tasks whose key starts with the query, then those with a word starting with it,
    /// then those containing it; alphabetical within each group.
    private func ranked(_ query: String, keys: (Entry) -> (String, [Substring])) -> [ShadowingTask] {
        var prefix: [ShadowingTask] = [], word: [ShadowingTask] = [], inside: [ShadowingTask] = []
        for entry in entries {
            let (key, words) = keys(entry)
            if key.hasPrefix(query) { prefix.append(entry.task) }
            else if words.contains(where: { $0.hasPrefix(query) }) { word.append(entry.task) }
            else if key.contains(query) { inside.append(entry.task) }
        }
        return prefix + word + inside
    }

    private static func words(_ key: String) -> [Substring] {
        key.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// The comparison form of a text: NFC, lowercased (Å → å).
    static func key(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The text without diacritics, for the fallback match only.
    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
