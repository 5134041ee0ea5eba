import Foundation

/// Names a purge anonymised, taken out wherever else they stand as text: in the values of
/// any audit row (a decision's note "omfördela till Bo Ek", a dialogue action's
/// responsible person) and in the free-text columns of the tools.
///
/// A name is replaced where it stands as a whole word sequence (not inside a longer word,
/// so "Ali" leaves "Alingsås" alone); matching is exact, case and all. A name written
/// differently (a first name alone, a misspelling) cannot be found this way.
struct ForgottenNames {
    /// The text a name is replaced with.
    static let replacement = PurgePlan.purgedText

    /// The free-text columns a name may stand in, with their maximum length (nil: none)
    /// and the column that identifies a row (PostgreSQL has no `rowid`).
    static let textColumns: [(table: String, column: String, maxLength: Int?, key: String)] = [
        ("workload_case", "note", 200, "id"), ("workload_decision", "note", 200, "id"),
        ("dialogue_question", "text", 500, "id"), ("dialogue_question", "answer", nil, "id"),
        ("dialogue_meeting", "notes", nil, "id"), ("dialogue_action", "what", 500, "id"),
        ("dialogue_action", "responsible", 100, "id"), ("dialogue_theme_change", "reason", nil, "id"),
        ("shadowing_entry", "lessons", 2000, "id"), ("shadowing_hypothesis", "statement", 300, "id"),
        ("shadowing_hypothesis", "conclusion", 1000, "id"), ("shadowing_hypothesis_event", "text", 1000, "id"),
        ("competence_mapping", "wishes", 500, "medarbetare_id"), ("competence_plan", "course", 100, "id"),
        ("competence_plan", "provider", 100, "id"), ("competence_spreading", "description", 200, "id"),
        ("competence_spreading", "outcome", 500, "id"),
    ]

    /// The names, longest first (so "Bo Ek Lind" goes before "Bo Ek").
    private(set) var names: [String] = []

    /// Adds names; blank ones and the anonymised labels themselves are left out.
    mutating func add(_ more: [String], except labelPrefix: String) {
        let wanted = more.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && !$0.hasPrefix(labelPrefix) && $0 != Self.replacement }
        names = Array(Set(names + wanted)).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Replaces the names in every audit row and free-text column; inside a purge only.
    /// - Parameter write: false only counts the rows that would change.
    /// - Returns: how many rows changed (or would change).
    func remove(_ db: any StoreConnection, write: Bool = true) throws -> Int {
        guard !names.isEmpty else { return 0 }
        var changed = try removeFromAudit(db, write: write)
        for (table, column, maxLength, key) in Self.textColumns where try db.tableExists(table) {
            changed += try remove(db, table: table, column: column, key: key, maxLength: maxLength, write: write)
        }
        return changed
    }

    private func removeFromAudit(_ db: any StoreConnection, write: Bool) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoder = JSONDecoder()
        var ids = Set<Int64>()
        for name in names {
            // The name as it stands inside the JSON text (quotes and backslashes escaped).
            let encoded = String(decoding: try encoder.encode(name), as: UTF8.self).dropFirst().dropLast()
            ids.formUnion(try Int64.fetchAll(db, sql: """
                SELECT id FROM audit WHERE \(db.dialect.contains("before_json", "?")) OR \(db.dialect.contains("after_json", "?"))
                """, arguments: [String(encoded), String(encoded)]))
        }
        var changed = 0
        for id in ids.sorted() {
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT before_json, after_json FROM audit WHERE id = ?", arguments: [id]) else { continue }
            var columns: [String?] = []
            var any = false
            for column in ["before_json", "after_json"] {
                guard let text: String = row[column] else { columns.append(nil); continue }
                let values = try decoder.decode([String: AuditValue].self, from: Data(text.utf8))
                let cleaned = values.mapValues { value -> AuditValue in
                    guard case .text(let string) = value, let replaced = replacing(in: string) else { return value }
                    any = true
                    return .text(replaced)
                }
                columns.append(String(decoding: try encoder.encode(cleaned), as: UTF8.self))
            }
            guard any else { continue }
            changed += 1
            guard write else { continue }
            try db.execute(sql: "UPDATE audit SET before_json = ?, after_json = ? WHERE id = ?", arguments: [columns[0], columns[1], id])
        }
        return changed
    }

    private func remove(_ db: any StoreConnection, table: String, column: String, key: String, maxLength: Int?, write: Bool) throws -> Int {
        var rows: [Int64: String] = [:]
        for name in names {
            for row in try StoreRow.fetchAll(db, sql: "SELECT \(key), \(column) FROM \(table) WHERE \(db.dialect.contains(column, "?"))", arguments: [name]) {
                rows[row[0]] = row[1]
            }
        }
        var changed = 0
        for (rowKey, text) in rows.sorted(by: { $0.key < $1.key }) {
            guard var replaced = replacing(in: text) else { continue }
            changed += 1
            guard write else { continue }
            if let maxLength, replaced.count > maxLength { replaced = String(replaced.prefix(maxLength)) }
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?", arguments: [replaced, rowKey])
        }
        return changed
    }

    /// The text with every whole-word occurrence of the names replaced; nil when none occurs.
    func replacing(in text: String) -> String? {
        var result = text
        var any = false
        for name in names {
            if let replaced = Self.replacing(name, in: result) {
                result = replaced
                any = true
            }
        }
        return any ? result : nil
    }

    /// One name's whole-word occurrences replaced; nil when there are none.
    private static func replacing(_ name: String, in text: String) -> String? {
        var output = ""
        var cursor = text.startIndex
        var any = false
        while let range = text.range(of: name, range: cursor..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            output += text[cursor..<range.lowerBound]
            if isWordCharacter(before) || isWordCharacter(after) {
                output += text[range]
            } else {
                output += replacement
                any = true
            }
            cursor = range.upperBound
        }
        output += text[cursor...]
        return any ? output : nil
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}
