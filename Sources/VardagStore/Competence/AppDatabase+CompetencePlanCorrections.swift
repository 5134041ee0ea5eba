import VardagDomain

/// Corrections of a competence development plan: an item's step, course, target date,
/// provider and cost, or removing the item. One transaction each, with its audit row; the item's rules
/// (`PlanItem.validate`) are checked as for a new one.
extension AppDatabase {
    /// Corrects a plan item's step, course and target date, keeping its provider and cost.
    /// - Parameters:
    ///   - id: the item.
    ///   - step: 1–5, or nil for a course only.
    ///   - course: the course; needed when there is no step.
    ///   - targetDate: the new target date.
    /// - Returns: the stored item.
    /// - Throws: `CompetenceError`, `StoreError.notFound`.
    @discardableResult
    public func correctCompetencePlanItem(id: Int64, step: Int?, course: String, targetDate: LocalDate) throws -> PlanItem {
        try correct(id: id) { item in
            item.step = step
            item.course = RegisterName.normalize(course)
            item.targetDate = targetDate
        }
    }

    /// Corrects a plan item's step, course, target date, provider and cost (its status has its own key).
    /// - Parameters:
    ///   - id: the item.
    ///   - step: 1–5, or nil for a course only.
    ///   - course: the course; needed when there is no step.
    ///   - targetDate: the new target date.
    ///   - provider: who gives the course ("" when not known).
    ///   - cost: the cost in whole kronor, or nil when not known.
    /// - Returns: the stored item.
    /// - Throws: `CompetenceError`, `StoreError.notFound`.
    @discardableResult
    public func correctCompetencePlanItem(id: Int64, step: Int?, course: String, targetDate: LocalDate,
                                          provider: String, cost: Int?) throws -> PlanItem {
        try correct(id: id) { item in
            item.step = step
            item.course = RegisterName.normalize(course)
            item.targetDate = targetDate
            item.provider = RegisterName.normalize(provider)
            item.cost = cost
        }
    }

    /// Reads the item, changes it, checks its rules and stores it with its audit row, in one transaction.
    private func correct(id: Int64, _ change: (inout PlanItem) -> Void) throws -> PlanItem {
        try writer.write { db in
            let before = try Self.planItem(db, id: id)
            var item = before
            change(&item)
            try item.validate()
            try db.execute(sql: """
                UPDATE competence_plan SET step_no = ?, course = ?, target_date = ?, provider = ?, cost = ? WHERE id = ?
                """, arguments: [item.step, item.course, item.targetDate.iso, item.provider, item.cost, id])
            try self.recordAudit(db, .update, entity: "competence_plan", entityId: id,
                                 before: Self.planAudit(before), after: Self.planAudit(item))
            return item
        }
    }

    /// Removes a plan item.
    /// - Parameter id: the item.
    /// - Throws: `StoreError.notFound`.
    public func removeCompetencePlanItem(id: Int64) throws {
        try writer.write { db in
            let before = try Self.planItem(db, id: id)
            try db.execute(sql: "DELETE FROM competence_plan WHERE id = ?", arguments: [id])
            try self.recordAudit(db, .delete, entity: "competence_plan", entityId: id, before: Self.planAudit(before), after: [:])
        }
    }

    /// One plan item, read inside a transaction.
    private static func planItem(_ db: any StoreConnection, id: Int64) throws -> PlanItem {
        guard let row = try StoreRow.fetchOne(db, sql: """
            SELECT medarbetare_id, step_no, course, target_date, status, provider, cost FROM competence_plan WHERE id = ?
            """, arguments: [id]),
            let date = try? LocalDate.parse(row[3] as String), let status = PlanStatus(rawValue: row[4]) else {
            throw StoreError.notFound(entity: "competence_plan", id: id)
        }
        return PlanItem(id: id, medarbetareId: row[0], step: row[1], course: row[2], targetDate: date, status: status,
                        provider: row[5], cost: (row[6] as Int64?).map { Int($0) })
    }
}
