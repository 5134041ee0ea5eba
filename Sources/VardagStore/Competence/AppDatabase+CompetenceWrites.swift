import Foundation
import VardagDomain

/// Kompetenstrappa writes. Each runs in one transaction with its audit row; a thrown
/// `CompetenceError` or `StoreError` leaves the database unchanged.
extension AppDatabase {
    // MARK: Mapping

    /// Stores a person's whole mapping (education, certificate, title, wishes and completed steps).
    /// - Parameter mapping: the mapping; validated (points 0–5000, year, step order).
    /// - Throws: `CompetenceError`, `StoreError.notFound` for an unknown person or title.
    public func saveCompetenceMapping(_ mapping: CompetenceMapping) throws {
        try mapping.validate()
        try writer.write { db in
            try Self.requirePerson(db, mapping.medarbetareId)
            try self.writeMapping(db, mapping)
        }
    }

    /// Stores a person's mapping and steps with its audit row, inside the caller's transaction.
    /// - Throws: `StoreError.notFound` for an unknown title.
    func writeMapping(_ db: any StoreConnection, _ mapping: CompetenceMapping) throws {
        if let titleId = mapping.titleId, try Int.fetchOne(db, sql: "SELECT 1 FROM competence_title WHERE id = ?", arguments: [titleId]) == nil {
            throw StoreError.notFound(entity: "competence_title", id: titleId)
        }
        let before = try Self.mappingAudit(db, mapping.medarbetareId)
        try Self.upsertMapping(db, mapping)
        try Self.replaceSteps(db, mapping.medarbetareId, mapping.completions)
        try recordAudit(db, before == nil ? .insert : .update, entity: "competence_mapping",
                        entityId: mapping.medarbetareId, before: before,
                        after: try Self.mappingAudit(db, mapping.medarbetareId) ?? [:])
    }

    /// Marks one ladder step done for a person (creating her mapping from defaults when missing),
    /// and closes open plan items for that step.
    /// - Parameters:
    ///   - medarbetareId: the person.
    ///   - step: 1–5.
    ///   - date: the completion date.
    ///   - validering: true when validated prior learning (may skip earlier steps).
    /// - Throws: `CompetenceError.unknownStep` (also for an area without ladder), `.stepOutOfOrder`, `StoreError.notFound`.
    public func markCompetenceStepDone(medarbetareId: Int64, step: Int, date: LocalDate, validering: Bool = false) throws {
        try writer.write { db in
            guard let person = try Self.fetchPeople(db, scope: .all).first(where: { $0.id == medarbetareId }) else {
                throw StoreError.notFound(entity: "medarbetare", id: medarbetareId)
            }
            guard person.hasLadder else { throw CompetenceError.unknownStep(step) }
            var completions = person.mapping.completions.filter { $0.step != step }
            completions.append(StepCompletion(step: step, date: date, validering: validering))
            try StepOrder.validate(completions)
            let before = try Self.mappingAudit(db, medarbetareId)
            if !person.isMapped { try Self.upsertMapping(db, person.mapping) }
            try db.execute(sql: """
                INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES (?, ?, ?, ?)
                ON CONFLICT (medarbetare_id, step_no) DO UPDATE SET completed_on = excluded.completed_on, validering = excluded.validering
                """, arguments: [medarbetareId, step, date.iso, validering])
            try self.recordAudit(db, before == nil ? .insert : .update, entity: "competence_mapping", entityId: medarbetareId,
                                 before: before, after: try Self.mappingAudit(db, medarbetareId) ?? [:])
            for planId in try Int64.fetchAll(db, sql: """
                SELECT id FROM competence_plan WHERE medarbetare_id = ? AND step_no = ? AND status IN ('planerad', 'pagar')
                """, arguments: [medarbetareId, step]) {
                try self.updatePlanStatus(db, id: planId, status: .klar)
            }
        }
    }

    /// Removes a completed step (a mistake undone). Refused when a later step done by course depends on it.
    /// - Throws: `CompetenceError.stepOutOfOrder`, `StoreError.notFound`.
    public func unmarkCompetenceStep(medarbetareId: Int64, step: Int) throws {
        try writer.write { db in
            guard let person = try Self.fetchPeople(db, scope: .all).first(where: { $0.id == medarbetareId }) else {
                throw StoreError.notFound(entity: "medarbetare", id: medarbetareId)
            }
            guard person.mapping.completion(of: step) != nil else { return }
            let remaining = person.mapping.completions.filter { $0.step != step }
            try StepOrder.validate(remaining)
            let before = try Self.mappingAudit(db, medarbetareId)
            try db.execute(sql: "DELETE FROM competence_step_done WHERE medarbetare_id = ? AND step_no = ?",
                           arguments: [medarbetareId, step])
            try self.recordAudit(db, .update, entity: "competence_mapping", entityId: medarbetareId,
                                 before: before, after: try Self.mappingAudit(db, medarbetareId) ?? [:])
        }
    }

    // MARK: Plan

    /// Adds a plan item.
    /// - Parameters:
    ///   - provider: who gives the course ("" when not known).
    ///   - cost: the cost in whole kronor, or nil when not known.
    /// - Returns: the stored item.
    /// - Throws: `CompetenceError`, `StoreError.notFound`.
    @discardableResult
    public func addCompetencePlanItem(medarbetareId: Int64, step: Int?, course: String, targetDate: LocalDate,
                                      status: PlanStatus = .planerad, provider: String = "", cost: Int? = nil) throws -> PlanItem {
        var item = PlanItem(id: 0, medarbetareId: medarbetareId, step: step,
                            course: RegisterName.normalize(course), targetDate: targetDate, status: status,
                            provider: RegisterName.normalize(provider), cost: cost)
        try item.validate()
        return try writer.write { db in
            try Self.requirePerson(db, medarbetareId)
            try db.execute(sql: """
                INSERT INTO competence_plan (medarbetare_id, step_no, course, target_date, status, provider, cost)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [medarbetareId, step, item.course, targetDate.iso, status.rawValue, item.provider, cost])
            item.id = try db.lastInsertedRowID()
            try self.recordAudit(db, .insert, entity: "competence_plan", entityId: item.id, before: nil,
                                 after: Self.planAudit(item))
            return item
        }
    }

    /// Changes a plan item's status.
    /// - Throws: `StoreError.notFound`.
    public func setCompetencePlanStatus(id: Int64, status: PlanStatus) throws {
        try writer.write { db in try self.updatePlanStatus(db, id: id, status: status) }
    }

    private func updatePlanStatus(_ db: any StoreConnection, id: Int64, status: PlanStatus) throws {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT status FROM competence_plan WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(entity: "competence_plan", id: id)
        }
        let old: String = row["status"]
        try db.execute(sql: "UPDATE competence_plan SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
        try recordAudit(db, .update, entity: "competence_plan", entityId: id,
                        before: ["status": .text(old)], after: ["status": .text(status.rawValue)])
    }

    // MARK: Titles, ladders, settings

    /// Changes a title's education requirements.
    /// - Throws: `CompetenceError.pointsOutOfRange`, `StoreError.notFound`.
    public func updateCompetenceTitle(id: Int64, educationKind: EducationKind, points: Int, certificateRequired: Bool) throws {
        guard (0...5000).contains(points) else { throw CompetenceError.pointsOutOfRange(points) }
        try writer.write { db in
            guard let before = try Self.fetchTitles(db).first(where: { $0.id == id }) else {
                throw StoreError.notFound(entity: "competence_title", id: id)
            }
            try db.execute(sql: """
                UPDATE competence_title SET education_kind = ?, points = ?, certificate_required = ? WHERE id = ?
                """, arguments: [educationKind.rawValue, points, certificateRequired, id])
            try self.recordAudit(db, .update, entity: "competence_title", entityId: id,
                                 before: ["education_kind": .text(before.educationKind.rawValue), "points": .integer(Int64(before.points)),
                                          "certificate_required": .bool(before.certificateRequired)],
                                 after: ["education_kind": .text(educationKind.rawValue), "points": .integer(Int64(points)),
                                         "certificate_required": .bool(certificateRequired)])
        }
    }

    /// Changes one ladder step's name, content and courses.
    /// - Throws: `CompetenceError.required(.stepName)`, `.unknownStep`, `.tooLong`.
    public func updateLadderStep(omrade: Verksamhetsomrade, step unchecked: LadderStep) throws {
        // The same rules as the editor's (lengths, no control characters), whoever calls.
        let step = try unchecked.validated()
        let name = step.name
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT id, name, content, courses_json FROM competence_ladder_step WHERE omrade = ? AND step_no = ?
                """, arguments: [omrade.rawValue, step.number]) else { throw CompetenceError.unknownStep(step.number) }
            let courses = String(decoding: try JSONEncoder().encode(step.courses.map(RegisterName.normalize).filter { !$0.isEmpty }), as: UTF8.self)
            try db.execute(sql: "UPDATE competence_ladder_step SET name = ?, content = ?, courses_json = ? WHERE id = ?",
                           arguments: [name, step.content, courses, row["id"] as Int64])
            try self.recordAudit(db, .update, entity: "competence_ladder_step", entityId: row["id"],
                                 before: ["name": .text(row["name"]), "content": .text(row["content"]), "courses": .text(row["courses_json"])],
                                 after: ["name": .text(name), "content": .text(step.content), "courses": .text(courses)])
        }
    }

    /// Sets the small-group suppression threshold.
    /// - Throws: `CompetenceError.thresholdOutOfRange`.
    public func setCompetenceSuppressionThreshold(_ threshold: Int) throws {
        _ = try SmallGroupSuppression(threshold: threshold)
        try writer.write { db in
            let old = try Self.fetchSuppression(db).threshold
            try db.execute(sql: "UPDATE competence_setting SET value = ? WHERE key = 'suppression_threshold'", arguments: [threshold])
            try self.recordAudit(db, .update, entity: "competence_setting", entityId: 1,
                                 before: ["suppression_threshold": .integer(Int64(old))],
                                 after: ["suppression_threshold": .integer(Int64(threshold))])
        }
    }

    // MARK: Helpers

    static func requirePerson(_ db: any StoreConnection, _ id: Int64) throws {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM medarbetare WHERE id = ?", arguments: [id]) != nil else {
            throw StoreError.notFound(entity: "medarbetare", id: id)
        }
    }

    /// Inserts or replaces a person's mapping row (not her steps); arguments in `upsertMapping`'s order.
    static let upsertMappingSQL = """
        INSERT INTO competence_mapping (medarbetare_id, title_id, education_kind, points, education_year, certificate,
                                        employed_on_protection_day, wishes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (medarbetare_id) DO UPDATE SET title_id = excluded.title_id, education_kind = excluded.education_kind,
            points = excluded.points, education_year = excluded.education_year, certificate = excluded.certificate,
            employed_on_protection_day = excluded.employed_on_protection_day, wishes = excluded.wishes
        """

    @_spi(Seeding) public static func upsertMapping(_ db: any StoreConnection, _ mapping: CompetenceMapping) throws {
        let statement = try db.cachedStatement(sql: upsertMappingSQL)
        try statement.execute(arguments: [
            mapping.medarbetareId, mapping.titleId, mapping.educationKind.rawValue, mapping.points, mapping.educationYear,
            mapping.certificate, mapping.employedOnProtectionDay, mapping.wishes,
        ])
    }

    @_spi(Seeding) public static func replaceSteps(_ db: any StoreConnection, _ id: Int64, _ completions: [StepCompletion]) throws {
        try db.cachedStatement(sql: "DELETE FROM competence_step_done WHERE medarbetare_id = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES (?, ?, ?, ?)
            """)
        for completion in completions {
            try insert.execute(arguments: [id, completion.step, completion.date.iso, completion.validering])
        }
    }

    /// The audited fields of a mapping with its steps, or nil when unmapped.
    @_spi(Seeding) public static func mappingAudit(_ db: any StoreConnection, _ id: Int64) throws -> [String: AuditValue]? {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT * FROM competence_mapping WHERE medarbetare_id = ?", arguments: [id]) else {
            return nil
        }
        let steps = try StoreRow.fetchAll(db, sql: """
            SELECT step_no, completed_on, validering FROM competence_step_done WHERE medarbetare_id = ? ORDER BY step_no
            """, arguments: [id]).map { "\($0["step_no"] as Int):\($0["completed_on"] as String)\(($0["validering"] as Bool) ? "V" : "")" }
        let titleId: Int64? = row["title_id"]
        let year: Int64? = row["education_year"]
        return [
            "title_id": titleId.map(AuditValue.integer) ?? .null,
            "education_kind": .text(row["education_kind"]), "points": .integer(row["points"]),
            "education_year": year.map(AuditValue.integer) ?? .null,
            "certificate": .bool(row["certificate"]), "employed_on_protection_day": .bool(row["employed_on_protection_day"]),
            "wishes": .text(row["wishes"]), "steps": .text(steps.joined(separator: " ")),
        ]
    }

    static func planAudit(_ item: PlanItem) -> [String: AuditValue] {
        [
            "medarbetare_id": .integer(item.medarbetareId), "step_no": item.step.map { .integer(Int64($0)) } ?? .null,
            "course": .text(item.course), "target_date": .text(item.targetDate.iso), "status": .text(item.status.rawValue),
            "provider": .text(item.provider), "cost": item.cost.map { .integer(Int64($0)) } ?? .null,
        ]
    }
}
