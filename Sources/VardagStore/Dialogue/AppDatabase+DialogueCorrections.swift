import VardagDomain

/// Corrections of what a slinga has logged: a meeting's date, counts and notes, a relay
/// question's answer, an åtgärd's text, responsible and date, and removing each.
///
/// Each runs in one transaction with its audit rows, re-checks the rules a new entry
/// meets (the meeting order and dates, attendance, text limits), and leaves the database
/// unchanged when it throws.
extension AppDatabase {
    // MARK: Meetings

    /// Corrects a logged meeting's date, counts and notes; its kind and guides stay.
    /// - Parameters:
    ///   - id: the meeting.
    ///   - date: `YYYY-MM-DD`; between the previous and next meeting, not after today.
    ///   - brukareCount: 0–200.
    ///   - staffCount: 0–200; someone of the meeting's groups must have taken part.
    ///   - notes: optional notes.
    ///   - today: today's date.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (date, brukareCount, staffCount, notes).
    public func correctMeeting(id: Int64, date: String, brukareCount: String, staffCount: String, notes: String,
                               today: LocalDate) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT loop_id, kind, held_on, brukare_count, staff_count, notes FROM dialogue_meeting WHERE id = ?
                """, arguments: [id]), let kind = TraffTyp(rawValue: row[1]) else {
                throw StoreError.notFound(entity: "dialogue_meeting", id: id)
            }
            let loopId: Int64 = row[0]
            var errors: [DialogueField: DialogueError] = [:]
            let others = try Self.meetingFacts(db, loopId: loopId).filter { $0.id != id }
            let day = DialogueRules.parseDate(date)
            switch day {
            case .failure(let error): errors[.date] = error
            case .success(let value):
                errors.merge(DialogueRules.checkMeetingDate(value, kind: kind, held: others, today: today)) { a, _ in a }
            }
            let brukare = DialogueRules.parseCount(brukareCount)
            if case .failure(let error) = brukare { errors[.brukareCount] = error }
            let staff = DialogueRules.parseCount(staffCount)
            if case .failure(let error) = staff { errors[.staffCount] = error }
            if case .success(let b) = brukare, case .success(let p) = staff {
                errors.merge(DialogueRules.checkAttendance(kind: kind, brukare: b, staff: p)) { a, _ in a }
            }
            let text = DialogueRules.checkText(notes, required: false, max: DialogueRules.maxTextLength, multiline: true)
            if case .failure(let error) = text { errors[.notes] = error }
            try DialogueFailure.require(errors)
            guard case .success(let newDay) = day, case .success(let b) = brukare, case .success(let p) = staff,
                  case .success(let cleanNotes) = text else { return }
            try db.execute(sql: """
                UPDATE dialogue_meeting SET held_on = ?, brukare_count = ?, staff_count = ?, notes = ? WHERE id = ?
                """, arguments: [newDay.iso, b, p, cleanNotes, id])
            try Self.syncLoopDates(db, loopId: loopId)
            let oldDate: String = row[2], oldBrukare: Int64 = row[3], oldStaff: Int64 = row[4], oldNotes: String = row[5]
            try recordAudit(db, .update, entity: "dialogue_meeting", entityId: id,
                            before: ["held_on": .text(oldDate), "brukare_count": .integer(oldBrukare),
                                     "staff_count": .integer(oldStaff), "notes": .text(oldNotes)],
                            after: ["held_on": .text(newDay.iso), "brukare_count": .integer(Int64(b)),
                                    "staff_count": .integer(Int64(p)), "notes": .text(cleanNotes)])
        }
    }

    /// Removes the latest meeting of a slinga, with the relay questions asked at it; answers
    /// given at it become unanswered again. A gemensam träff with åtgärder is refused.
    /// - Parameter id: the meeting.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.meeting`: notLatestMeeting, meetingHasActions).
    public func removeMeeting(id: Int64) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT loop_id, kind, held_on, brukare_count, staff_count, notes, guide1_id, guide2_id
                FROM dialogue_meeting WHERE id = ?
                """, arguments: [id]) else {
                throw StoreError.notFound(entity: "dialogue_meeting", id: id)
            }
            let loopId: Int64 = row[0]
            if try Self.meetingFacts(db, loopId: loopId).last?.id != id {
                throw DialogueFailure([.meeting: .notLatestMeeting])
            }
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dialogue_action WHERE meeting_id = ?", arguments: [id]) ?? 0 > 0 {
                throw DialogueFailure([.meeting: .meetingHasActions])
            }
            // Answers given here first: the schema would otherwise delete those questions with the meeting.
            for answered in try StoreRow.fetchAll(db, sql: """
                SELECT id, answer, participation_level FROM dialogue_question WHERE answered_meeting_id = ?
                """, arguments: [id]) {
                let questionId: Int64 = answered[0]
                try db.execute(sql: """
                    UPDATE dialogue_question SET answered_meeting_id = NULL, answer = NULL, participation_level = NULL
                    WHERE id = ?
                    """, arguments: [questionId])
                let level: Int64? = answered[2]
                try recordAudit(db, .update, entity: "dialogue_question", entityId: questionId,
                                before: ["answered_meeting_id": .integer(id), "answer": .text(answered[1]),
                                         "participation_level": level.map { .integer($0) } ?? .null],
                                after: ["answered_meeting_id": .null, "answer": .null, "participation_level": .null])
            }
            for asked in try StoreRow.fetchAll(db, sql: """
                SELECT id, from_group, text FROM dialogue_question WHERE asked_meeting_id = ?
                """, arguments: [id]) {
                let questionId: Int64 = asked[0]
                try db.execute(sql: "DELETE FROM dialogue_question WHERE id = ?", arguments: [questionId])
                try recordAudit(db, .delete, entity: "dialogue_question", entityId: questionId,
                                before: ["asked_meeting_id": .integer(id), "from_group": .text(asked[1]),
                                         "text": .text(asked[2])], after: [:])
            }
            try db.execute(sql: "DELETE FROM dialogue_meeting WHERE id = ?", arguments: [id])
            try Self.syncLoopDates(db, loopId: loopId)
            let brukare: Int64 = row[3], staff: Int64 = row[4], guide1: Int64 = row[6], guide2: Int64 = row[7]
            try recordAudit(db, .delete, entity: "dialogue_meeting", entityId: id, before: [
                "loop_id": .integer(loopId), "kind": .text(row[1]), "held_on": .text(row[2]),
                "guide1_id": .integer(guide1), "guide2_id": .integer(guide2),
                "brukare_count": .integer(brukare), "staff_count": .integer(staff), "notes": .text(row[5]),
            ], after: [:])
        }
    }

    /// Sets a slinga's start and finish from its brukarträff 1 and uppföljning, as logging does.
    static func syncLoopDates(_ db: any StoreConnection, loopId: Int64) throws {
        try db.execute(sql: """
            UPDATE dialogue_loop SET
                started_on = (SELECT held_on FROM dialogue_meeting WHERE loop_id = ?1 AND kind = 'brukartraff_1'),
                finished_on = (SELECT held_on FROM dialogue_meeting WHERE loop_id = ?1 AND kind = 'uppfoljning')
            WHERE id = ?1
            """, arguments: [loopId])
    }

    // MARK: Answers

    /// Corrects a relay question's answer: where it was given, the words, the level.
    /// - Parameters:
    ///   - questionId: an answered question.
    ///   - meetingId: a later meeting where the asked group takes part.
    ///   - answer: the answer.
    ///   - level: 1–5 or empty.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (meeting, answer, level).
    public func correctAnswer(questionId: Int64, meetingId: Int64, answer: String, level: String) throws {
        try writer.write { db in
            try self.updateAnswer(db, questionId: questionId, meetingId: meetingId, answer: answer, level: level, replacing: true)
        }
    }

    /// Takes a relay question's answer away: the question is open again.
    /// - Parameter questionId: an answered question.
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (`.answer`: notAnswered).
    public func removeAnswer(questionId: Int64) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT answered_meeting_id, answer, participation_level FROM dialogue_question WHERE id = ?
                """, arguments: [questionId]) else {
                throw StoreError.notFound(entity: "dialogue_question", id: questionId)
            }
            guard let meetingId = row[0] as Int64? else { throw DialogueFailure([.answer: .notAnswered]) }
            try db.execute(sql: """
                UPDATE dialogue_question SET answered_meeting_id = NULL, answer = NULL, participation_level = NULL WHERE id = ?
                """, arguments: [questionId])
            let level: Int64? = row[2]
            try self.recordAudit(db, .update, entity: "dialogue_question", entityId: questionId,
                                 before: ["answered_meeting_id": .integer(meetingId), "answer": .text(row[1]),
                                          "participation_level": level.map { .integer($0) } ?? .null],
                                 after: ["answered_meeting_id": .null, "answer": .null, "participation_level": .null])
        }
    }

    // MARK: Actions

    /// Corrects an åtgärd's text, responsible and date (status and feedback have their own keys).
    /// - Parameters:
    ///   - id: the action.
    ///   - draft: the new values (its `loopId` is ignored).
    /// - Throws: `StoreError.notFound`, `DialogueFailure` (what, responsible, due).
    public func correctAction(id: Int64, _ draft: ActionDraft) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT what, responsible, due_date FROM dialogue_action WHERE id = ?",
                                             arguments: [id]) else {
                throw StoreError.notFound(entity: "dialogue_action", id: id)
            }
            var errors: [DialogueField: DialogueError] = [:]
            let checked = draft.checked(into: &errors)
            try DialogueFailure.require(errors)
            guard let (whatText, whoText, dueDate) = checked else { return }
            try db.execute(sql: "UPDATE dialogue_action SET what = ?, responsible = ?, due_date = ? WHERE id = ?",
                           arguments: [whatText, whoText, dueDate.iso, id])
            try self.recordAudit(db, .update, entity: "dialogue_action", entityId: id,
                                 before: ["what": .text(row[0]), "responsible": .text(row[1]), "due_date": .text(row[2])],
                                 after: ["what": .text(whatText), "responsible": .text(whoText), "due_date": .text(dueDate.iso)])
        }
    }

    /// Removes an åtgärd.
    /// - Parameter id: the action.
    /// - Throws: `StoreError.notFound`.
    public func removeAction(id: Int64) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT loop_id, what, responsible, due_date, status, fed_back FROM dialogue_action WHERE id = ?
                """, arguments: [id]) else {
                throw StoreError.notFound(entity: "dialogue_action", id: id)
            }
            try db.execute(sql: "DELETE FROM dialogue_action WHERE id = ?", arguments: [id])
            let loopId: Int64 = row[0]
            let fedBack: Bool = row[5]
            try self.recordAudit(db, .delete, entity: "dialogue_action", entityId: id, before: [
                "loop_id": .integer(loopId), "what": .text(row[1]), "responsible": .text(row[2]),
                "due_date": .text(row[3]), "status": .text(row[4]), "fed_back": .bool(fedBack),
            ], after: [:])
        }
    }
}
