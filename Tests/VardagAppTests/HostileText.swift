import Foundation
@_spi(Seeding) import VardagStore

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
    /// SQL as another program could (a CHECK that refuses it leaves that column alone).
    /// - Parameter database: the database, on either backend.
    /// - Returns: the "table.column" pairs that now hold hostile text.
    static func poison(_ database: AppDatabase) throws -> [String] {
        let columns = try database.writeGeneratedData { db in
            try StoreRow.fetchAll(db, sql: db.dialect == .sqlite ? """
                SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c
                WHERE m.type = 'table' AND upper(c.type) = 'TEXT'
                AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'grdb_%' AND m.name NOT LIKE 'audit%'
                ORDER BY m.name, c.cid
                """ : """
                SELECT table_name::text, column_name::text FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'text'
                AND table_name NOT LIKE 'vardag_%' AND table_name NOT LIKE 'audit%'
                ORDER BY table_name, ordinal_position
                """).map { (table: $0[0] as String, column: $0[1] as String) }
        }
        var poisoned: [String] = []
        for (table, column) in columns {
            let lower = column.lowercased()
            guard !lower.hasSuffix("_key"), freeTextColumnWords.contains(where: lower.contains) else { continue }
            let quotedColumn = "\"\(column)\""
            do {
                // One transaction per column, so a CHECK that refuses one leaves the rest.
                let changed = try database.writeGeneratedData { db -> Int in
                    let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(quotedColumn) IS NOT NULL") ?? 0
                    try db.execute(sql: "UPDATE \(table) SET \(quotedColumn) = \(quotedColumn) || ? WHERE \(quotedColumn) IS NOT NULL",
                                   arguments: [suffix])
                    return rows
                }
                if changed > 0 { poisoned.append("\(table).\(column)") }
            } catch {
                continue  // a CHECK constraint refused it
            }
        }
        return poisoned
    }
}
