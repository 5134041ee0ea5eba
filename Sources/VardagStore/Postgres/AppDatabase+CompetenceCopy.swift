import VardagDomain

/// The competence import's writes on PostgreSQL: the same rows as SQLite's batched
/// statements (`ImportWritePlan` sorts them for both), sent through `COPY`.
///
/// On SQLite a statement is a function call; here each one is a round trip to the server,
/// and a 30,000-row file took hundreds of them. So:
/// - new mappings and new steps are copied straight into their tables (`COPY` checks
///   NOT NULL, CHECKs, keys and foreign keys as `INSERT` does);
/// - stored mappings and steps, and the stored steps to delete, are copied into temporary
///   tables (`ON COMMIT DROP`, gone with the transaction whether it commits or not) and
///   changed by one `UPDATE … FROM` or `DELETE … USING` each, which, like SQLite's, set
///   only the columns the file has and skip rows already stored as the file says.
///
/// Creating a temporary table needs the `TEMPORARY` privilege on the database, which
/// PostgreSQL grants to everyone by default but a locked-down server may revoke. Without
/// it the stored rows go through the batched `UPDATE … FROM (VALUES …)` and `DELETE`
/// statements that SQLite uses (slower, the same result); new rows still go by `COPY`,
/// which needs only the `INSERT` privilege.
extension AppDatabase {
    /// Writes a file's rows as `plan` sorts them.
    /// - Parameters:
    ///   - db: the import's transaction.
    ///   - rows: the checked rows, new people already given their ids.
    ///   - columns: which optional columns the file has.
    ///   - plan: the rows sorted into inserts, updates and deletes.
    static func writeImportByCopy(_ db: PostgresStoreConnection, _ rows: [ImportRow], columns: ImportColumns, plan: ImportWritePlan) throws {
        let hasStoredRows = !plan.storedMappings.isEmpty || !plan.storedSteps.isEmpty || !plan.staleSteps.isEmpty
        let temporaryTables = hasStoredRows ? try mayCreateTemporaryTables(db) : false

        var newMappings = PostgresCopyText(capacity: plan.newMappings.count * 80)
        for index in plan.newMappings { appendMapping(rows[index].mapping, to: &newMappings) }
        try db.copy(into: "competence_mapping", columns: mappingColumns, text: newMappings)

        if temporaryTables {
            try updateMappingsByCopy(db, plan.storedMappings.map { rows[$0].mapping }, columns: columns)
            try deleteStepsByCopy(db, plan.staleSteps)
            try updateStepsByCopy(db, plan.storedSteps)
        } else {
            try updateMappings(db, plan.storedMappings.map { rows[$0].mapping }, columns: columns)
            try deleteSteps(db, plan.staleSteps)
            try updateSteps(db, plan.storedSteps)
        }

        try db.copy(into: "competence_step_done", columns: stepColumns, text: stepText(plan.newSteps))
    }

    /// The step columns an import writes, in table order.
    private static let stepColumns = ["medarbetare_id", "step_no", "completed_on", "validering"]

    /// Whether this session may create temporary tables (the `TEMPORARY` privilege on the database).
    private static func mayCreateTemporaryTables(_ db: any StoreConnection) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT CASE WHEN has_database_privilege(current_database(), 'TEMPORARY') THEN 1 ELSE 0 END") == 1
    }

    /// Appends a mapping as a row: every column in `mappingColumns` order, or, given the
    /// file's columns, the person id and the columns `updatedMappingColumns` lists.
    private static func appendMapping(_ mapping: CompetenceMapping, only columns: ImportColumns? = nil, to text: inout PostgresCopyText) {
        text.append(mapping.medarbetareId)
        text.append(mapping.titleId)
        text.append(mapping.educationKind.rawValue)
        text.append(mapping.points)
        if columns?.educationYear ?? true { text.append(mapping.educationYear) }
        text.append(mapping.certificate)
        if columns?.transition ?? true { text.append(mapping.employedOnProtectionDay) }
        if columns?.wishes ?? true { text.append(mapping.wishes) }
        text.endRow()
    }

    /// Steps as COPY text in `stepColumns` order.
    private static func stepText(_ steps: [ImportWritePlan.Step]) -> PostgresCopyText {
        var text = PostgresCopyText(capacity: steps.count * 24)
        for step in steps {
            text.append(step.id)
            text.append(step.completion.step)
            text.append(step.completion.date)
            text.append(step.completion.validering)
            text.endRow()
        }
        return text
    }

    /// Updates stored mappings where they differ, from a temporary table of the file's
    /// values: only the columns the file has are copied, set and compared.
    private static func updateMappingsByCopy(_ db: PostgresStoreConnection, _ mappings: [CompetenceMapping], columns: ImportColumns) throws {
        guard !mappings.isEmpty else { return }
        let updated = updatedMappingColumns(columns)
        try db.execute(sql: """
            CREATE TEMPORARY TABLE competence_import_mapping (medarbetare_id BIGINT NOT NULL, \(
                updated.map { "\($0.name) \($0.type)\($0.type == "TEXT" ? " COLLATE \"C\"" : "")" }.joined(separator: ", ")
            )) ON COMMIT DROP
            """)
        var text = PostgresCopyText(capacity: mappings.count * 80)
        for mapping in mappings { appendMapping(mapping, only: columns, to: &text) }
        try db.copy(into: "competence_import_mapping", columns: ["medarbetare_id"] + updated.map(\.name), text: text)
        try db.execute(sql: """
            UPDATE competence_mapping AS m SET \(updated.map { "\($0.name) = v.\($0.name)" }.joined(separator: ", "))
            FROM competence_import_mapping AS v
            WHERE m.medarbetare_id = v.medarbetare_id
                AND (\(updated.map { "m.\($0.name) IS DISTINCT FROM v.\($0.name)" }.joined(separator: " OR ")))
            """)
    }

    /// Deletes stored steps, listed in a temporary table.
    private static func deleteStepsByCopy(_ db: PostgresStoreConnection, _ steps: [(id: Int64, step: Int)]) throws {
        guard !steps.isEmpty else { return }
        try db.execute(sql: "CREATE TEMPORARY TABLE competence_import_stale_step (medarbetare_id BIGINT NOT NULL, step_no BIGINT NOT NULL) ON COMMIT DROP")
        var text = PostgresCopyText(capacity: steps.count * 12)
        for step in steps {
            text.append(step.id)
            text.append(step.step)
            text.endRow()
        }
        try db.copy(into: "competence_import_stale_step", columns: ["medarbetare_id", "step_no"], text: text)
        try db.execute(sql: """
            DELETE FROM competence_step_done AS s USING competence_import_stale_step AS v
            WHERE s.medarbetare_id = v.medarbetare_id AND s.step_no = v.step_no
            """)
    }

    /// Updates stored steps where their date or validering differs, from a temporary table.
    private static func updateStepsByCopy(_ db: PostgresStoreConnection, _ steps: [ImportWritePlan.Step]) throws {
        guard !steps.isEmpty else { return }
        try db.execute(sql: """
            CREATE TEMPORARY TABLE competence_import_step (medarbetare_id BIGINT NOT NULL, step_no BIGINT NOT NULL,
                completed_on TEXT COLLATE "C" NOT NULL, validering BIGINT NOT NULL) ON COMMIT DROP
            """)
        try db.copy(into: "competence_import_step", columns: stepColumns, text: stepText(steps))
        try db.execute(sql: """
            UPDATE competence_step_done AS s SET completed_on = v.completed_on, validering = v.validering
            FROM competence_import_step AS v
            WHERE s.medarbetare_id = v.medarbetare_id AND s.step_no = v.step_no
                AND (s.completed_on IS DISTINCT FROM v.completed_on OR s.validering IS DISTINCT FROM v.validering)
            """)
    }
}
