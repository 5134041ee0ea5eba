import VardagDomain

/// Dialogue writes and reads of migration v21: the next träff's planned date, the chef at
/// the end of the gemensam träff, and when and how an åtgärd was fed back to the brukare.
/// Each write runs in one transaction with its audit row, as the other dialogue writes do.
extension AppDatabase {
    /// Plans the date of a slinga's next träff, or clears the plan.
    /// - Parameters:
    ///   - loopId: the slinga.
    ///   - date: `YYYY-MM-DD`, today or later; empty clears it.
    ///   - today: today's date.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.nextPlanned`: invalidDate, beforeToday; `.meeting`: outOfOrder when all five are held).
    public func planNextMeeting(loopId: Int64, date: String, today: LocalDate) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT next_planned_on FROM dialogue_loop WHERE id = ?",
                                                  arguments: [loopId]) else {
                throw StoreError.notFound(entity: "dialogue_loop", id: loopId)
            }
            let old: String? = row[0]
            let planned = DialogueRules.parsePlannedDate(date, today: today)
            var errors: [DialogueField: DialogueError] = [:]
            if case .failure(let error) = planned { errors[.nextPlanned] = error }
            let held = try Self.meetingFacts(db, loopId: loopId).map(\.kind)
            if case .success(.some) = planned, DialogueRules.nextMeeting(after: held) == nil {
                errors[.meeting] = .outOfOrder(expected: nil)
            }
            try DialogueFailure.require(errors)
            guard case .success(let day) = planned, day?.iso != old else { return }
            try db.execute(sql: "UPDATE dialogue_loop SET next_planned_on = ? WHERE id = ?", arguments: [day?.iso, loopId])
            try self.recordAudit(db, .update, entity: "dialogue_loop", entityId: loopId,
                                 before: ["next_planned_on": old.map { .text($0) } ?? .null],
                                 after: ["next_planned_on": day.map { .text($0.iso) } ?? .null])
        }
    }

    /// Records which chef joined the gemensam träff at its end, or that none did.
    /// - Parameters:
    ///   - meetingId: the gemensam träff.
    ///   - chefId: an active chef of the slinga's kommun; nil for none.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.meeting`: notGemensam; `.chef`: notAChef).
    public func setMeetingChef(meetingId: Int64, chefId: Int64?) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT kind, chef_id, loop_id FROM dialogue_meeting WHERE id = ?",
                                                  arguments: [meetingId]) else {
                throw StoreError.notFound(entity: "dialogue_meeting", id: meetingId)
            }
            let old: Int64? = row[1]
            try self.checkChef(db, loopId: row[2], kind: TraffTyp(rawValue: row[0]) ?? .brukartraff1, chefId: chefId)
            guard old != chefId else { return }
            try db.execute(sql: "UPDATE dialogue_meeting SET chef_id = ? WHERE id = ?", arguments: [chefId, meetingId])
            try self.recordAudit(db, .update, entity: "dialogue_meeting", entityId: meetingId,
                                 before: ["chef_id": old.map { .integer($0) } ?? .null],
                                 after: ["chef_id": chefId.map { .integer($0) } ?? .null])
        }
    }

    /// Refuses a chef at a meeting other than the gemensam träff, or one who is not an
    /// active chef of the slinga's unit (read from `dialogue_loop_chef`, which on PostgreSQL
    /// a vägledare may read for her own slingor though the register shows her no chef).
    func checkChef(_ db: any StoreConnection, loopId: Int64, kind: TraffTyp, chefId: Int64?) throws {
        guard let chefId else { return }
        guard kind == .gemensam else { throw DialogueFailure([.chef: .notGemensam]) }
        let found = try Int.fetchOne(db, sql: """
            SELECT 1 FROM dialogue_loop_chef WHERE loop_id = ? AND chef_id = ? AND active = 1
            """, arguments: [loopId, chefId])
        if found == nil { throw DialogueFailure([.chef: .notAChef]) }
    }

    /// Records when and how an åtgärd's result was fed back to the brukare, or that it was not.
    /// - Parameters:
    ///   - actionId: the åtgärd.
    ///   - date: `YYYY-MM-DD`, not after today; empty for not fed back (the way is then ignored).
    ///   - way: möte, brev or anslag.
    ///   - today: today's date.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.fedBackOn`: invalidDate, afterToday).
    public func recordFeedback(actionId: Int64, date: String, way: FeedbackWay, today: LocalDate) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT fed_back, fed_back_on, fed_back_how FROM dialogue_action WHERE id = ?
                """, arguments: [actionId]) else {
                throw StoreError.notFound(entity: "dialogue_action", id: actionId)
            }
            let day: LocalDate?
            switch DialogueRules.parseFeedbackDate(date, today: today) {
            case .failure(let error): throw DialogueFailure([.fedBackOn: error])
            case .success(let value): day = value
            }
            let oldFlag: Bool = row[0]
            let oldOn: String? = row[1]
            let oldHow: String? = row[2]
            let how = day == nil ? nil : way.rawValue
            guard oldFlag != (day != nil) || oldOn != day?.iso || oldHow != how else { return }
            try db.execute(sql: "UPDATE dialogue_action SET fed_back = ?, fed_back_on = ?, fed_back_how = ? WHERE id = ?",
                           arguments: [day != nil, day?.iso, how, actionId])
            try self.recordAudit(db, .update, entity: "dialogue_action", entityId: actionId,
                                 before: ["fed_back": .bool(oldFlag), "fed_back_on": oldOn.map { .text($0) } ?? .null,
                                          "fed_back_how": oldHow.map { .text($0) } ?? .null],
                                 after: ["fed_back": .bool(day != nil), "fed_back_on": day.map { .text($0.iso) } ?? .null,
                                         "fed_back_how": how.map { .text($0) } ?? .null])
        }
    }

    /// The active chefs of a slinga's unit, in the register's order: the chef picker's choices.
    ///
    /// They come from `dialogue_loop_chef` (`v27-dialogue-chef-names`), which gives only id and
    /// name of the chefs of the slingor the viewer sees; the register's policies on PostgreSQL
    /// show a vägledare no chef.
    /// - Parameter loopId: the slinga.
    /// - Returns: (medarbetare id, name, unit name) rows.
    /// - Throws: GRDB errors.
    public func chefCandidates(loopId: Int64) throws -> [(id: Int64, name: String, enhetName: String)] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT chef_id, chef_name, enhet_name FROM dialogue_loop_chef
                WHERE loop_id = ? AND active = 1
                ORDER BY sort_key, chef_id
                """, arguments: [loopId]).map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// The coming träffar a guide leads: her slingor with a next träff planned today or later,
    /// by date.
    /// - Parameters:
    ///   - guideId: the guide's medarbetare id.
    ///   - today: today's date.
    /// - Returns: her assignments with a coming planned träff, soonest first.
    /// - Throws: GRDB errors.
    public func comingMeetings(guideId: Int64, today: LocalDate) throws -> [GuideAssignment] {
        Self.coming(try guideAssignments(guideId: guideId), today: today)
    }

    /// The assignments with a next träff planned today or later, soonest first.
    /// - Parameters:
    ///   - assignments: a guide's assignments.
    ///   - today: today's date.
    /// - Returns: the coming ones by planned date.
    public static func coming(_ assignments: [GuideAssignment], today: LocalDate) -> [GuideAssignment] {
        assignments
            .filter { a in a.nextMeeting != nil && (a.nextPlannedOn.map { $0 >= today } ?? false) }
            .sorted { a, b in (a.nextPlannedOn ?? today, a.id) < (b.nextPlannedOn ?? today, b.id) }
    }
}
