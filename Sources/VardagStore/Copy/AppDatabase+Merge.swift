extension AppDatabase {
    /// Brings every row of this database (one kommun's, or several's) into a regional Vardag
    /// database that already holds others, on either backend, in one transaction of the
    /// destination and one consistent read of this one.
    ///
    /// Tables are treated as `MergePolicy` says: the kommun's own rows come along with ids
    /// moved past the destination's (every reference, `audit.entity_id` and the ids in the
    /// audit JSON renumbered with them); catalogues and settings are matched by their natural
    /// key and keep the destination's values; tables the triggers keep are replaced by the
    /// source's rows; transient ones are left out. Afterwards every table's new rows are read
    /// back, mapped back to this database's ids and compared with the rows read here.
    /// - Parameter destination: the regional database.
    /// - Returns: per table, rows and checksums of the source and of what was merged.
    /// - Throws: `MergeRefusal` (a kommun or skuggningsteam name already there, an unknown
    ///   table or id column, a mismatch), `CopyRefusal.differentSchema`, or either database's
    ///   errors; the destination is then unchanged.
    public func mergeKommun(into destination: AppDatabase) throws -> MergeReport {
        let version = try schemaVersion().applied, destinationVersion = try destination.schemaVersion().applied
        guard version == destinationVersion else {
            throw CopyRefusal.differentSchema(source: version.count, destination: destinationVersion.count)
        }
        return try destination.writer.write { target in
            try self.writer.read { source in
                let tables = try StoredTable.all(source)
                guard Set(tables.map(\.name)) == Set(try StoredTable.all(target).map(\.name)) else {
                    throw CopyRefusal.differentSchema(source: version.count, destination: destinationVersion.count)
                }
                var merge = try KommunMerge(source: source, target: target, tables: tables)
                let report = try merge.run()
                guard report.agrees else { throw MergeRefusal.mismatch(report) }
                return report
            }
        }
    }
}
