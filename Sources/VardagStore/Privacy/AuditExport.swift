import Foundation
import VardagDomain

/// Exports the audit trail: who (the login, and the person it belongs to by name), when,
/// what kind, which record, and the changed fields before and after. CSV has one row per
/// audit row with the before/after JSON in two columns; JSON is an array of objects, whose
/// `personId` and `person` are left out for a login without a person. `ExportWriter` writes
/// the bytes (files owner-only, 0600).
public enum AuditExport {
    /// The CSV column headings.
    public static let csvHeader = ["Id", "Tid (UTC)", "Användare", "Person", "Händelse", "Tabell", "Post-id", "Före", "Efter"]

    /// One exported row.
    struct Row: Encodable {
        var id: Int64
        var at: String
        var user: String
        var personId: Int64?
        var person: String?
        var action: String
        var entity: String
        var entityId: Int64
        var before: [String: AuditValue]?
        var after: [String: AuditValue]?
    }

    /// The export as file contents.
    /// - Parameters:
    ///   - db: the database.
    ///   - from: first UTC day included, if given.
    ///   - to: last UTC day included, if given.
    ///   - format: CSV or JSON.
    /// - Throws: GRDB, CSV or encoding errors.
    public static func data(from db: AppDatabase, from: LocalDate?, to: LocalDate?, format: RegisterExport.Format) throws -> Data {
        try ExportWriter.collect { try write(from: db, from: from, to: to, format: format, into: $0) }
    }

    /// Streams the export into a sink, each audit row written as the cursor gives it, in one read.
    /// - Throws: GRDB, encoding and write errors.
    public static func write(from db: AppDatabase, from: LocalDate?, to: LocalDate?, format: RegisterExport.Format,
                             into sink: ExportSink) throws {
        switch format {
        case .json:
            var writer = JSONArrayWriter(into: sink)
            try db.forEachAuditEntry(from: from?.iso, to: to?.iso) {
                try writer.append(Row(id: $0.id, at: $0.at, user: $0.user, personId: $0.personId, person: $0.personName,
                                      action: $0.action.rawValue, entity: $0.entity, entityId: $0.entityId,
                                      before: $0.before, after: $0.after))
            }
            try writer.finish()
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(csvHeader)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try db.forEachAuditEntry(from: from?.iso, to: to?.iso) { e in
                try writer.row([String(e.id), e.at, e.user, e.personName ?? "", e.action.rawValue, e.entity, String(e.entityId),
                                json(e.before, encoder), json(e.after, encoder)])
            }
            try writer.finish()
        }
    }

    private static func json(_ values: [String: AuditValue]?, _ encoder: JSONEncoder) -> String {
        guard let values else { return "" }
        return (try? String(decoding: encoder.encode(values), as: UTF8.self)) ?? ""
    }
}
