/// One kommun's database brought into a regional one, inside the target's transaction: names
/// checked, catalogues matched, the kommun's rows added with new ids, sequences moved on, and
/// every table read back and mapped back to the source's ids for the report.
///
/// The steps only write through `target`; the caller's transaction makes them all or nothing.
struct KommunMerge {
    let source: any StoreConnection
    let target: any StoreConnection
    let plan: [(table: StoredTable, rule: MergePolicy.Rule)]
    /// Per table (id space), how its ids map.
    private(set) var maps: [String: IDMap] = [:]
    private var sourceChecksums: [String: RowSetChecksum] = [:]
    private var matchedRows: [String: Int] = [:]

    init(source: any StoreConnection, target: any StoreConnection, tables: [StoredTable]) throws {
        self.source = source
        self.target = target
        plan = try MergePolicy.rules(for: tables)
    }

    /// Runs every step.
    /// - Returns: the per-table report (also when it does not agree; the caller refuses then).
    mutating func run() throws -> MergeReport {
        try refuseClashingNames()
        let tables = plan.map(\.table)
        let targetSequences = try IDSequences.read(target, tables: tables)
        let sourceSequences = try IDSequences.read(source, tables: tables)
        for (table, rule) in plan where table.hasID && rule.treatment == .owned(anchor: "id") {
            maps[table.name] = IDMap(offset: try highestID(of: table.name, in: target, sequences: targetSequences))
        }
        for (table, rule) in plan {
            if case .shared(let key) = rule.treatment { try matchShared(table, key: key, sequences: targetSequences) }
        }
        for (table, rule) in plan {
            if case .owned = rule.treatment { try addOwned(table, rule) }
        }
        for (table, rule) in plan {
            guard case .maintainedByTriggers(let anchor) = rule.treatment else { continue }
            // The triggers summed the observations just added; the source's own rows replace them.
            let first = try firstMergedID(anchor: anchor, rule: rule, table: table)
            try target.execute(sql: "DELETE FROM \(table.name) WHERE \(anchor) >= ?", arguments: [first])
            try addOwned(table, rule)
        }
        var sequences = targetSequences
        for (table, map) in maps {
            guard let first = map.firstMergedID,
                  let last = try sourceSequences[table] ?? Int64.fetchOne(source, sql: "SELECT max(id) FROM \(table)")
            else { continue }
            sequences[table] = max(sequences[table] ?? 0, last + first - 1)
        }
        try IDSequences.write(target, sequences, tables: tables)
        return try readBack()
    }

    /// Refuses the merge when a name unique in the whole database is on both sides.
    private func refuseClashingNames() throws {
        var clashes: [MergeRefusal.NameClash] = []
        for unique in MergePolicy.uniqueNames {
            let sql = "SELECT \(unique.keyColumn), \(unique.nameColumn) FROM \(unique.table) ORDER BY \(unique.nameColumn)"
            let taken = Set(try StoreRow.fetchAll(target, sql: sql).map { $0[0] as String })
            for row in try StoreRow.fetchAll(source, sql: sql) where taken.contains(row[0] as String) {
                clashes.append(MergeRefusal.NameClash(table: unique.table, name: row[1]))
            }
        }
        guard clashes.isEmpty else { throw MergeRefusal.nameClash(clashes) }
    }

    /// The highest id a table of the target has used (its rows, or its sequence).
    private func highestID(of table: String, in db: any StoreConnection, sequences: [String: Int64]) throws -> Int64 {
        max(sequences[table] ?? 0, try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table)") ?? 0)
    }

    /// Matches a catalogue's rows by their key; adds the ones the target lacks (with ids after the target's).
    private mutating func matchShared(_ table: StoredTable, key: [String], sequences: [String: Int64]) throws {
        let keyIndexes = key.compactMap { table.columns.firstIndex(of: $0) }
        let idIndex = key.contains("id") ? nil : table.columns.firstIndex(of: "id")
        var existing: [String: Int64] = [:]
        for row in try StoreRow.fetchAll(target, sql: "SELECT \(table.quotedColumns) FROM \(table.name)") {
            existing[Self.keyText(row.values, keyIndexes)] = idIndex.map { row[$0] as Int64 } ?? 0
        }
        var nextID = idIndex == nil ? 0 : try highestID(of: table.name, in: target, sequences: sequences) + 1
        var matching: [Int64: Int64] = [:]
        var checksum = RowSetChecksum()
        var matched = 0
        var insert = RowBatchInsert(table, into: target)
        for row in try StoreRow.fetchAll(source, sql: "SELECT \(table.quotedColumns) FROM \(table.name)") {
            checksum.add(Self.identity(row.values, idIndex: idIndex, keyIndexes: keyIndexes))
            let keyText = Self.keyText(row.values, keyIndexes)
            if let found = existing[keyText] {
                matched += 1
                if let idIndex { matching[row[idIndex]] = found }
                continue
            }
            var values = row.values
            if let idIndex {
                matching[row[idIndex]] = nextID
                values[idIndex] = .integer(nextID)
                nextID += 1
            }
            try insert.add(values)
        }
        try insert.finish()
        if idIndex != nil { maps[table.name] = IDMap(matching: matching) }
        sourceChecksums[table.name] = checksum
        matchedRows[table.name] = matched
    }

    /// Adds every row of a table the kommun owns, its ids mapped.
    private mutating func addOwned(_ table: StoredTable, _ rule: MergePolicy.Rule) throws {
        let mapping = try RowMapping(table, rule)
        var checksum = RowSetChecksum()
        var insert = RowBatchInsert(table, into: target)
        let cursor = try StoreRow.fetchCursor(source, sql: "SELECT \(table.quotedColumns) FROM \(table.name)")
        while let row = try cursor.next() {
            checksum.add(row.values)
            try insert.add(try mapping.apply(row.values, maps: maps, forward: true))
        }
        try insert.finish()
        sourceChecksums[table.name] = checksum
    }

    /// The first target id of the rows a merge adds to the id space an anchor column holds.
    private func firstMergedID(anchor: String, rule: MergePolicy.Rule, table: StoredTable) throws -> Int64 {
        let space: String
        if anchor == "id" {
            space = table.name
        } else if case .ids(let owner)? = rule.references[anchor] {
            space = owner
        } else {
            throw MergeRefusal.unclassified(table: table.name, column: anchor)
        }
        guard let first = maps[space]?.firstMergedID else { throw MergeRefusal.unclassified(table: table.name, column: anchor) }
        return first
    }

    /// Reads back what each table gained (or matched), maps it back to the source's ids and compares.
    private func readBack() throws -> MergeReport {
        var report: [MergeReport.Table] = []
        for (table, rule) in plan {
            var merged = RowSetChecksum()
            let kind: MergeReport.Kind
            var sourceRows = sourceChecksums[table.name]?.rows ?? 0
            var matched = 0
            switch rule.treatment {
            case .owned(let anchor), .maintainedByTriggers(let anchor):
                kind = rule.treatment == .owned(anchor: anchor) ? .owned : .derived
                let mapping = try RowMapping(table, rule)
                let first = try firstMergedID(anchor: anchor, rule: rule, table: table)
                let cursor = try StoreRow.fetchCursor(target, sql: """
                    SELECT \(table.quotedColumns) FROM \(table.name) WHERE \(anchor) >= ?
                    """, arguments: [first])
                while let row = try cursor.next() { merged.add(try mapping.apply(row.values, maps: maps, forward: false)) }
            case .shared(let key):
                kind = .shared
                matched = matchedRows[table.name] ?? 0
                let keyIndexes = key.compactMap { table.columns.firstIndex(of: $0) }
                let idIndex = key.contains("id") ? nil : table.columns.firstIndex(of: "id")
                let sourceKeys = Set(try StoreRow.fetchAll(source, sql: "SELECT \(table.quotedColumns) FROM \(table.name)")
                    .map { Self.keyText($0.values, keyIndexes) })
                for row in try StoreRow.fetchAll(target, sql: "SELECT \(table.quotedColumns) FROM \(table.name)") {
                    var values = row.values
                    if let idIndex {
                        guard let back = maps[table.name]?.backward(row[idIndex]) else { continue }
                        values[idIndex] = .integer(back)
                    } else if !sourceKeys.contains(Self.keyText(values, keyIndexes)) {
                        continue
                    }
                    merged.add(Self.identity(values, idIndex: idIndex, keyIndexes: keyIndexes))
                }
            case .transient:
                kind = .transient
                sourceRows = try Int.fetchOne(source, sql: "SELECT count(*) FROM \(table.name)") ?? 0
            }
            report.append(MergeReport.Table(
                name: table.name, kind: kind, sourceRows: sourceRows, addedRows: merged.rows - matched,
                matchedRows: matched, sourceChecksum: sourceChecksums[table.name]?.description ?? "-",
                mergedChecksum: kind == .transient ? "-" : merged.description))
        }
        return MergeReport(tables: report)
    }

    /// A shared row as the report compares it: its id (if any) and its key.
    private static func identity(_ values: [StoreValue], idIndex: Int?, keyIndexes: [Int]) -> [StoreValue] {
        (idIndex.map { [values[$0]] } ?? []) + keyIndexes.map { values[$0] }
    }

    /// A row's key values as one text, for matching.
    private static func keyText(_ values: [StoreValue], _ keyIndexes: [Int]) -> String {
        keyIndexes.map { String(describing: values[$0]) }.joined(separator: "\u{1F}")
    }
}
