import Foundation

extension AppDatabase {
    /// Appends an audit row in the caller's transaction, naming the login and the person it
    /// belongs to (`access_login`; none for a login without a person). Only fields whose values differ
    /// between `before` and `after` are recorded; an update that changes nothing writes nothing.
    /// - Parameters:
    ///   - db: the connection inside the write transaction.
    ///   - action: the kind of change.
    ///   - entity: the table name.
    ///   - entityId: the row id.
    ///   - before: all audited fields before the change; nil for an insert.
    ///   - after: all audited fields after the change.
    /// - Throws: GRDB errors; they roll the whole write back.
    @_spi(Seeding) public func recordAudit(
        _ db: any StoreConnection, _ action: AuditAction, entity: String, entityId: Int64,
        before: [String: AuditValue]?, after: [String: AuditValue]
    ) throws {
        var changedBefore = before
        var changedAfter = after
        if let before {
            let changedKeys = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
            if changedKeys.isEmpty { return }
            changedBefore = before.filter { changedKeys.contains($0.key) }
            changedAfter = after.filter { changedKeys.contains($0.key) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ values: [String: AuditValue]?) throws -> String? {
            guard let values else { return nil }
            return String(decoding: try encoder.encode(values), as: UTF8.self)
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO audit (at, "user", action, entity, entity_id, before_json, after_json, person_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT medarbetare_id FROM access_login WHERE login = ?))
            """)
        try insert.execute(arguments: [
            AppDatabase.timestamp(now()), user, action.rawValue, entity, entityId,
            try json(changedBefore), try json(changedAfter), user,
        ])
    }

    /// An instant as ISO 8601 UTC with milliseconds, e.g. `2026-11-23T18:20:00.123Z`.
    /// - Parameter date: the instant.
    /// - Returns: the timestamp text.
    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!).format(date)
    }

    /// Audit rows, newest first.
    /// - Parameters:
    ///   - entity: only rows for this table, if given.
    ///   - entityId: only rows for this row id, if given (with `entity`).
    ///   - limit: at most this many rows.
    /// - Returns: the entries.
    /// - Throws: GRDB errors.
    public func auditEntries(entity: String? = nil, entityId: Int64? = nil, limit: Int = 100) throws -> [AuditEntry] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT \(AuditRecord.selection) FROM audit
                WHERE (CAST(? AS TEXT) IS NULL OR entity = ?) AND (CAST(? AS BIGINT) IS NULL OR entity_id = ?)
                ORDER BY id DESC LIMIT ?
                """, arguments: [entity, entity, entityId, entityId, limit]).map { try AuditRecord(row: $0).entry() }
        }
    }

    /// The number of audit rows.
    /// - Returns: the count.
    /// - Throws: GRDB errors.
    public func auditCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 }
    }
}
