import VardagDomain

/// The competence import's writes: each person's mapping row and completed steps made what
/// the file says, with multi-row statements prepared once and bound straight through
/// SQLite (`BulkStatement`), so a 30,000-row file takes a few hundred statement runs
/// instead of one per row and step.
extension AppDatabase {
    /// Which of the optional value columns a file has. A column the file lacks changes nothing
    /// that is stored; an empty cell in a column it has clears the value.
    struct ImportColumns {
        var educationYear: Bool
        var transition: Bool
        var wishes: Bool
    }

    /// Bits for the values an empty cell can clear, in `ImportRow.emptyCells` and `StoredCompetence.setValues`.
    enum ClearableValue {
        static let points: UInt8 = 1
        static let educationYear: UInt8 = 2
        static let certificate: UInt8 = 4
        static let transition: UInt8 = 8
        static let wishes: UInt8 = 16
    }

    /// A person the file names who is not in the register yet, to be added (`createMissing`).
    ///
    /// A class, so a row holds one reference instead of five strings: rows are kept for the
    /// whole file, and nearly all of them name people already in the register.
    final class NewPerson {
        let teamId: Int64
        let name: String
        /// The register title: the competence title on her row.
        var title = ""
        let kommun: String
        let enhet: String
        let team: String
        /// Whether her unit has a competence ladder (steps can be done).
        let hasLadder: Bool

        init(teamId: Int64, name: String, kommun: String, enhet: String, team: String, hasLadder: Bool) {
            self.teamId = teamId
            self.name = name
            self.kommun = kommun
            self.enhet = enhet
            self.team = team
            self.hasLadder = hasLadder
        }
    }

    /// One checked row ready to store.
    struct ImportRow {
        /// The mapping; its person id is 0 for a new person until she is added. Its
        /// completions are empty: the steps are in `steps`.
        var mapping: CompetenceMapping
        /// The completed steps the file gives her.
        var steps: ImportSteps
        /// The file line.
        var line: Int
        /// `ClearableValue` bits of the value cells that are empty in the file.
        var emptyCells: UInt8
        /// Bit `1 << n` for each step n whose cell is empty.
        var emptySteps: Int
        /// Set when the person is to be added to the register.
        var newPerson: NewPerson?
    }

    /// What is stored for the people of a file, read inside the import's transaction.
    struct StoredCompetence {
        /// People with a mapping row: the `ClearableValue` bits of the values they have set.
        var setValues: [Int64: UInt8] = [:]
        /// People with completed steps: bit `1 << n` for each step n.
        var steps: [Int64: Int] = [:]

        init(_ db: any StoreConnection) throws {
            // One integer per person: what an empty cell would clear is known without reading texts.
            let mappedSQL = """
                SELECT medarbetare_id, (CASE WHEN points <> 0 THEN 1 ELSE 0 END)
                    | (CASE WHEN education_year IS NOT NULL THEN 2 ELSE 0 END) | (certificate * 4)
                    | (employed_on_protection_day * 8) | (CASE WHEN wishes <> '' THEN 16 ELSE 0 END)
                FROM competence_mapping
                """
            let masksSQL = "SELECT medarbetare_id, sum(CAST(1 AS BIGINT) << CAST(step_no AS INTEGER)) FROM competence_step_done GROUP BY medarbetare_id"
            // On SQLite straight from the statements (`SQLiteRowScan`): a `StoreRow` made two
            // arrays per row, more than SQLite's own work here.
            if let mapped = try SQLiteRowScan(db, sql: mappedSQL), let masks = try SQLiteRowScan(db, sql: masksSQL) {
                try mapped.forEach { setValues[Int64($0.integer(0))] = UInt8(truncatingIfNeeded: $0.integer(1)) }
                try masks.forEach { steps[Int64($0.integer(0))] = $0.integer(1) }
                return
            }
            let mapped = try StoreRow.fetchCursor(db, sql: mappedSQL)
            while let row = try mapped.next() { setValues[row[0]] = row[1] }
            let masks = try StoreRow.fetchCursor(db, sql: masksSQL)
            while let row = try masks.next() { steps[row[0]] = row[1] }
        }
    }

    /// The stored values that the rows' empty cells clear, with their old values as text.
    /// - Parameters:
    ///   - rows: the checked rows (people already in the register).
    ///   - stored: what is stored.
    ///   - names: each person's stored name.
    static func clearings(
        _ db: any StoreConnection, _ rows: [ImportRow], stored: StoredCompetence, names: (Int64) -> String
    ) throws -> [CompetenceImportClearing] {
        var wanted: [(row: Int, values: UInt8, steps: Int)] = []
        for (index, row) in rows.enumerated() where row.newPerson == nil && (row.emptyCells != 0 || row.emptySteps != 0) {
            let id = row.mapping.medarbetareId
            let values = row.emptyCells & (stored.setValues[id] ?? 0)
            let steps = row.emptySteps & (stored.steps[id] ?? 0)
            if values != 0 || steps != 0 { wanted.append((index, values, steps)) }
        }
        guard !wanted.isEmpty else { return [] }
        // Only now the old values themselves, for the people concerned.
        let ids = Set(wanted.map { rows[$0.row].mapping.medarbetareId })
        var old: [Int64: StoreRow] = [:]
        let mappings = try StoreRow.fetchCursor(db, sql: """
            SELECT medarbetare_id, points, education_year, certificate, employed_on_protection_day, wishes FROM competence_mapping
            """)
        while let row = try mappings.next() {
            let id: Int64 = row[0]
            if ids.contains(id) { old[id] = row }
        }
        var oldSteps: [Int64: [Int: String]] = [:]
        let steps = try StoreRow.fetchCursor(db, sql: "SELECT medarbetare_id, step_no, completed_on, validering FROM competence_step_done")
        while let row = try steps.next() {
            let id: Int64 = row[0]
            if ids.contains(id) { oldSteps[id, default: [:]][row[1]] = (row[2] as String) + ((row[3] as Bool) ? " V" : "") }
        }
        var result: [CompetenceImportClearing] = []
        for item in wanted {
            let row = rows[item.row]
            let id = row.mapping.medarbetareId
            func add(_ field: CompetenceImportClearing.Field, _ text: String) {
                result.append(CompetenceImportClearing(line: row.line, medarbetareId: id, name: names(id), field: field, old: text))
            }
            let stored = old[id]
            if item.values & ClearableValue.points != 0 { add(.points, String(stored?[1] as Int? ?? 0)) }
            if item.values & ClearableValue.educationYear != 0 { add(.educationYear, (stored?[2] as Int?).map(String.init) ?? "") }
            if item.values & ClearableValue.certificate != 0 { add(.certificate, "Ja") }
            if item.values & ClearableValue.transition != 0 { add(.transition, "Ja") }
            if item.values & ClearableValue.wishes != 0 { add(.wishes, stored?[5] as String? ?? "") }
            for step in 1...Ladder.stepCount where item.steps & (1 << step) != 0 {
                add(.step(step), oldSteps[id]?[step] ?? "")
            }
        }
        return result
    }

    /// Writes checked rows (new people already added and given their ids).
    ///
    /// - What is stored is read first (which people have a mapping, which steps each has),
    ///   so a new row is a plain `INSERT`, a stored one an `UPDATE … FROM (VALUES …)`, and a
    ///   stored step the file no longer has is deleted. An upsert would do more: it builds
    ///   and checks the row to insert before it finds the conflict and updates.
    /// - The updates set only the columns the file has, and skip rows already stored as the
    ///   file has them (their `WHERE`), so the monthly re-import of a mostly unchanged HR
    ///   file writes little.
    /// - On PostgreSQL the same writes go through `COPY` (`writeImportByCopy`), since a
    ///   statement there costs a round trip to the server.
    static func writeImport(_ db: any StoreConnection, _ rows: [ImportRow], columns: ImportColumns, stored: StoredCompetence) throws {
        let plan = ImportWritePlan(rows, stored: stored)
        if let server = db as? PostgresStoreConnection {
            return try writeImportByCopy(server, rows, columns: columns, plan: plan)
        }
        // The rows' mappings in place: a copy of 54,000 of them was 3.9 MB of the import's peak.
        try insertMappings(db, count: plan.newMappings.count) { rows[plan.newMappings[$0]].mapping }
        try updateMappings(db, count: plan.storedMappings.count, columns: columns) { rows[plan.storedMappings[$0]].mapping }
        try deleteSteps(db, plan.staleSteps)
        try updateSteps(db, plan.storedSteps)
        try insertSteps(db, plan.newSteps)
    }

    /// The mapping columns an import sets, in table order: a new mapping gets all of them
    /// (a column the file lacks takes its default: no year, Nej, no wishes).
    static let mappingColumns = ["medarbetare_id", "title_id", "education_kind", "points", "education_year", "certificate",
                                 "employed_on_protection_day", "wishes"]

    /// The columns of a stored mapping that an import sets and compares (the file's), with
    /// their SQL types; the person id is not among them.
    static func updatedMappingColumns(_ columns: ImportColumns) -> [(name: String, type: String)] {
        var updated = [("title_id", "BIGINT"), ("education_kind", "TEXT"), ("points", "BIGINT")]
        if columns.educationYear { updated.append(("education_year", "BIGINT")) }
        updated.append(("certificate", "BIGINT"))
        if columns.transition { updated.append(("employed_on_protection_day", "BIGINT")) }
        if columns.wishes { updated.append(("wishes", "TEXT")) }
        return updated
    }

    /// Inserts the mappings of people who have none.
    /// - Parameters:
    ///   - count: how many.
    ///   - mappings: the mapping at a place, 0 to `count` − 1.
    static func insertMappings(_ db: any StoreConnection, count: Int, _ mappings: (Int) -> CompetenceMapping) throws {
        try runBatched(db, count: count, batch: 64, sql: { count in
            "INSERT INTO competence_mapping (\(mappingColumns.joined(separator: ", "))) VALUES \(placeholders(columns: 8, rows: count))"
        }, bind: { index, statement in
            let mapping = mappings(index)
            statement.bind(mapping.medarbetareId)
            statement.bind(mapping.titleId)
            statement.bind(mapping.educationKind.rawValue)
            statement.bind(mapping.points)
            statement.bind(mapping.educationYear)
            statement.bind(mapping.certificate)
            statement.bind(mapping.employedOnProtectionDay)
            statement.bind(mapping.wishes)
        })
    }

    /// Updates stored mappings where they differ: only the columns the file has are set and compared.
    static func updateMappings(_ db: any StoreConnection, _ mappings: [CompetenceMapping], columns: ImportColumns) throws {
        try updateMappings(db, count: mappings.count, columns: columns) { mappings[$0] }
    }

    /// Updates stored mappings where they differ, given by place (see `insertMappings`).
    static func updateMappings(
        _ db: any StoreConnection, count: Int, columns: ImportColumns, _ mappings: (Int) -> CompetenceMapping
    ) throws {
        let updated = updatedMappingColumns(columns)
        let assignments = updated.enumerated().map { "\($1.name) = v.column\($0 + 2)" }.joined(separator: ", ")
        let differences = updated.enumerated().map { "m.\($1.name) IS DISTINCT FROM v.column\($0 + 2)" }.joined(separator: " OR ")
        try runBatched(db, count: count, batch: 64, sql: { count in
            """
            UPDATE competence_mapping AS m SET \(assignments)
            FROM (VALUES \(placeholders(types: ["BIGINT"] + updated.map(\.type), rows: count))) AS v
            WHERE m.medarbetare_id = v.column1 AND (\(differences))
            """
        }, bind: { index, statement in
            let mapping = mappings(index)
            statement.bind(mapping.medarbetareId)
            statement.bind(mapping.titleId)
            statement.bind(mapping.educationKind.rawValue)
            statement.bind(mapping.points)
            if columns.educationYear { statement.bind(mapping.educationYear) }
            statement.bind(mapping.certificate)
            if columns.transition { statement.bind(mapping.employedOnProtectionDay) }
            if columns.wishes { statement.bind(mapping.wishes) }
        })
    }

    /// Deletes stored steps.
    static func deleteSteps(_ db: any StoreConnection, _ steps: [(id: Int64, step: Int)]) throws {
        try runBatched(db, count: steps.count, batch: 128, sql: { count in
            "DELETE FROM competence_step_done WHERE (medarbetare_id, step_no) IN (VALUES \(placeholders(columns: 2, rows: count)))"
        }, bind: { index, statement in
            statement.bind(steps[index].id)
            statement.bind(steps[index].step)
        })
    }

    /// Updates stored steps where their date or validering differs.
    static func updateSteps(_ db: any StoreConnection, _ steps: [ImportWritePlan.Step]) throws {
        try runBatched(db, count: steps.count, batch: 128, sql: { count in
            """
            UPDATE competence_step_done AS s SET completed_on = v.column3, validering = v.column4
            FROM (VALUES \(placeholders(types: ["BIGINT", "BIGINT", "TEXT", "BIGINT"], rows: count))) AS v
            WHERE s.medarbetare_id = v.column1 AND s.step_no = v.column2
                AND (s.completed_on IS DISTINCT FROM v.column3 OR s.validering IS DISTINCT FROM v.column4)
            """
        }, bind: { index, statement in bindStep(steps[index], &statement) })
    }

    /// Inserts steps that are not stored.
    static func insertSteps(_ db: any StoreConnection, _ steps: [ImportWritePlan.Step]) throws {
        try runBatched(db, count: steps.count, batch: 128, sql: { count in
            "INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES \(placeholders(columns: 4, rows: count))"
        }, bind: { index, statement in bindStep(steps[index], &statement) })
    }

    private static func bindStep(_ step: ImportWritePlan.Step, _ statement: inout BulkStatement) {
        statement.bind(step.id)
        statement.bind(step.completion.step)
        statement.bind(step.completion.date)
        statement.bind(step.completion.validering)
    }

    /// `(?, ?), (?, ?)` for two rows of two columns.
    private static func placeholders(columns: Int, rows: Int) -> String {
        let row = "(" + repeatElement("?", count: columns).joined(separator: ", ") + ")"
        return repeatElement(row, count: rows).joined(separator: ", ")
    }

    /// `(CAST(? AS BIGINT), CAST(? AS TEXT)), (?, ?)`: the rows of a `VALUES` list joined to
    /// a table, the first row typed so that PostgreSQL does not take a column of NULLs (an
    /// unknown type) for text, which it will not compare with a number.
    private static func placeholders(types: [String], rows: Int) -> String {
        let first = "(" + types.map { "CAST(? AS \($0))" }.joined(separator: ", ") + ")"
        return rows > 1 ? first + ", " + placeholders(columns: types.count, rows: rows - 1) : first
    }

    /// Runs a statement over `count` items, `batch` items per run: the full-size statement is
    /// prepared once, the remainder's once.
    /// - Parameters:
    ///   - sql: the statement for a number of items.
    ///   - bind: binds item `index`'s values, in order.
    private static func runBatched(
        _ db: any StoreConnection, count: Int, batch: Int, sql: (Int) -> String, bind: (Int, inout BulkStatement) -> Void
    ) throws {
        guard count > 0 else { return }
        var full: BulkStatement?
        var start = 0
        while start < count {
            let size = min(batch, count - start)
            var statement: BulkStatement
            if size == batch, let prepared = full {
                statement = prepared
            } else {
                statement = try BulkStatement(db, sql: sql(size))
            }
            for index in start..<(start + size) { bind(index, &statement) }
            try statement.run()
            if size == batch { full = statement }
            start += size
        }
    }
}
