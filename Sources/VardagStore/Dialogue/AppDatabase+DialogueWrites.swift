import VardagDomain

/// Dialogue writes. Each runs in one transaction: the rules in `DialogueRules` are checked
/// against the current data inside it, the change and its audit row are written together,
/// and a thrown `DialogueFailure` or `StoreError` leaves the database unchanged.
extension AppDatabase {
    // MARK: Guides

    /// Adds an active medarbetare to the regional guide pool. Her register role stays as it
    /// is: being a vägledare is a role on top of the title.
    /// - Parameters:
    ///   - medarbetareId: the person; any active medarbetare.
    ///   - trainingDate: the day she finished the guide training, `YYYY-MM-DD`.
    /// - Throws: `DialogueFailure` (`.medarbetare`: unknownReference, alreadyAGuide; `.trainingDate`).
    public func registerGuide(medarbetareId: Int64, trainingDate: String) throws {
        try writer.write { db in
            var errors: [DialogueField: DialogueError] = [:]
            let active = try Int.fetchOne(db, sql: "SELECT active FROM medarbetare WHERE id = ?", arguments: [medarbetareId])
            if active != 1 {
                errors[.medarbetare] = .unknownReference
            } else if try Int.fetchOne(db, sql: "SELECT 1 FROM dialogue_guide WHERE medarbetare_id = ?", arguments: [medarbetareId]) != nil {
                errors[.medarbetare] = .alreadyAGuide
            }
            let date = DialogueRules.parseDate(trainingDate)
            if case .failure(let error) = date { errors[.trainingDate] = error }
            try DialogueFailure.require(errors)
            guard case .success(let day) = date else { return }
            try db.execute(sql: "INSERT INTO dialogue_guide (medarbetare_id, training_date) VALUES (?, ?)",
                           arguments: [medarbetareId, day.iso])
            try self.recordAudit(db, .insert, entity: "dialogue_guide", entityId: medarbetareId,
                                 before: nil, after: ["training_date": .text(day.iso)])
        }
    }

    // MARK: Loops

    /// Creates a slinga with its theme, two vägledare and the staff taking part.
    /// - Parameters:
    ///   - draft: the form's values.
    ///   - today: the date recorded for the theme's first choice.
    /// - Returns: the new loop's id.
    /// - Throws: `DialogueFailure` (enhet, theme, plannedStart, guide1, guide2, staff).
    @discardableResult
    public func createLoop(_ draft: LoopDraft, today: LocalDate) throws -> Int64 {
        try writer.write { db in try self.insertLoop(db, draft, today: today) }
    }

    @_spi(Seeding) public func insertLoop(_ db: any StoreConnection, _ draft: LoopDraft, today: LocalDate) throws -> Int64 {
        var errors: [DialogueField: DialogueError] = [:]
        let kommunId = try Int64.fetchOne(
            db, sql: "SELECT kommun_id FROM enhet WHERE id = ?", arguments: [draft.enhetId])
        if kommunId == nil { errors[.enhet] = .unknownReference }
        let theme = DialogueRules.checkText(draft.theme, required: true, max: DialogueRules.maxThemeLength)
        if case .failure(let error) = theme { errors[.theme] = error }
        let start = DialogueRules.parseDate(draft.plannedStart)
        if case .failure(let error) = start { errors[.plannedStart] = error }
        let pool = try Self.guidePoolHomes(db)
        errors.merge(DialogueRules.checkGuides(
            [draft.guide1, draft.guide2], unitId: draft.enhetId, guideUnits: pool.mapValues(\.enhet))) { a, _ in a }
        // A guide who left the pool keeps her slingor but is not chosen for a new one.
        let left = try Self.guidesWhoLeft(db)
        for (field, guide) in [(DialogueField.guide1, draft.guide1), (.guide2, draft.guide2)] {
            if let guide, left.contains(guide), errors[field] == nil { errors[field] = .guideLeftPool }
        }
        let staff = Array(Set(draft.staffIds)).sorted()
        if staff.isEmpty {
            errors[.staff] = .required
        } else {
            let inUnit = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM medarbetare m JOIN team t ON t.id = m.team_id
                WHERE t.enhet_id = ? AND m.id IN (\(staff.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StoreArguments([draft.enhetId] + staff)) ?? 0
            if inUnit != staff.count { errors[.staff] = .unknownReference }
        }
        try DialogueFailure.require(errors)
        guard case .success(let themeText) = theme, case .success(let startDate) = start,
              let guide1 = draft.guide1, let guide2 = draft.guide2 else { return 0 }
        try db.cachedStatement(sql: """
            INSERT INTO dialogue_loop (enhet_id, theme, theme_chosen_by, planned_start) VALUES (?, ?, ?, ?)
            """).execute(arguments: [draft.enhetId, themeText, draft.chosenBy.rawValue, startDate.iso])
        let loopId = try db.lastInsertedRowID()
        try db.cachedStatement(sql: """
            INSERT INTO dialogue_theme_change (loop_id, changed_on, theme, chosen_by, reason, changed_by_user)
            VALUES (?, ?, ?, ?, '', ?)
            """).execute(arguments: [loopId, today.iso, themeText, draft.chosenBy.rawValue, user])
        let insertGuide = try db.cachedStatement(sql: """
            INSERT INTO dialogue_loop_guide (loop_id, position, guide_id, providing_kommun_id) VALUES (?, ?, ?, ?)
            """)
        for (position, guide) in [(1, guide1), (2, guide2)] {
            try insertGuide.execute(arguments: [loopId, position, guide, pool[guide]?.kommun])
        }
        let insertStaff = try db.cachedStatement(sql: "INSERT INTO dialogue_loop_staff (loop_id, medarbetare_id) VALUES (?, ?)")
        for id in staff { try insertStaff.execute(arguments: [loopId, id]) }
        try recordAudit(db, .insert, entity: "dialogue_loop", entityId: loopId, before: nil, after: [
            "enhet_id": .integer(draft.enhetId), "theme": .text(themeText),
            "theme_chosen_by": .text(draft.chosenBy.rawValue), "planned_start": .text(startDate.iso),
            "guide1_id": .integer(guide1), "guide2_id": .integer(guide2),
            "staff_ids": .text(staff.map(String.init).joined(separator: ",")),
        ])
        return loopId
    }

    /// Sets the staff taking part in a slinga (the same staff should stay through it).
    /// - Parameters:
    ///   - loopId: the slinga.
    ///   - staffIds: medarbetare of the loop's unit; at least one.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.staff`: required, unknownReference).
    public func setLoopStaff(loopId: Int64, staffIds: [Int64]) throws {
        try writer.write { db in
            guard let enhetId = try Int64.fetchOne(db, sql: "SELECT enhet_id FROM dialogue_loop WHERE id = ?", arguments: [loopId]) else {
                throw StoreError.notFound(entity: "dialogue_loop", id: loopId)
            }
            let staff = Array(Set(staffIds)).sorted()
            guard !staff.isEmpty else { throw DialogueFailure([.staff: .required]) }
            let inUnit = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM medarbetare m JOIN team t ON t.id = m.team_id
                WHERE t.enhet_id = ? AND m.id IN (\(staff.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StoreArguments([enhetId] + staff)) ?? 0
            guard inUnit == staff.count else { throw DialogueFailure([.staff: .unknownReference]) }
            let before = try Int64.fetchAll(db, sql: "SELECT medarbetare_id FROM dialogue_loop_staff WHERE loop_id = ? ORDER BY medarbetare_id",
                                            arguments: [loopId])
            if before == staff { return }
            try db.execute(sql: "DELETE FROM dialogue_loop_staff WHERE loop_id = ?", arguments: [loopId])
            for id in staff {
                try db.execute(sql: "INSERT INTO dialogue_loop_staff (loop_id, medarbetare_id) VALUES (?, ?)", arguments: [loopId, id])
            }
            try self.recordAudit(db, .update, entity: "dialogue_loop", entityId: loopId,
                                 before: ["staff_ids": .text(before.map(String.init).joined(separator: ","))],
                                 after: ["staff_ids": .text(staff.map(String.init).joined(separator: ","))])
        }
    }

    /// Changes a slinga's theme, keeping the history of who changed it and why.
    /// - Parameters:
    ///   - loopId: the slinga.
    ///   - theme: the new theme.
    ///   - chosenBy: chef or brukare.
    ///   - reason: why (required).
    ///   - today: the date of the change.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (theme, reason).
    public func changeTheme(loopId: Int64, theme: String, chosenBy: ThemeChooser, reason: String, today: LocalDate) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT theme, theme_chosen_by FROM dialogue_loop WHERE id = ?",
                                             arguments: [loopId]) else {
                throw StoreError.notFound(entity: "dialogue_loop", id: loopId)
            }
            let oldTheme: String = row[0]
            let oldChooser: String = row[1]
            var errors: [DialogueField: DialogueError] = [:]
            let text = DialogueRules.checkText(theme, required: true, max: DialogueRules.maxThemeLength)
            switch text {
            case .failure(let error): errors[.theme] = error
            case .success(let clean) where clean == oldTheme && chosenBy.rawValue == oldChooser: errors[.theme] = .themeUnchanged
            default: break
            }
            let why = DialogueRules.checkText(reason, required: true, max: DialogueRules.maxTextLength)
            if case .failure(let error) = why { errors[.reason] = error }
            try DialogueFailure.require(errors)
            guard case .success(let clean) = text, case .success(let because) = why else { return }
            try db.execute(sql: "UPDATE dialogue_loop SET theme = ?, theme_chosen_by = ? WHERE id = ?",
                           arguments: [clean, chosenBy.rawValue, loopId])
            try db.execute(sql: """
                INSERT INTO dialogue_theme_change (loop_id, changed_on, theme, chosen_by, reason, changed_by_user)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [loopId, today.iso, clean, chosenBy.rawValue, because, self.user])
            try self.recordAudit(db, .update, entity: "dialogue_loop", entityId: loopId,
                                 before: ["theme": .text(oldTheme), "theme_chosen_by": .text(oldChooser)],
                                 after: ["theme": .text(clean), "theme_chosen_by": .text(chosenBy.rawValue),
                                         "reason": .text(because)])
        }
    }

    // MARK: Meetings

    /// Logs the next meeting of a slinga.
    /// - Parameters:
    ///   - draft: the form's values.
    ///   - today: today's date; a meeting dated after it is refused (it has not been held).
    /// - Returns: the meeting's id.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (meeting, date, guide1, guide2, brukareCount, staffCount, notes).
    @discardableResult
    public func logMeeting(_ draft: MeetingDraft, today: LocalDate) throws -> Int64 {
        try writer.write { db in try self.insertMeeting(db, draft, today: today) }
    }

    /// Logs the next meeting and, in the same transaction, a relay question its one group asked.
    /// - Parameters:
    ///   - draft: the form's values.
    ///   - question: the question in the group's words; nil or blank for none. Only for
    ///     meetings of one group (brukarträff, personalträff).
    ///   - today: today's date; a meeting dated after it is refused.
    /// - Returns: the meeting's id.
    /// - Throws: as `logMeeting(_:today:)`, and `DialogueFailure` (`.question`) for the question.
    @discardableResult
    public func logMeeting(_ draft: MeetingDraft, question: String?, today: LocalDate) throws -> Int64 {
        try writer.write { db in
            let meetingId = try self.insertMeeting(db, draft, today: today)
            let text = question?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !text.isEmpty {
                guard draft.kind.groupsPresent.count == 1, let group = draft.kind.groupsPresent.first else {
                    throw DialogueFailure([.question: .groupNotPresent])
                }
                _ = try self.insertQuestion(db, meetingId: meetingId, from: group, text: text)
            }
            return meetingId
        }
    }

    @_spi(Seeding) public func insertMeeting(_ db: any StoreConnection, _ draft: MeetingDraft, today: LocalDate) throws -> Int64 {
        guard let enhetId = try Int64.fetchOne(
            db, sql: "SELECT enhet_id FROM dialogue_loop WHERE id = ?", arguments: [draft.loopId]) else {
            throw StoreError.notFound(entity: "dialogue_loop", id: draft.loopId)
        }
        let held = try Self.meetingFacts(db, loopId: draft.loopId)
        var errors: [DialogueField: DialogueError] = [:]
        let date = DialogueRules.parseDate(draft.date)
        switch date {
        case .failure(let error):
            errors[.date] = error
            let order = DialogueRules.checkMeeting(kind: draft.kind, date: .distantPast, held: held, today: today)
            errors.merge(order.filter { $0.key == .meeting }) { a, _ in a }
        case .success(let day):
            errors.merge(DialogueRules.checkMeeting(kind: draft.kind, date: day, held: held, today: today)) { a, _ in a }
        }
        let pool = try Self.guidePoolHomes(db)
        errors.merge(DialogueRules.checkGuides(
            [draft.guide1, draft.guide2], unitId: enhetId, guideUnits: pool.mapValues(\.enhet))) { a, _ in a }
        let brukare = DialogueRules.parseCount(draft.brukareCount)
        if case .failure(let error) = brukare { errors[.brukareCount] = error }
        let staff = DialogueRules.parseCount(draft.staffCount)
        if case .failure(let error) = staff { errors[.staffCount] = error }
        if case .success(let b) = brukare, case .success(let p) = staff {
            errors.merge(DialogueRules.checkAttendance(kind: draft.kind, brukare: b, staff: p)) { a, _ in a }
        }
        let notes = DialogueRules.checkText(draft.notes, required: false, max: DialogueRules.maxTextLength, multiline: true)
        if case .failure(let error) = notes { errors[.notes] = error }
        do {
            try checkChef(db, loopId: draft.loopId, kind: draft.kind, chefId: draft.chefId)
        } catch let failure as DialogueFailure {
            errors.merge(failure.errors) { a, _ in a }
        }
        try DialogueFailure.require(errors)
        guard case .success(let day) = date, case .success(let brukareCount) = brukare,
              case .success(let staffCount) = staff, case .success(let noteText) = notes,
              let guide1 = draft.guide1, let guide2 = draft.guide2 else { return 0 }
        try db.cachedStatement(sql: """
            INSERT INTO dialogue_meeting
                (loop_id, kind, seq, held_on, guide1_id, guide2_id, brukare_count, staff_count, notes, chef_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [draft.loopId, draft.kind.rawValue, draft.kind.order, day.iso,
                                     guide1, guide2, brukareCount, staffCount, noteText, draft.chefId])
        let meetingId = try db.lastInsertedRowID()
        // The planned träff is held: the plan is spent (the next one is planned anew).
        try db.cachedStatement(sql: "UPDATE dialogue_loop SET next_planned_on = NULL WHERE id = ? AND next_planned_on IS NOT NULL")
            .execute(arguments: [draft.loopId])
        if draft.kind == .brukartraff1 {
            try db.cachedStatement(sql: "UPDATE dialogue_loop SET started_on = ? WHERE id = ?")
                .execute(arguments: [day.iso, draft.loopId])
        } else if draft.kind == .uppfoljning {
            try db.cachedStatement(sql: "UPDATE dialogue_loop SET finished_on = ? WHERE id = ?")
                .execute(arguments: [day.iso, draft.loopId])
        }
        try recordAudit(db, .insert, entity: "dialogue_meeting", entityId: meetingId, before: nil, after: [
            "loop_id": .integer(draft.loopId), "kind": .text(draft.kind.rawValue), "held_on": .text(day.iso),
            "guide1_id": .integer(guide1), "guide2_id": .integer(guide2),
            "brukare_count": .integer(Int64(brukareCount)), "staff_count": .integer(Int64(staffCount)),
            "notes": .text(noteText), "chef_id": draft.chefId.map { .integer($0) } ?? .null,
        ])
        return meetingId
    }

    // MARK: Relay questions

    /// Logs a stafettfråga asked by a group at a meeting, to the other group.
    /// - Parameters:
    ///   - meetingId: the meeting that asked it.
    ///   - from: the asking group.
    ///   - text: the question in the group's words.
    /// - Returns: the question's id.
    /// - Throws: `DialogueFailure` (meeting, fromGroup, question).
    @discardableResult
    public func askQuestion(meetingId: Int64, from: DialogueGroup, text: String) throws -> Int64 {
        try writer.write { db in try self.insertQuestion(db, meetingId: meetingId, from: from, text: text) }
    }

    @_spi(Seeding) public func insertQuestion(_ db: any StoreConnection, meetingId: Int64, from: DialogueGroup, text: String) throws -> Int64 {
        var errors: [DialogueField: DialogueError] = [:]
        let meeting = try StoreRow.fetchOne(db, sql: "SELECT loop_id, kind FROM dialogue_meeting WHERE id = ?", arguments: [meetingId])
        if let meeting, let kind = TraffTyp(rawValue: meeting[1]) {
            if let error = DialogueRules.checkAsk(from: from, at: kind) { errors[.fromGroup] = error }
        } else {
            errors[.meeting] = .unknownReference
        }
        let question = DialogueRules.checkText(text, required: true, max: DialogueRules.maxTextLength)
        if case .failure(let error) = question { errors[.question] = error }
        try DialogueFailure.require(errors)
        guard let meeting, case .success(let clean) = question else { return 0 }
        let loopId: Int64 = meeting[0]
        try db.cachedStatement(sql: """
            INSERT INTO dialogue_question (loop_id, from_group, to_group, asked_meeting_id, text) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [loopId, from.rawValue, from.other.rawValue, meetingId, clean])
        let id = try db.lastInsertedRowID()
        try recordAudit(db, .insert, entity: "dialogue_question", entityId: id, before: nil, after: [
            "loop_id": .integer(loopId), "asked_meeting_id": .integer(meetingId),
            "from_group": .text(from.rawValue), "text": .text(clean),
        ])
        return id
    }

    /// Records the answer to a stafettfråga, given at a later meeting of the other group.
    /// - Parameters:
    ///   - questionId: the question.
    ///   - meetingId: the meeting where it was answered.
    ///   - answer: the answer.
    ///   - level: an optional participation level 1 to 5 (Shier's ladder); empty for none.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (meeting, answer, level).
    public func answerQuestion(questionId: Int64, meetingId: Int64, answer: String, level: String) throws {
        try writer.write { db in
            try self.updateAnswer(db, questionId: questionId, meetingId: meetingId, answer: answer, level: level)
        }
    }

    /// Writes an answer; `replacing` corrects one already given (the rules are checked as for a new one).
    @_spi(Seeding) public func updateAnswer(_ db: any StoreConnection, questionId: Int64, meetingId: Int64, answer: String, level: String,
                      replacing: Bool = false) throws {
        guard let question = try StoreRow.fetchOne(db, sql: """
            SELECT q.loop_id, q.to_group, q.answered_meeting_id, m.id, m.kind, m.held_on,
                   q.answer, q.participation_level
            FROM dialogue_question q JOIN dialogue_meeting m ON m.id = q.asked_meeting_id WHERE q.id = ?
            """, arguments: [questionId]) else {
            throw StoreError.notFound(entity: "dialogue_question", id: questionId)
        }
        let loopId: Int64 = question[0]
        var errors: [DialogueField: DialogueError] = [:]
        let answering = try Self.meetingFacts(db, loopId: loopId).first { $0.id == meetingId }
        if let answering,
           let to = DialogueGroup(rawValue: question[1]), let kind = TraffTyp(rawValue: question[4]),
           let date = try? LocalDate.parse(question[5]) {
            let asked = MeetingFacts(id: question[3], kind: kind, date: date, staffCount: 0)
            let answeredBefore: Int64? = question[2]
            if replacing && answeredBefore == nil {
                errors[.answer] = .notAnswered
            } else if let error = DialogueRules.checkAnswer(to: to, asked: asked, answering: answering,
                                                            alreadyAnswered: !replacing && answeredBefore != nil) {
                errors[.meeting] = error
            }
        } else {
            errors[.meeting] = .unknownReference
        }
        let text = DialogueRules.checkText(answer, required: true, max: DialogueRules.maxTextLength)
        if case .failure(let error) = text { errors[.answer] = error }
        let ladder = DialogueRules.parseLevel(level)
        if case .failure(let error) = ladder { errors[.level] = error }
        try DialogueFailure.require(errors)
        guard case .success(let clean) = text, case .success(let levelValue) = ladder else { return }
        try db.cachedStatement(sql: """
            UPDATE dialogue_question SET answered_meeting_id = ?, answer = ?, participation_level = ? WHERE id = ?
            """).execute(arguments: [meetingId, clean, levelValue, questionId])
        let oldMeeting: Int64? = question[2]
        let oldAnswer: String? = question[6]
        let oldLevel: Int64? = question[7]
        try recordAudit(db, .update, entity: "dialogue_question", entityId: questionId,
                        before: ["answered_meeting_id": oldMeeting.map { .integer($0) } ?? .null,
                                 "answer": oldAnswer.map { .text($0) } ?? .null,
                                 "participation_level": oldLevel.map { .integer($0) } ?? .null],
                        after: ["answered_meeting_id": .integer(meetingId), "answer": .text(clean),
                                "participation_level": levelValue.map { .integer(Int64($0)) } ?? .null])
    }

    // MARK: Actions

    /// Adds an åtgärd from the slinga's gemensam träff.
    /// - Parameter draft: the form's values.
    /// - Returns: the action's id.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (meeting: gemensamNotHeld; what, responsible, due).
    @discardableResult
    public func addAction(_ draft: ActionDraft) throws -> Int64 {
        try writer.write { db in try self.insertAction(db, draft, status: .planerad, fedBack: false) }
    }

    @_spi(Seeding) public func insertAction(_ db: any StoreConnection, _ draft: ActionDraft, status: ActionStatus, fedBack: Bool) throws -> Int64 {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM dialogue_loop WHERE id = ?", arguments: [draft.loopId]) != nil else {
            throw StoreError.notFound(entity: "dialogue_loop", id: draft.loopId)
        }
        var errors: [DialogueField: DialogueError] = [:]
        let meetingId = try Int64.fetchOne(db, sql: """
            SELECT id FROM dialogue_meeting WHERE loop_id = ? AND kind = 'gemensam'
            """, arguments: [draft.loopId])
        if meetingId == nil { errors[.meeting] = .gemensamNotHeld }
        let checked = draft.checked(into: &errors)
        try DialogueFailure.require(errors)
        guard let meetingId, let (whatText, whoText, dueDate) = checked else { return 0 }
        try db.cachedStatement(sql: """
            INSERT INTO dialogue_action (loop_id, meeting_id, what, responsible, due_date, status, fed_back)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [draft.loopId, meetingId, whatText, whoText, dueDate.iso, status.rawValue, fedBack])
        let id = try db.lastInsertedRowID()
        try recordAudit(db, .insert, entity: "dialogue_action", entityId: id, before: nil, after: [
            "loop_id": .integer(draft.loopId), "what": .text(whatText), "responsible": .text(whoText),
            "due_date": .text(dueDate.iso), "status": .text(status.rawValue), "fed_back": .bool(fedBack),
        ])
        return id
    }

    /// Sets an action's status.
    /// - Parameters:
    ///   - id: the action.
    ///   - status: the new status.
    /// - Throws: `StoreError.notFound`.
    public func setActionStatus(id: Int64, status: ActionStatus) throws {
        try updateAction(id: id, column: "status", value: .text(status.rawValue))
    }

    /// Records whether the action's outcome was fed back to the brukare.
    /// - Parameters:
    ///   - id: the action.
    ///   - fedBack: true once fed back.
    /// - Throws: `StoreError.notFound`.
    public func setActionFedBack(id: Int64, fedBack: Bool) throws {
        try updateAction(id: id, column: "fed_back", value: .bool(fedBack))
    }

    private func updateAction(id: Int64, column: String, value: AuditValue) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT status, fed_back FROM dialogue_action WHERE id = ?",
                                             arguments: [id]) else {
                throw StoreError.notFound(entity: "dialogue_action", id: id)
            }
            let before: AuditValue = column == "status" ? .text(row[0]) : .bool(row[1])
            let argument: any StoreValueConvertible
            switch value {
            case .text(let text): argument = text
            case .bool(let flag): argument = flag
            default: argument = String(describing: value)
            }
            try db.execute(sql: "UPDATE dialogue_action SET \(column) = ? WHERE id = ?", arguments: [argument, id])
            if case .bool(false) = value {
                // Not fed back after all: its date and way go with the yes.
                try db.execute(sql: "UPDATE dialogue_action SET fed_back_on = NULL, fed_back_how = NULL WHERE id = ?", arguments: [id])
            }
            try self.recordAudit(db, .update, entity: "dialogue_action", entityId: id,
                                 before: [column: before], after: [column: value])
        }
    }

    // MARK: Targets

    /// Sets a unit's target number of slingor for a year (0 to 100).
    /// - Parameters:
    ///   - enhetId: the unit.
    ///   - year: the year.
    ///   - target: the number as typed.
    /// - Throws: `DialogueFailure` (enhet, target).
    public func setLoopTarget(enhetId: Int64, year: Int, target: String) throws {
        try writer.write { db in
            var errors: [DialogueField: DialogueError] = [:]
            if try Int.fetchOne(db, sql: "SELECT 1 FROM enhet WHERE id = ?", arguments: [enhetId]) == nil {
                errors[.enhet] = .unknownReference
            }
            let trimmed = target.trimmingCharacters(in: .whitespaces)
            let value = Int(trimmed)
            if trimmed.isEmpty { errors[.target] = .required }
            else if value == nil || !(0...100).contains(value!) { errors[.target] = .numberOutOfRange(min: 0, max: 100) }
            if !(2000...2100).contains(year) { errors[.year] = .numberOutOfRange(min: 2000, max: 2100) }
            try DialogueFailure.require(errors)
            let old = try Int.fetchOne(db, sql: "SELECT target FROM dialogue_target WHERE enhet_id = ? AND year = ?",
                                       arguments: [enhetId, year])
            try db.execute(sql: """
                INSERT INTO dialogue_target (enhet_id, year, target) VALUES (?, ?, ?)
                ON CONFLICT (enhet_id, year) DO UPDATE SET target = excluded.target
                """, arguments: [enhetId, year, value!])
            try self.recordAudit(
                db, old == nil ? .insert : .update, entity: "dialogue_target", entityId: enhetId,
                before: old.map { ["year": .integer(Int64(year)), "target": .integer(Int64($0))] },
                after: ["year": .integer(Int64(year)), "target": .integer(Int64(value!))])
        }
    }

    // MARK: Helpers

    /// Every active vägledare's home enhet and kommun, by medarbetare id.
    static func guidePoolHomes(_ db: any StoreConnection) throws -> [Int64: (enhet: Int64, kommun: Int64)] {
        let rows = try StoreRow.fetchAll(db.cachedStatement(sql: """
            SELECT g.medarbetare_id, t.enhet_id, e.kommun_id
            FROM dialogue_guide g
            JOIN medarbetare m ON m.id = g.medarbetare_id
            JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id
            WHERE m.active = 1
            """))
        var result: [Int64: (enhet: Int64, kommun: Int64)] = [:]
        for row in rows { result[row[0]] = (row[1], row[2]) }
        return result
    }

    /// The meetings of a loop as rule facts, in order.
    static func meetingFacts(_ db: any StoreConnection, loopId: Int64) throws -> [MeetingFacts] {
        try StoreRow.fetchAll(db.cachedStatement(sql: """
            SELECT id, kind, held_on, staff_count FROM dialogue_meeting WHERE loop_id = ? ORDER BY seq
            """), arguments: [loopId]).compactMap { row in
            guard let kind = TraffTyp(rawValue: row[1]), let date = try? LocalDate.parse(row[2]) else { return nil }
            return MeetingFacts(id: row[0], kind: kind, date: date, staffCount: row[3])
        }
    }
}

import Foundation

extension LocalDate {
    /// A date before any meeting, for checking the order when the typed date is invalid.
    static let distantPast = (try? LocalDate(year: 1, month: 1, day: 1))!
}
