import Foundation

/// Incremental search in the task catalogue, as the supervisor types a few letters.
///
/// Matching ignores case (also for Å Ä Ö) and ranks: name starts with the text, then a
/// word of the name starts with it, then the text appears anywhere. å, ä and ö are
/// letters of their own ("tvä" finds Tvätt, "inkö" finds Inköp); only when nothing matches
/// that way does "tva" fall back to matching "tvä", for keyboards without Swedish letters.
/// The keys are computed once, so a keystroke costs a scan of short strings.
public struct TaskSearch: Sendable {
    /// A task's comparison keys as UTF-8 bytes: NFC text matched byte-wise matches
    /// character-wise (a lead byte never equals a continuation byte), and bytes are far
    /// cheaper to compare than Swift's grapheme-aware `String`.
    private struct Entry: Sendable {
        let task: ShadowingTask
        let key: [UInt8]
        /// Byte offsets where a word of `key` starts.
        let wordStarts: [Int]
        let folded: [UInt8]
        let foldedWordStarts: [Int]
        let sortKey: String
    }

    private let entries: [Entry]

    /// Prepares the search over the active tasks of a catalogue.
    /// - Parameter tasks: the catalogue; inactive tasks are left out.
    public init(tasks: [ShadowingTask]) {
        entries = tasks.filter(\.active).map { task in
            let key = Self.key(task.name)
            let folded = Self.folded(key)
            return Entry(task: task, key: Array(key.utf8), wordStarts: Self.wordStarts(key), folded: Array(folded.utf8),
                         foldedWordStarts: Self.wordStarts(folded), sortKey: RegisterName.swedishSortKey(task.name))
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
        var result = ranked(Array(query.utf8)) { ($0.key, $0.wordStarts) }
        if result.isEmpty {
            result = ranked(Array(Self.folded(query).utf8)) { ($0.folded, $0.foldedWordStarts) }
        }
        return Array(result.prefix(limit))
    }

    /// Tasks whose key starts with the query, then those with a word starting with it,
    /// then those containing it; alphabetical within each group.
    private func ranked(_ query: [UInt8], keys: (Entry) -> ([UInt8], [Int])) -> [ShadowingTask] {
        var prefix: [ShadowingTask] = [], word: [ShadowingTask] = [], inside: [ShadowingTask] = []
        for entry in entries {
            let (key, starts) = keys(entry)
            if Self.matches(query, in: key, at: 0) { prefix.append(entry.task) }
            else if starts.contains(where: { Self.matches(query, in: key, at: $0) }) { word.append(entry.task) }
            else if Self.contains(query, in: key) { inside.append(entry.task) }
        }
        return prefix + word + inside
    }

    private static func matches(_ query: [UInt8], in key: [UInt8], at offset: Int) -> Bool {
        guard offset + query.count <= key.count else { return false }
        for i in 0..<query.count where key[offset + i] != query[i] { return false }
        return true
    }

    private static func contains(_ query: [UInt8], in key: [UInt8]) -> Bool {
        guard query.count <= key.count else { return false }
        for offset in 0...(key.count - query.count) where matches(query, in: key, at: offset) { return true }
        return false
    }

    /// Byte offsets of the words' starts (a letter or digit after anything else).
    private static func wordStarts(_ key: String) -> [Int] {
        var starts: [Int] = []
        var offset = 0
        var previousWasWord = false
        for character in key {
            let isWord = character.isLetter || character.isNumber
            if isWord && !previousWasWord { starts.append(offset) }
            previousWasWord = isWord
            offset += character.utf8.count
        }
        return starts
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
