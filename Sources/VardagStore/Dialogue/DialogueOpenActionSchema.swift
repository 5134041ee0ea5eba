import GRDB

/// Migration "v16-dialogue-open-actions": the open åtgärder per kommun and due date, as counts.
///
/// A regional samordnare's Idag lists the kommuner with overdue åtgärder. She reads no
/// slinga, so on PostgreSQL the policies give her no `dialogue_action` row to count; this view,
/// owned by the migrating role, is computed past them (`PostgresMigrations.v16DialogueOpenActions`)
/// and says only how many åtgärder of a kommun are open with which due date, nothing of what
/// they are or whose slinga. The SQL is frozen once shipped.
enum DialogueOpenActionSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIEW dialogue_open_actions AS
                SELECT e.kommun_id, a.due_date, count(*) AS actions
                FROM dialogue_action a JOIN dialogue_loop l ON l.id = a.loop_id JOIN enhet e ON e.id = l.enhet_id
                WHERE a.status != 'klar'
                GROUP BY e.kommun_id, a.due_date;
            """)
    }
}
