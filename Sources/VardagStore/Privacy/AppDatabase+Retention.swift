import Foundation
import VardagDomain

extension AppDatabase {
    /// The retention of each kind: the stored setting, or the default when none is stored.
    /// - Throws: GRDB errors.
    public func retentionSettings() throws -> [RetentionKind: RetentionDuration] {
        let stored = try writer.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT kind, duration FROM retention_setting")
        }
        var result = Dictionary(uniqueKeysWithValues: RetentionKind.allCases.map { ($0, $0.defaultRetention) })
        for row in stored {
            if let kind = RetentionKind(rawValue: row["kind"]), let duration = try? RetentionDuration.parse(row["duration"]) {
                result[kind] = duration
            }
        }
        return result
    }

    /// Changes one kind's retention, with an audit row.
    /// - Throws: GRDB errors.
    public func setRetention(_ kind: RetentionKind, to duration: RetentionDuration) throws {
        try writer.write { db in
            let before: String? = try String.fetchOne(db, sql: "SELECT duration FROM retention_setting WHERE kind = ?", arguments: [kind.rawValue])
            try db.execute(sql: """
                INSERT INTO retention_setting (kind, duration) VALUES (?, ?)
                ON CONFLICT (kind) DO UPDATE SET duration = excluded.duration
                """, arguments: [kind.rawValue, duration.description])
            try recordAudit(db, before == nil ? .insert : .update, entity: "retention_setting",
                            entityId: Int64((RetentionKind.allCases.firstIndex(of: kind) ?? 0) + 1),
                            before: before.map { ["kind": .text(kind.rawValue), "duration": .text($0)] },
                            after: ["kind": .text(kind.rawValue), "duration": .text(duration.description)])
        }
    }

    /// The small-group rule with the stored threshold (default 5): one setting for every
    /// aggregate beyond one unit, kept where Kompetenstrappa's comparison keeps it
    /// (`competence_setting.suppression_threshold`, changed from that tool's settings).
    /// - Throws: GRDB errors.
    public func smallGroupSuppression() throws -> SmallGroupSuppression {
        try writer.read { db in
            try db.tableExists("competence_setting") ? try Self.fetchSuppression(db) : .standard
        }
    }

    /// Gallring: deletes or anonymises records past their retention, one transaction, with
    /// one `purge` audit row per kind (kind, cutoff, counts).
    ///
    /// Each kind's cutoff is `today` minus the longer of its retention setting and
    /// `olderThan`: the settings are the policy, and `--older-than` can only keep more.
    /// The audit rows about what is deleted or anonymised lose their old and new values, and
    /// anonymised names are taken out of every other audit row and free text (`PurgePlan`).
    /// A dry run counts in a read transaction and writes nothing.
    ///
    /// So that nothing removed stays readable in the file, the purge runs with SQLite's
    /// `secure_delete` on (freed space and pages are overwritten with zeros) and folds the
    /// WAL into the database afterwards, truncating it (`wal_checkpoint(TRUNCATE)`; best
    /// effort while another connection reads, and done again when the last one closes).
    /// - Parameters:
    ///   - today: the day to count back from.
    ///   - olderThan: an extra minimum age; nil uses the settings alone.
    ///   - dryRun: count only.
    /// - Returns: what was (or would be) done.
    /// - Throws: GRDB errors; a failure rolls everything back.
    public func purge(today: LocalDate, olderThan: RetentionDuration?, dryRun: Bool) throws -> PurgeReport {
        let settings = try retentionSettings()
        let cutoffs = Dictionary(uniqueKeysWithValues: RetentionKind.allCases.map { kind in
            let retention = settings[kind] ?? kind.defaultRetention
            let cutoff = [retention, olderThan].compactMap { $0 }.map { $0.cutoff(from: today) }.min() ?? today
            return (kind, cutoff)
        })
        if dryRun {
            let lines = try writer.read { db in try PurgePlan.run(db, cutoffs: cutoffs, dryRun: true) }
            return PurgeReport(lines: lines, dryRun: true)
        }
        return try writer.writeWithoutTransaction { db in
            let restore = try db.beginSecureDelete()
            defer { restore() }
            var lines: [PurgeReport.Line] = []
            try db.inTransaction {
                try db.execute(sql: "INSERT INTO purge_in_progress (one) VALUES (1)")
                lines = try PurgePlan.run(db, cutoffs: cutoffs, dryRun: false)
                try db.execute(sql: "DELETE FROM purge_in_progress")
                try self.recordPurge(db, lines: lines, cutoffs: cutoffs, settings: settings, olderThan: olderThan)
            }
            db.dropOldPages()
            return PurgeReport(lines: lines, dryRun: false)
        }
    }

    /// One `purge` audit row per kind: the kind, its cutoff and retention, and each line's count.
    private func recordPurge(_ db: any StoreConnection, lines: [PurgeReport.Line], cutoffs: [RetentionKind: LocalDate],
                             settings: [RetentionKind: RetentionDuration], olderThan: RetentionDuration?) throws {
        for kind in RetentionKind.allCases {
            var after: [String: AuditValue] = [
                "kind": .text(kind.rawValue), "cutoff": .text(cutoffs[kind]!.iso),
                "retention": .text((settings[kind] ?? kind.defaultRetention).description),
            ]
            if let olderThan { after["older_than"] = .text(olderThan.description) }
            for line in lines where line.kind == kind { after[line.target] = .integer(Int64(line.count)) }
            try recordAudit(db, .purge, entity: "retention", entityId: Int64((RetentionKind.allCases.firstIndex(of: kind) ?? 0) + 1),
                            before: nil, after: after)
        }
    }
}
