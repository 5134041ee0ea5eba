import GRDB

/// Migration "v27-dialogue-chef-names": the chefs of each slinga's unit, by id and name.
///
/// At the gemensam träff the vägledare records which chef joined at its end (v21). On
/// PostgreSQL the register's policies show a vägledare only herself, the guide pool and the
/// staff of her slingor, so she saw no chef to choose, could not record one and read no chef's
/// name back. This view, owned by the migrating role, lists past the policies the chefs of a
/// slinga's own unit (id, name, unit name, whether active), and on PostgreSQL only for the
/// slingor the viewer sees (`PostgresMigrations.v27DialogueChefNames`). The SQL is frozen once
/// shipped.
enum DialogueChefNamesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIEW dialogue_loop_chef AS
                SELECT l.id AS loop_id, m.id AS chef_id, m.name AS chef_name, e.name AS enhet_name, m.active AS active,
                    m.sort_key AS sort_key
                FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id JOIN team t ON t.enhet_id = e.id
                JOIN medarbetare m ON m.team_id = t.id
                WHERE m.role = 'chef';
            """)
    }
}
