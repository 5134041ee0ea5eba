import VardagDomain

/// Kunskapsspridning: planning and recording how a person spreads a completed step or course.
/// Each write is one transaction with its audit row (`competence_spreading`).
extension AppDatabase {
    /// The spreading activities of active staff in a scope, by planned date.
    /// - Parameters:
    ///   - scope: everyone, a kommun or a unit.
    ///   - medarbetareId: only this person's, when given.
    /// - Returns: the activities.
    /// - Throws: the store's errors.
    public func competenceSpreading(_ scope: CompetenceScope = .all, medarbetareId: Int64? = nil) throws -> [SpreadingActivity] {
        try writer.read { db in
            var filter = ""
            var arguments: StoreArguments = []
            switch scope {
            case .all: break
            case .kommun(let id): filter = "AND e.kommun_id = ?"; arguments += [id]
            case .enhet(let id): filter = "AND e.id = ?"; arguments += [id]
            }
            if let medarbetareId { filter += " AND m.id = ?"; arguments += [medarbetareId] }
            return try StoreRow.fetchAll(db, sql: """
                SELECT s.id, s.medarbetare_id, s.step_no, s.plan_id, s.kind, s.description, s.audience, s.planned_on,
                       s.held_on, s.participants, s.outcome
                FROM competence_spreading s
                JOIN medarbetare m ON m.id = s.medarbetare_id JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 \(filter) ORDER BY s.planned_on, s.id
                """, arguments: arguments).compactMap(Self.spreading)
        }
    }

    /// Plans (or records at once) a spreading activity for a completed step or a finished plan item.
    /// - Parameters:
    ///   - activity: the activity; its id is ignored.
    ///   - today: the day a held date may not pass.
    /// - Returns: the stored activity with its id.
    /// - Throws: `SpreadingError` (also `.notCompleted` when the step is not done or the plan
    ///   item not hers and klar), `StoreError.notFound` for an unknown person.
    @discardableResult
    public func planCompetenceSpreading(_ activity: SpreadingActivity, today: LocalDate) throws -> SpreadingActivity {
        var stored = Self.normalized(activity)
        try stored.validate(today: today)
        return try writer.write { db in
            try Self.requirePerson(db, stored.medarbetareId)
            let completions = try StoreRow.fetchAll(db, sql: """
                SELECT step_no, completed_on FROM competence_step_done WHERE medarbetare_id = ?
                """, arguments: [stored.medarbetareId]).compactMap { row -> StepCompletion? in
                guard let date = try? LocalDate.parse(row["completed_on"] as String) else { return nil }
                return StepCompletion(step: row["step_no"], date: date)
            }
            var planItem: PlanItem?
            if let planId = stored.planItemId {
                planItem = try Self.competencePlanItems(db, ids: [planId]).first
                if stored.step == nil { stored.step = planItem?.step }
            }
            try stored.validateSource(completions: completions, planItem: planItem)
            try db.execute(sql: """
                INSERT INTO competence_spreading (medarbetare_id, step_no, plan_id, kind, description, audience, planned_on,
                                                  held_on, participants, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stored.medarbetareId, stored.step, stored.planItemId, stored.kind.rawValue, stored.description,
                                 stored.audience.rawValue, stored.plannedOn.iso, stored.heldOn?.iso, stored.participants,
                                 stored.outcome])
            stored.id = try db.lastInsertedRowID()
            try self.recordAudit(db, .insert, entity: "competence_spreading", entityId: stored.id, before: nil,
                                 after: Self.spreadingAudit(stored))
            return stored
        }
    }

    /// Changes a stored activity: what, for whom, the dates, the count and what changed (not
    /// whose it is, nor what it spreads).
    /// - Parameters:
    ///   - activity: the activity with its id and the new values.
    ///   - today: the day a held date may not pass.
    /// - Throws: `SpreadingError`, `StoreError.notFound` for an unknown id.
    public func recordCompetenceSpreading(_ activity: SpreadingActivity, today: LocalDate) throws {
        let changed = Self.normalized(activity)
        try changed.validate(today: today)
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT id, medarbetare_id, step_no, plan_id, kind, description, audience, planned_on, held_on, participants, outcome
                FROM competence_spreading WHERE id = ?
                """, arguments: [changed.id]), let before = Self.spreading(row) else {
                throw StoreError.notFound(entity: "competence_spreading", id: changed.id)
            }
            var after = changed
            after.medarbetareId = before.medarbetareId
            after.step = before.step
            after.planItemId = before.planItemId
            guard after != before else { return }
            try db.execute(sql: """
                UPDATE competence_spreading SET kind = ?, description = ?, audience = ?, planned_on = ?, held_on = ?,
                    participants = ?, outcome = ? WHERE id = ?
                """, arguments: [after.kind.rawValue, after.description, after.audience.rawValue, after.plannedOn.iso,
                                 after.heldOn?.iso, after.participants, after.outcome, after.id])
            try self.recordAudit(db, .update, entity: "competence_spreading", entityId: after.id,
                                 before: Self.spreadingAudit(before), after: Self.spreadingAudit(after))
        }
    }

    /// The activity's free text as stored: NFC, trimmed, the outcome's line breaks as LF.
    private static func normalized(_ activity: SpreadingActivity) -> SpreadingActivity {
        var copy = activity
        copy.description = FreeText.normalize(activity.description)
        copy.outcome = FreeText.normalize(activity.outcome, lines: .multiple)
        return copy
    }

    /// Plan items by id, read inside a transaction.
    private static func competencePlanItems(_ db: any StoreConnection, ids: [Int64]) throws -> [PlanItem] {
        try ids.compactMap { id in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT medarbetare_id, step_no, course, target_date, status FROM competence_plan WHERE id = ?
                """, arguments: [id]), let date = try? LocalDate.parse(row[3] as String),
                let status = PlanStatus(rawValue: row[4]) else { return nil }
            return PlanItem(id: id, medarbetareId: row[0], step: row[1], course: row[2], targetDate: date, status: status)
        }
    }

    /// An activity from its row (the columns of `competenceSpreading`), or nil for a row that breaks the schema.
    private static func spreading(_ row: StoreRow) -> SpreadingActivity? {
        guard let planned = try? LocalDate.parse(row["planned_on"] as String),
              let kind = SpreadingKind(rawValue: row["kind"]), let audience = SpreadingAudience(rawValue: row["audience"]) else {
            return nil
        }
        let held = (row["held_on"] as String?).flatMap { try? LocalDate.parse($0) }
        return SpreadingActivity(id: row["id"], medarbetareId: row["medarbetare_id"], step: row["step_no"], planItemId: row["plan_id"],
                                 kind: kind, description: row["description"], audience: audience, plannedOn: planned,
                                 heldOn: held, participants: (row["participants"] as Int64?).map { Int($0) }, outcome: row["outcome"])
    }

    static func spreadingAudit(_ activity: SpreadingActivity) -> [String: AuditValue] {
        [
            "medarbetare_id": .integer(activity.medarbetareId), "step_no": activity.step.map { .integer(Int64($0)) } ?? .null,
            "plan_id": activity.planItemId.map(AuditValue.integer) ?? .null, "kind": .text(activity.kind.rawValue),
            "description": .text(activity.description), "audience": .text(activity.audience.rawValue),
            "planned_on": .text(activity.plannedOn.iso), "held_on": activity.heldOn.map { .text($0.iso) } ?? .null,
            "participants": activity.participants.map { .integer(Int64($0)) } ?? .null, "outcome": .text(activity.outcome),
        ]
    }
}
