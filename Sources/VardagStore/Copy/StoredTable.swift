/// One table of a Vardag database as the copy sees it: its columns and the tables its
/// foreign keys point to, read from the database's own catalogue.
struct StoredTable: Equatable, Sendable {
    /// The table name.
    let name: String
    /// The column names in the table's order.
    let columns: [String]
    /// The tables this one refers to (its parents).
    let parents: Set<String>

    /// The column names in double quotes, for a SELECT or INSERT (audit has a column `user`,
    /// a reserved word in PostgreSQL).
    var quotedColumns: String { columns.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Whether the table has an `id` key (rows are read in id order and the id sequence is carried over).
    var hasID: Bool { columns.contains("id") }

    /// Every Vardag table of a database, parents before children: the order rows can be
    /// inserted in with foreign keys enforced, and the reverse of the order they can be
    /// deleted in. The migrations' own bookkeeping tables are left out.
    static func all(_ db: any StoreConnection) throws -> [StoredTable] {
        let tables = try db.dialect == .sqlite ? sqliteTables(db) : postgresTables(db)
        var ordered: [StoredTable] = []
        var placed = Set<String>()
        var waiting = tables.sorted { $0.name < $1.name }
        while !waiting.isEmpty {
            let ready = waiting.filter { $0.parents.subtracting([$0.name]).isSubset(of: placed) }
            // A cycle cannot happen in Vardag's schema; if it did, the rest keeps its order.
            let next = ready.isEmpty ? waiting : ready
            ordered += next
            placed.formUnion(next.map(\.name))
            waiting.removeAll { placed.contains($0.name) }
        }
        return ordered
    }

    /// Tables whose rows the schema's own triggers write (Skuggning's monthly sums follow
    /// each observation inserted or deleted); a copy must not add them twice.
    static let maintainedByTriggers: Set<String> = ["shadowing_month_sum"]

    private static let bookkeeping: Set<String> = ["grdb_migrations", "vardag_migrations", "sqlite_sequence"]

    private static func sqliteTables(_ db: any StoreConnection) throws -> [StoredTable] {
        let names = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name
            """).filter { !bookkeeping.contains($0) }
        return try names.map { name in
            let columns = try StoreRow.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
                .map { $0[0] as String }
            let parents = try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [name])
            return StoredTable(name: name, columns: columns, parents: Set(parents))
        }
    }

    private static func postgresTables(_ db: any StoreConnection) throws -> [StoredTable] {
        let names = try String.fetchAll(db, sql: "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
            .filter { !bookkeeping.contains($0) }
        return try names.map { name in
            let columns = try String.fetchAll(db, sql: """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
                """, arguments: [name])
            let parents = try String.fetchAll(db, sql: """
                SELECT DISTINCT p.relname FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid
                WHERE c.contype = 'f' AND t.relname = ? AND t.relnamespace = current_schema()::regnamespace
                """, arguments: [name])
            return StoredTable(name: name, columns: columns, parents: Set(parents))
        }
    }
}
