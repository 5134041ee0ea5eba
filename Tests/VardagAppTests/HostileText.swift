import Foundation
import GRDB

/// Text meant to break a terminal, and a way to plant it in the database as another
/// program could, past the app's own validation.
enum HostileText {
    /// Fragments that would retitle the window, clear the screen, move the cursor,
    /// switch character sets, or reverse the text, if they reached the terminal.
    static let fragments = [
        "\u{1b}]0;pwned\u{7}", "\u{1b}[2J", "\u{1b}[H", "\u{1b}(0", "\u{1b}c", "\u{1b}P1$r\u{1b}\\",
        "\u{85}", "\u{9b}2J", "\u{9d}2;title\u{9c}", "\u{8d}", "\u{7}", "\u{8}", "\u{7f}",
        "\u{202e}", "\u{2066}", "\u{200f}", "\r", "\n", "\t",
    ]

    /// A suffix that carries one of each kind, ending in a visible marker ("¤") so a
    /// test can see that the poisoned text was drawn.
    static let suffix = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{85}\u{9b}2J\u{202e}\u{7}¤"

    /// Words in the names of free-text columns: names, titles, notes and the like.
    /// Dates, kinds and keys are left alone: the app parses those, and garbage there
    /// is a different test.
    static let freeTextColumnWords = [
        "name", "title", "note", "text", "comment", "question", "description", "reference",
        "label", "topic", "summary", "reflection", "lesson", "hypothesis", "wish", "answer",
        "observation", "education", "certificate", "goal", "action_plan", "idea", "insight", "theme",
        "reason", "what", "responsible", "statement", "lessons", "remark", "wishes", "step_name",
        "case_type", "decided_by", "changed_by",
    ]

    /// Appends `suffix` to every free-text column of every app table, straight through
    /// SQLite (a CHECK that refuses it leaves that column alone).
    /// - Parameter path: the database file.
    /// - Returns: the "table.column" pairs that now hold hostile text.
    static func poison(databaseAt path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        var poisoned: [String] = []
        try queue.write { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'audit%'
                ORDER BY name
                """)
            for table in tables {
                for column in try db.columns(in: table) where column.type.uppercased() == "TEXT" {
                    let lower = column.name.lowercased()
                    guard !lower.hasSuffix("_key"), freeTextColumnWords.contains(where: lower.contains) else { continue }
                    let sql = "UPDATE \(table.quotedDatabaseIdentifier) SET \(column.name.quotedDatabaseIdentifier) = "
                        + "\(column.name.quotedDatabaseIdentifier) || ? WHERE \(column.name.quotedDatabaseIdentifier) IS NOT NULL"
                    do {
                        try db.inSavepoint {
                            try db.execute(sql: sql, arguments: [suffix])
                            return .commit
                        }
                        if db.changesCount > 0 { poisoned.append("\(table).\(column.name)") }
                    } catch {
                        continue  // a CHECK constraint refused it
                    }
                }
            }
        }
        return poisoned
    }
}
