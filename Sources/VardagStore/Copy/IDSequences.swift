/// The highest id each table has handed out, read and set on either backend, so a copied
/// database never hands out an id again that the original had used (audit rows refer to
/// deleted rows by id).
enum IDSequences {
    /// The last id handed out per table (tables that never handed one out are missing).
    static func read(_ db: any StoreConnection, tables: [StoredTable]) throws -> [String: Int64] {
        switch db.dialect {
        case .sqlite:
            var values: [String: Int64] = [:]
            for row in try StoreRow.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence") {
                values[row[0]] = row[1]
            }
            return values
        case .postgres:
            var values: [String: Int64] = [:]
            for table in tables where table.hasID {
                if let last = try Int64.fetchOne(db, sql: """
                    SELECT pg_sequence_last_value(pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(?), 'id'))
                    """, arguments: [table.name]) {
                    values[table.name] = last
                }
            }
            return values
        }
    }

    /// Makes each table hand out ids after the given ones (and after its own rows).
    static func write(_ db: any StoreConnection, _ values: [String: Int64], tables: [StoredTable]) throws {
        for table in tables where table.hasID {
            let highestRow = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table.name)") ?? 0
            let last = max(values[table.name] ?? 0, highestRow)
            guard last > 0 else { continue }
            switch db.dialect {
            case .sqlite:
                try db.execute(sql: "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", arguments: [last, table.name])
                if db.changesCount == 0 {
                    try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table.name, last])
                }
            case .postgres:
                try db.execute(sql: """
                    SELECT setval(pg_get_serial_sequence(quote_ident(current_schema()) || '.' || quote_ident(?), 'id'), ?)
                    """, arguments: [table.name, last])
            }
        }
    }
}
