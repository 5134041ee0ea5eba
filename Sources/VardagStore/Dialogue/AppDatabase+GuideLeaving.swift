import VardagDomain

/// A vägledare leaving the regional pool, and coming back. She stays in the pool's history
/// (`dialogue_guide.left_on`): her slingor keep her, she may lead their remaining träffar,
/// but she is not offered or accepted for a new slinga.
extension AppDatabase {
    /// Records the day a guide left the pool, or takes her back.
    /// - Parameters:
    ///   - guideId: the guide's medarbetare id.
    ///   - date: `YYYY-MM-DD`, not before her training nor after today; empty takes her back.
    ///   - today: today's date.
    /// - Throws: `StoreError.notFound` (also for a login who may not keep the pool),
    ///   `DialogueFailure` (`.date`: invalidDate, afterToday, beforeTraining).
    public func setGuideLeft(guideId: Int64, date: String, today: LocalDate) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT training_date, left_on FROM dialogue_guide WHERE medarbetare_id = ?",
                                                  arguments: [guideId]) else {
                throw StoreError.notFound(entity: "dialogue_guide", id: guideId)
            }
            let old: String? = row[1]
            var day: LocalDate?
            if !date.trimmingCharacters(in: .whitespaces).isEmpty {
                switch DialogueRules.parseDate(date) {
                case .failure(let error): throw DialogueFailure([.date: error])
                case .success(let value):
                    if value > today { throw DialogueFailure([.date: .afterToday(today)]) }
                    if let trained = Self.date(row[0]), value < trained { throw DialogueFailure([.date: .beforeTraining(trained)]) }
                    day = value
                }
            }
            guard day?.iso != old else { return }
            try db.execute(sql: "UPDATE dialogue_guide SET left_on = ? WHERE medarbetare_id = ?", arguments: [day?.iso, guideId])
            // Everyone reads the pool; on PostgreSQL only its keepers write it, and another
            // login's update meets no row: nothing changed, so nothing is audited.
            guard db.changesCount == 1 else { throw StoreError.notFound(entity: "dialogue_guide", id: guideId) }
            try self.recordAudit(db, .update, entity: "dialogue_guide", entityId: guideId,
                                 before: ["left_on": old.map { .text($0) } ?? .null],
                                 after: ["left_on": day.map { .text($0.iso) } ?? .null])
        }
    }

    /// The ids of the guides who have left the pool.
    static func guidesWhoLeft(_ db: any StoreConnection) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, sql: "SELECT medarbetare_id FROM dialogue_guide WHERE left_on IS NOT NULL"))
    }
}
