import VardagDomain

/// The mapping form saved without lost updates: only the fields the person changed are
/// written, and what someone else saved since the form opened (wishes, points, steps
/// marked done on the grid) is kept or put to her as an `EditConflict`.
extension AppDatabase {
    /// Saves the mapping form.
    /// - Parameters:
    ///   - edited: the mapping as the person saves it.
    ///   - base: the mapping the form opened with (an unmapped person's defaults included).
    ///   - resolution: nil to ask on a conflict, else her answer to the question.
    /// - Throws: `CompetenceError` for a field rule, `EditConflict<CompetenceMapping>`, `StoreError.notFound`.
    @discardableResult
    public func saveCompetenceMapping(
        _ edited: CompetenceMapping, openedAs base: CompetenceMapping, resolution: EditResolution<CompetenceMapping>? = nil
    ) throws -> EditSaved<CompetenceMapping> {
        try edited.validate()
        return try writer.write { db in
            try Self.requirePerson(db, edited.medarbetareId)
            // An unmapped person has nothing stored: the form's defaults stand for what is there.
            let theirs = try Self.storedMapping(db, edited.medarbetareId) ?? base
            return try Self.guardedEdit(base: base, mine: edited, theirs: theirs, resolution: resolution) { merged in
                try self.writeMapping(db, merged)
            }
        }
    }

    /// A person's stored mapping with her steps, or nil when she is not mapped.
    static func storedMapping(_ db: any StoreConnection, _ id: Int64) throws -> CompetenceMapping? {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT * FROM competence_mapping WHERE medarbetare_id = ?", arguments: [id]) else {
            return nil
        }
        let completions = try StoreRow.fetchAll(db, sql: """
            SELECT step_no, completed_on, validering FROM competence_step_done WHERE medarbetare_id = ? ORDER BY step_no
            """, arguments: [id]).compactMap { step -> StepCompletion? in
            guard let date = try? LocalDate.parse(step["completed_on"]) else { return nil }
            return StepCompletion(step: step["step_no"], date: date, validering: step["validering"])
        }
        return CompetenceMapping(
            medarbetareId: id, titleId: row["title_id"],
            educationKind: EducationKind(rawValue: row["education_kind"]) ?? .ingen, points: row["points"],
            educationYear: row["education_year"], certificate: row["certificate"],
            employedOnProtectionDay: row["employed_on_protection_day"], completions: completions, wishes: row["wishes"])
    }
}
