import Foundation

extension AppDatabase {
    /// Copies every row of this database into another Vardag database, on either backend,
    /// in one transaction of the destination and one consistent read of this one.
    ///
    /// The destination must be at the same schema version and hold no register and no
    /// audit rows (a newly made database); the rows its migrations put there (settings,
    /// catalogues) are replaced by this database's. Ids are kept, and so is each table's
    /// highest id handed out. Afterwards each table is read back from the destination in
    /// the same transaction: when any count or checksum differs, nothing is stored.
    /// - Parameter destination: the database to fill.
    /// - Returns: per table, the rows and checksums of both sides.
    /// - Throws: `CopyRefusal` (not empty, another schema version, a mismatch), or either
    ///   database's errors; the destination is then unchanged.
    public func copyEverything(to destination: AppDatabase) throws -> CopyReport {
        let version = try schemaVersion().applied, destinationVersion = try destination.schemaVersion().applied
        guard version == destinationVersion else {
            throw CopyRefusal.differentSchema(source: version.count, destination: destinationVersion.count)
        }
        return try destination.writer.write { target in
            let registered = try Int.fetchOne(target, sql: "SELECT (SELECT count(*) FROM kommun) + (SELECT count(*) FROM audit)") ?? 0
            guard registered == 0 else { throw CopyRefusal.destinationNotEmpty }
            return try self.writer.read { source in
                let tables = try StoredTable.all(source)
                let targetTables = try StoredTable.all(target)
                guard Set(tables.map(\.name)) == Set(targetTables.map(\.name)) else {
                    throw CopyRefusal.differentSchema(source: version.count, destination: destinationVersion.count)
                }
                for table in targetTables.reversed() where table.name != "audit" {
                    try target.execute(sql: "DELETE FROM \(table.name)")
                }
                // Tables the schema's triggers keep up to date get their rows while the
                // others are copied; they are then emptied and copied as they are at the source.
                let derived = tables.filter { StoredTable.maintainedByTriggers.contains($0.name) }
                var sent: [String: TableChecksum] = [:]
                for table in tables where !derived.contains(table) {
                    sent[table.name] = try Self.copyRows(of: table, from: source, to: target)
                }
                for table in derived {
                    try target.execute(sql: "DELETE FROM \(table.name)")
                    sent[table.name] = try Self.copyRows(of: table, from: source, to: target)
                }
                // Read back only when everything is in, so no later insert changes a table already compared.
                var report: [CopyReport.Table] = []
                for table in tables {
                    let read = sent[table.name] ?? TableChecksum()
                    let received = try Self.checksum(of: table, in: target)
                    report.append(CopyReport.Table(
                        name: table.name, sourceRows: read.rows, destinationRows: received.rows,
                        sourceChecksum: read.description, destinationChecksum: received.description))
                }
                try IDSequences.write(target, try IDSequences.read(source, tables: tables), tables: tables)
                let copied = CopyReport(tables: report)
                guard copied.agrees else { throw CopyRefusal.mismatch(copied) }
                return copied
            }
        }
    }

    /// The rows of a table in a fixed order: by id, or by every column (NULLs first on both backends).
    private static func orderedSelect(_ table: StoredTable) -> String {
        let order = table.hasID ? "id" : table.columns.indices.map { "\($0 + 1) NULLS FIRST" }.joined(separator: ", ")
        return "SELECT \(table.quotedColumns) FROM \(table.name) ORDER BY \(order)"
    }

    /// Copies a table's rows in batches; returns the checksum of what was read.
    private static func copyRows(of table: StoredTable, from source: any StoreConnection,
                                 to target: any StoreConnection) throws -> TableChecksum {
        var checksum = TableChecksum()
        let perBatch = max(1, 2_000 / table.columns.count)
        let columns = table.quotedColumns
        let rowPlaceholders = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
        func insert(_ batch: [StoreValue], rows: Int) throws {
            let values = Array(repeating: rowPlaceholders, count: rows).joined(separator: ", ")
            try target.execute(sql: "INSERT INTO \(table.name) (\(columns)) VALUES \(values)", arguments: StoreArguments(values: batch))
        }
        var batch: [StoreValue] = []
        var rows = 0
        let cursor = try StoreRow.fetchCursor(source, sql: orderedSelect(table))
        while let row = try cursor.next() {
            checksum.add(row.values)
            batch += row.values
            rows += 1
            if rows == perBatch {
                try insert(batch, rows: rows)
                batch.removeAll(keepingCapacity: true)
                rows = 0
            }
        }
        if rows > 0 { try insert(batch, rows: rows) }
        return checksum
    }

    /// The checksum of a table's rows as they are stored.
    static func checksum(of table: StoredTable, in db: any StoreConnection) throws -> TableChecksum {
        var checksum = TableChecksum()
        try StoreRow.fetchCursor(db, sql: orderedSelect(table)).forEach { checksum.add($0.values) }
        return checksum
    }
}

/// Why a copy between databases was refused; nothing was stored.
public enum CopyRefusal: Error, Equatable, Sendable {
    /// The destination already has a register or an audit trail.
    case destinationNotEmpty
    /// The two databases are at different schema versions (migration counts).
    case differentSchema(source: Int, destination: Int)
    /// A table read back from the destination differs from the source.
    case mismatch(CopyReport)

    public static func == (left: CopyRefusal, right: CopyRefusal) -> Bool {
        switch (left, right) {
        case (.destinationNotEmpty, .destinationNotEmpty): return true
        case let (.differentSchema(a, b), .differentSchema(c, d)): return a == c && b == d
        case (.mismatch, .mismatch): return true
        default: return false
        }
    }
}
