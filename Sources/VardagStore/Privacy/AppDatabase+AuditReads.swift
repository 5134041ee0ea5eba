import Foundation
import GRDB

extension AppDatabase {
    /// One page of audit rows, newest first, for a virtual table.
    /// - Parameters:
    ///   - entity: only this table's rows, if given.
    ///   - offset: rows to skip from the newest.
    ///   - limit: at most this many rows.
    /// - Throws: GRDB errors.
    public func auditPage(entity: String?, offset: Int, limit: Int) throws -> [AuditEntry] {
        try writer.read { db in
            var request = AuditRecord.all()
            if let entity { request = request.filter(Column("entity") == entity) }
            return try request.order(Column("id").desc).limit(limit, offset: offset).fetchAll(db).map { try $0.entry() }
        }
    }

    /// The number of audit rows, for one table or all.
    /// - Throws: GRDB errors.
    public func auditCount(entity: String?) throws -> Int {
        try writer.read { db in
            var request = AuditRecord.all()
            if let entity { request = request.filter(Column("entity") == entity) }
            return try request.fetchCount(db)
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
        try writer.read { db in
            var request = AuditRecord.all()
            if let from { request = request.filter(Column("at") >= from) }
            // `at` is "YYYY-MM-DDT…": every timestamp on the last day sorts before "YYYY-MM-DDU".
            if let to { request = request.filter(Column("at") < to + "U") }
            return try request.order(Column("id")).fetchAll(db).map { try $0.entry() }
        }
    }
}
