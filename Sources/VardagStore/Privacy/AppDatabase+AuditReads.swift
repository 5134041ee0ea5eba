import Foundation

extension AppDatabase {
    /// One page of audit rows, newest first, for a virtual table.
    /// - Parameters:
    ///   - entity: only this table's rows, if given.
    ///   - offset: rows to skip from the newest.
    ///   - limit: at most this many rows.
    /// - Throws: GRDB errors.
    public func auditPage(entity: String?, offset: Int, limit: Int) throws -> [AuditEntry] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT \(AuditRecord.selection) FROM audit WHERE (CAST(? AS TEXT) IS NULL OR entity = ?)
                ORDER BY id DESC LIMIT ? OFFSET ?
                """, arguments: [entity, entity, limit, offset]).map { try AuditRecord(row: $0).entry() }
        }
    }

    /// The number of audit rows, for one table or all.
    /// - Throws: GRDB errors.
    public func auditCount(entity: String?) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE (CAST(? AS TEXT) IS NULL OR entity = ?)",
                             arguments: [entity, entity]) ?? 0
        }
    }

    /// The tables that have audit rows, sorted.
    /// - Throws: GRDB errors.
    public func auditEntities() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT entity FROM audit ORDER BY entity") }
    }

    /// Audit rows in a period, oldest first, for the export.
    /// - Parameters:
    ///   - from: first day (UTC) included, if given.
    ///   - to: last day (UTC) included, if given.
    /// - Throws: GRDB errors.
    public func auditEntries(from: String?, to: String?) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        try forEachAuditEntry(from: from, to: to) { entries.append($0) }
        return entries
    }

    /// Calls `body` with each audit row in a period, oldest first, as the statement's
    /// cursor gives it, in one read: for the export, which holds no more than one row.
    /// - Parameters:
    ///   - from: first day (UTC) included, if given.
    ///   - to: last day (UTC) included, if given.
    ///   - body: called with each row.
    /// - Throws: GRDB errors, what `body` throws.
    public func forEachAuditEntry(from: String?, to: String?, _ body: (AuditEntry) throws -> Void) throws {
        try writer.read { db in
            // `at` is "YYYY-MM-DDT…": every timestamp on the last day sorts before "YYYY-MM-DDU".
            try StoreRow.stream(db, sql: """
                SELECT \(AuditRecord.selection) FROM audit
                WHERE (CAST(? AS TEXT) IS NULL OR at >= ?) AND (CAST(? AS TEXT) IS NULL OR at < ?)
                ORDER BY id
                """, arguments: [from, from, to, to.map { $0 + "U" }]) { try body(try AuditRecord(row: $0).entry()) }
        }
    }
}
