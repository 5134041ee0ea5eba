import Foundation
import VardagDomain

/// Fyrfältaren writes. Each runs in one transaction with its audit row(s); a thrown
/// `WorkloadFailure` or `StoreError` leaves the database unchanged.
extension AppDatabase {
    // MARK: Settings

    /// Stores the Fyrfältaren settings.
    /// - Parameter settings: the new settings.
    /// - Throws: `WorkloadFailure` on `.threshold` for values out of range.
    public func updateWorkloadSettings(_ settings: WorkloadSettings) throws {
        try settings.validate()
        try writer.write { db in
            let before = try Self.fetchWorkloadSettings(db)
            try db.execute(sql: """
                UPDATE workload_settings SET period_kind = ?, high_threshold = ?, heavy_overall = ?,
                    heavy_tung_percent = ?, heavy_periods_in_row = ?, mismatch_high_overall = ?,
                    mismatch_latt_percent = ?, mismatch_low_overall = ?, mismatch_tung_percent = ?,
                    mismatch_min_cases = ? WHERE id = 1
                """, arguments: [settings.periodKind.rawValue, settings.highThreshold, settings.heavyOverall,
                                 settings.heavyTungPercent, settings.heavyPeriodsInRow, settings.mismatchHighOverall,
                                 settings.mismatchLattPercent, settings.mismatchLowOverall, settings.mismatchTungPercent,
                                 settings.mismatchMinCases])
            try self.recordAudit(db, .update, entity: "workload_settings", entityId: 1,
                                 before: Self.auditValues(before), after: Self.auditValues(settings))
        }
    }

    // MARK: Cases and ratings

    /// Adds a case to a worker's list and rates it in a period.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: the period.
    ///   - draft: reference, type, note, time and difficulty as typed.
    ///   - today: today, for the "not beyond next period" rule.
    /// - Returns: the new case.
    /// - Throws: `WorkloadFailure` with field errors.
    @discardableResult
    public func addCase(medarbetareId: Int64, period: WorkloadPeriod, draft: CaseDraft, today: LocalDate) throws -> WorkloadCase {
        let valid = try draft.validate()
        try PeriodRule.check(period, today: today)
        return try writer.write { db in
            try Self.requireActiveStaff(db, medarbetareId)
            try db.execute(sql: "INSERT INTO workload_case (medarbetare_id, reference, case_type, note) VALUES (?, ?, ?, ?)",
                           arguments: [medarbetareId, valid.reference, valid.caseType?.rawValue, valid.note])
            let caseId = try db.lastInsertedRowID()
            try self.recordAudit(db, .insert, entity: "workload_case", entityId: caseId, before: nil, after: [
                "medarbetare_id": .integer(medarbetareId), "reference": .text(valid.reference),
                "case_type": valid.caseType.map { .text($0.rawValue) } ?? .null, "note": .text(valid.note),
            ])
            try self.insertRating(db, caseId: caseId, medarbetareId: medarbetareId, period: period,
                                  time: valid.time, difficulty: valid.difficulty)
            return WorkloadCase(id: caseId, reference: valid.reference, caseType: valid.caseType, note: valid.note,
                                time: valid.time, difficulty: valid.difficulty)
        }
    }

    /// Changes a case's reference, type and note, and its ratings in a period.
    /// - Parameters:
    ///   - caseId: the case.
    ///   - period: the period whose rating changes.
    ///   - draft: the values as typed.
    /// - Throws: `WorkloadFailure`, `StoreError.notFound`.
    public func updateCase(caseId: Int64, period: WorkloadPeriod, draft: CaseDraft) throws {
        let valid = try draft.validate()
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: "SELECT reference, case_type, note FROM workload_case WHERE id = ?",
                                             arguments: [caseId]) else {
                throw StoreError.notFound(entity: "workload_case", id: caseId)
            }
            try db.execute(sql: "UPDATE workload_case SET reference = ?, case_type = ?, note = ? WHERE id = ?",
                           arguments: [valid.reference, valid.caseType?.rawValue, valid.note, caseId])
            let before: [String: AuditValue] = [
                "reference": .text(row["reference"]), "case_type": (row["case_type"] as String?).map { .text($0) } ?? .null,
                "note": .text(row["note"]),
            ]
            try self.recordAudit(db, .update, entity: "workload_case", entityId: caseId, before: before, after: [
                "reference": .text(valid.reference), "case_type": valid.caseType.map { .text($0.rawValue) } ?? .null,
                "note": .text(valid.note),
            ])
            try self.changeRating(db, caseId: caseId, period: period, time: valid.time, difficulty: valid.difficulty)
        }
    }

    /// Sets a case's time and difficulty in a period (the grid's keys).
    /// - Parameters:
    ///   - caseId: the case.
    ///   - period: the period.
    ///   - time: 1–5.
    ///   - difficulty: 1–5.
    /// - Throws: `WorkloadFailure` for ratings outside 1–5, `StoreError.notFound` when the case is not rated in the period.
    public func rateCase(caseId: Int64, period: WorkloadPeriod, time: Int, difficulty: Int) throws {
        var errors: [WorkloadInput: WorkloadError] = [:]
        if !Rating.range.contains(time) { errors[.time] = .ratingOutOfRange(String(time)) }
        if !Rating.range.contains(difficulty) { errors[.difficulty] = .ratingOutOfRange(String(difficulty)) }
        if !errors.isEmpty { throw WorkloadFailure(errors) }
        try writer.write { db in
            try self.changeRating(db, caseId: caseId, period: period, time: time, difficulty: difficulty)
        }
    }

    /// Takes a case off a worker's grid for one period (the case and other periods stay).
    /// - Parameters:
    ///   - caseId: the case.
    ///   - period: the period.
    /// - Throws: `StoreError.notFound`.
    public func removeRating(caseId: Int64, period: WorkloadPeriod) throws {
        try writer.write { db in
            guard let row = try StoreRow.fetchOne(db, sql: """
                SELECT id, medarbetare_id, time, difficulty FROM workload_rating WHERE case_id = ? AND period = ?
                """, arguments: [caseId, period.description]) else {
                throw StoreError.notFound(entity: "workload_rating", id: caseId)
            }
            let id: Int64 = row["id"]
            try db.execute(sql: "DELETE FROM workload_rating WHERE id = ?", arguments: [id])
            try self.recordAudit(db, .deactivate, entity: "workload_rating", entityId: id, before: [
                "case_id": .integer(caseId), "medarbetare_id": .integer(row["medarbetare_id"]),
                "period": .text(period.description), "time": .integer(row["time"]), "difficulty": .integer(row["difficulty"]),
            ], after: [:])
        }
    }

    /// Sets a worker's overall self-rating for a period.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: the period.
    ///   - rating: 1–5.
    ///   - today: today, for the period rule.
    /// - Throws: `WorkloadFailure` (`.overall`, `.period`).
    public func setOverall(medarbetareId: Int64, period: WorkloadPeriod, rating: Int, today: LocalDate) throws {
        guard Rating.range.contains(rating) else { throw WorkloadFailure(.overall, .ratingOutOfRange(String(rating))) }
        try PeriodRule.check(period, today: today)
        try writer.write { db in
            try Self.requireActiveStaff(db, medarbetareId)
            let existing = try StoreRow.fetchOne(db, sql: "SELECT id, rating FROM workload_overall WHERE medarbetare_id = ? AND period = ?",
                                            arguments: [medarbetareId, period.description])
            if let existing {
                let id: Int64 = existing["id"]
                try db.execute(sql: "UPDATE workload_overall SET rating = ? WHERE id = ?", arguments: [rating, id])
                try self.recordAudit(db, .update, entity: "workload_overall", entityId: id,
                                     before: ["rating": .integer(existing["rating"])], after: ["rating": .integer(Int64(rating))])
            } else {
                try db.execute(sql: "INSERT INTO workload_overall (medarbetare_id, period, rating) VALUES (?, ?, ?)",
                               arguments: [medarbetareId, period.description, rating])
                try self.recordAudit(db, .insert, entity: "workload_overall", entityId: try db.lastInsertedRowID(), before: nil, after: [
                    "medarbetare_id": .integer(medarbetareId), "period": .text(period.description), "rating": .integer(Int64(rating)),
                ])
            }
        }
    }

    /// Takes back a worker's overall self-rating for a period (the grid's undo of a first
    /// rating); audited as a delete with the rating it had.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: the period.
    ///   - today: today, for the period rule.
    /// - Throws: `WorkloadFailure` (`.period`), `StoreError.notFound` when there is none.
    public func clearOverall(medarbetareId: Int64, period: WorkloadPeriod, today: LocalDate) throws {
        try PeriodRule.check(period, today: today)
        try writer.write { db in
            try Self.requireActiveStaff(db, medarbetareId)
            guard let existing = try StoreRow.fetchOne(db, sql: "SELECT id, rating FROM workload_overall WHERE medarbetare_id = ? AND period = ?",
                                                       arguments: [medarbetareId, period.description]) else {
                throw StoreError.notFound(entity: "workload_overall", id: medarbetareId)
            }
            let id: Int64 = existing["id"]
            try db.execute(sql: "DELETE FROM workload_overall WHERE id = ?", arguments: [id])
            try self.recordAudit(db, .delete, entity: "workload_overall", entityId: id, before: [
                "medarbetare_id": .integer(medarbetareId), "period": .text(period.description), "rating": .integer(existing["rating"]),
            ], after: [:])
        }
    }

    /// Copies last period's cases and ratings into this period (one key in the grid).
    ///
    /// Closed cases stay behind, cases handed to a colleague go to her, and cases already
    /// rated in this period are left as they are.
    /// - Parameters:
    ///   - medarbetareId: the worker.
    ///   - period: the period to fill.
    ///   - today: today, for the period rule.
    /// - Returns: how many cases were copied (a case a colleague already rated in this
    ///   period is not taken, and not counted).
    /// - Throws: `WorkloadFailure` (`.period`).
    @discardableResult
    public func copyForward(medarbetareId: Int64, period: WorkloadPeriod, today: LocalDate) throws -> Int {
        try PeriodRule.check(period, today: today)
        return try writer.write { db in
            try Self.requireActiveStaff(db, medarbetareId)
            let previous = try Self.carriedCases(db, period: period.previous, intoOwner: medarbetareId)
            let already = Set(try Int64.fetchAll(db, sql: """
                SELECT case_id FROM workload_rating WHERE medarbetare_id = ? AND period = ?
                """, arguments: [medarbetareId, period.description]))
            let carries = CopyForward.carries(from: previous, to: medarbetareId, alreadyRated: already)
            var copied = 0
            for carry in carries {
                // A case rated by someone else in this period (handed over twice) is not taken.
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM workload_rating WHERE case_id = ? AND period = ?",
                                     arguments: [carry.caseId, period.description]) == true { continue }
                try self.insertRating(db, caseId: carry.caseId, medarbetareId: medarbetareId, period: period,
                                      time: carry.time, difficulty: carry.difficulty)
                copied += 1
            }
            return copied
        }
    }

    // MARK: Decisions

    /// Records a decision on a case: prioritera, kan vänta (until a date), omfördela (to a colleague), avsluta.
    ///
    /// Omfördela makes the colleague the case's owner and puts it on her list from the
    /// period after `period`, with the same ratings. Avsluta takes the case off the later
    /// periods it was already copied into and not touched since (see `closeLaterCopies`),
    /// so those periods' load no longer counts it.
    /// - Parameters:
    ///   - caseId: the case.
    ///   - period: the period the decision is made in.
    ///   - kind: what was decided.
    ///   - reviewDate: for kan vänta, the review date as typed (`YYYY-MM-DD`), today or later.
    ///   - toMedarbetareId: for omfördela, the colleague.
    ///   - note: an optional note.
    ///   - today: today, for the period rule and the review date.
    /// - Returns: the stored decision.
    /// - Throws: `WorkloadFailure` (`.reviewDate`, `.colleague`, `.note`, `.period`), `StoreError.notFound`.
    @discardableResult
    public func decide(
        caseId: Int64, period: WorkloadPeriod, kind: DecisionKind, reviewDate: String? = nil,
        toMedarbetareId: Int64? = nil, note: String = "", today: LocalDate
    ) throws -> CaseDecision {
        try PeriodRule.check(period, today: today)
        let cleanNote = try CaseDraft.checkNote(note)
        var review: LocalDate?
        if kind == .kanVanta {
            let text = (reviewDate ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { throw WorkloadFailure(.reviewDate, .reviewDateRequired) }
            review = try PeriodRule.date(text, field: .reviewDate)
            if let review, review < today { throw WorkloadFailure(.reviewDate, .beforeToday(today.iso)) }
        }
        return try writer.write { db in
            guard let owner = try Int64.fetchOne(db, sql: "SELECT medarbetare_id FROM workload_case WHERE id = ?",
                                                 arguments: [caseId]) else {
                throw StoreError.notFound(entity: "workload_case", id: caseId)
            }
            var target: Int64?
            if kind == .omfordela {
                guard let to = toMedarbetareId else { throw WorkloadFailure(.colleague, .required) }
                let sameTeam = try Bool.fetchOne(db, sql: """
                    SELECT count(*) = 1 FROM medarbetare a JOIN medarbetare b ON a.team_id = b.team_id
                    WHERE a.id = ? AND b.id = ? AND b.active = 1 AND a.id != b.id
                    """, arguments: [owner, to]) ?? false
                guard sameTeam else { throw WorkloadFailure(.colleague, .notInTeam) }
                target = to
            }
            let at = AppDatabase.timestamp(self.now())
            try db.execute(sql: """
                INSERT INTO workload_decision (case_id, period, kind, review_date, to_medarbetare_id, note, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [caseId, period.description, kind.rawValue, review?.iso, target, cleanNote, self.user, at])
            let decision = CaseDecision(
                id: try db.lastInsertedRowID(), caseId: caseId, period: period, kind: kind, reviewDate: review,
                toMedarbetareId: target, note: cleanNote, decidedBy: self.user, decidedAt: at)
            try self.recordAudit(db, .insert, entity: "workload_decision", entityId: decision.id, before: nil, after: [
                "case_id": .integer(caseId), "period": .text(period.description), "kind": .text(kind.rawValue),
                "review_date": review.map { .text($0.iso) } ?? .null,
                "to_medarbetare_id": target.map { .integer($0) } ?? .null, "note": .text(cleanNote),
            ])
            if let target { try self.handOver(db, caseId: caseId, from: owner, to: target, after: period) }
            if kind == .avsluta { try self.closeLaterCopies(db, caseId: caseId, after: period) }
            return decision
        }
    }

    /// Removes a closed case from the periods after `period` that only hold a copy of it:
    /// one by one from the next period on, a rating with the same time and difficulty as
    /// the rating it was copied from, and no decision of its own in that period. The first
    /// later period where the case was rated differently or decided on stops the removal:
    /// someone worked on it there, and that stays (as omfördela leaves a colleague's own
    /// rating alone). Each removal is audited like `removeRating`.
    /// - Returns: how many later ratings were removed.
    @discardableResult
    private func closeLaterCopies(_ db: any StoreConnection, caseId: Int64, after period: WorkloadPeriod) throws -> Int {
        guard let closed = try StoreRow.fetchOne(db, sql: """
            SELECT time, difficulty FROM workload_rating WHERE case_id = ? AND period <= ? ORDER BY period DESC LIMIT 1
            """, arguments: [caseId, period.description]) else { return 0 }
        let (time, difficulty): (Int, Int) = (closed["time"], closed["difficulty"])
        let later = try StoreRow.fetchAll(db, sql: """
            SELECT r.id, r.medarbetare_id, r.period, r.time, r.difficulty,
                   EXISTS (SELECT 1 FROM workload_decision d WHERE d.case_id = r.case_id AND d.period = r.period) AS decided
            FROM workload_rating r WHERE r.case_id = ? AND r.period > ? ORDER BY r.period
            """, arguments: [caseId, period.description])
        var removed = 0
        for row in later {
            guard row["time"] == time, row["difficulty"] == difficulty, row["decided"] == false else { break }
            let id: Int64 = row["id"]
            try db.execute(sql: "DELETE FROM workload_rating WHERE id = ?", arguments: [id])
            try recordAudit(db, .deactivate, entity: "workload_rating", entityId: id, before: [
                "case_id": .integer(caseId), "medarbetare_id": .integer(row["medarbetare_id"]),
                "period": .text(row["period"]), "time": .integer(Int64(time)), "difficulty": .integer(Int64(difficulty)),
            ], after: [:])
            removed += 1
        }
        return removed
    }

    /// Makes a colleague the owner and moves (or copies) the next period's rating to her.
    private func handOver(_ db: any StoreConnection, caseId: Int64, from owner: Int64, to target: Int64, after period: WorkloadPeriod) throws {
        try db.execute(sql: "UPDATE workload_case SET medarbetare_id = ? WHERE id = ?", arguments: [target, caseId])
        try recordAudit(db, .update, entity: "workload_case", entityId: caseId,
                        before: ["medarbetare_id": .integer(owner)], after: ["medarbetare_id": .integer(target)])
        let next = period.next.description
        if let existing = try StoreRow.fetchOne(db, sql: "SELECT id, medarbetare_id FROM workload_rating WHERE case_id = ? AND period = ?",
                                           arguments: [caseId, next]) {
            let id: Int64 = existing["id"]
            try db.execute(sql: "UPDATE workload_rating SET medarbetare_id = ? WHERE id = ?", arguments: [target, id])
            try recordAudit(db, .update, entity: "workload_rating", entityId: id,
                            before: ["medarbetare_id": .integer(existing["medarbetare_id"])], after: ["medarbetare_id": .integer(target)])
        } else if let current = try StoreRow.fetchOne(db, sql: """
            SELECT time, difficulty FROM workload_rating WHERE case_id = ? AND period <= ? ORDER BY period DESC LIMIT 1
            """, arguments: [caseId, period.description]) {
            try insertRating(db, caseId: caseId, medarbetareId: target, period: period.next,
                             time: current["time"], difficulty: current["difficulty"])
        }
    }

    // MARK: Time diary

    /// Sets the minutes of one category on one day (0 clears it).
    /// - Parameters:
    ///   - medarbetareId: the person.
    ///   - day: the day as typed (`YYYY-MM-DD`).
    ///   - category: the category.
    ///   - minutes: the minutes as typed: `90` or `9s` (10-minute slots).
    ///   - today: today; days after today are refused.
    /// - Returns: the stored minutes.
    /// - Throws: `WorkloadFailure` (`.day`, `.minutes`).
    @discardableResult
    public func setDiaryMinutes(medarbetareId: Int64, day: String, category: TimeCategory, minutes: String, today: LocalDate) throws -> Int {
        let date = try PeriodRule.date(day, field: .day)
        if today < date { throw WorkloadFailure(.day, .periodTooFarAhead(latest: today.iso)) }
        let value: Int
        do { value = try TimeDiary.parseMinutes(minutes) } catch { throw WorkloadFailure(.minutes, error) }
        try writer.write { db in
            try Self.requireActiveStaff(db, medarbetareId)
            let others = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(minutes), 0) FROM timediary_entry WHERE medarbetare_id = ? AND day = ? AND category != ?
                """, arguments: [medarbetareId, date.iso, category.rawValue]) ?? 0
            if others + value > TimeDiary.dayMinutes { throw WorkloadFailure(.minutes, .dayTooLong(minutes: others + value)) }
            let existing = try StoreRow.fetchOne(db, sql: """
                SELECT id, minutes FROM timediary_entry WHERE medarbetare_id = ? AND day = ? AND category = ?
                """, arguments: [medarbetareId, date.iso, category.rawValue])
            if let existing {
                let id: Int64 = existing["id"]
                try db.execute(sql: "UPDATE timediary_entry SET minutes = ? WHERE id = ?", arguments: [value, id])
                try self.recordAudit(db, .update, entity: "timediary_entry", entityId: id,
                                     before: ["minutes": .integer(existing["minutes"])], after: ["minutes": .integer(Int64(value))])
            } else {
                try db.execute(sql: "INSERT INTO timediary_entry (medarbetare_id, day, category, minutes) VALUES (?, ?, ?, ?)",
                               arguments: [medarbetareId, date.iso, category.rawValue, value])
                try self.recordAudit(db, .insert, entity: "timediary_entry", entityId: try db.lastInsertedRowID(), before: nil, after: [
                    "medarbetare_id": .integer(medarbetareId), "day": .text(date.iso),
                    "category": .text(category.rawValue), "minutes": .integer(Int64(value)),
                ])
            }
        }
        return value
    }

    // MARK: Helpers

    @_spi(Seeding) public func insertRating(_ db: any StoreConnection, caseId: Int64, medarbetareId: Int64, period: WorkloadPeriod, time: Int, difficulty: Int) throws {
        try db.execute(sql: """
            INSERT INTO workload_rating (case_id, medarbetare_id, period, time, difficulty) VALUES (?, ?, ?, ?, ?)
            """, arguments: [caseId, medarbetareId, period.description, time, difficulty])
        try recordAudit(db, .insert, entity: "workload_rating", entityId: try db.lastInsertedRowID(), before: nil, after: [
            "case_id": .integer(caseId), "medarbetare_id": .integer(medarbetareId), "period": .text(period.description),
            "time": .integer(Int64(time)), "difficulty": .integer(Int64(difficulty)),
        ])
    }

    private func changeRating(_ db: any StoreConnection, caseId: Int64, period: WorkloadPeriod, time: Int, difficulty: Int) throws {
        let select = try db.cachedStatement(sql: """
            SELECT id, time, difficulty FROM workload_rating WHERE case_id = ? AND period = ?
            """)
        guard let row = try StoreRow.fetchOne(select, arguments: [caseId, period.description]) else {
            throw StoreError.notFound(entity: "workload_rating", id: caseId)
        }
        let id: Int64 = row["id"]
        try db.cachedStatement(sql: "UPDATE workload_rating SET time = ?, difficulty = ? WHERE id = ?")
            .execute(arguments: [time, difficulty, id])
        try recordAudit(db, .update, entity: "workload_rating", entityId: id,
                        before: ["time": .integer(row["time"]), "difficulty": .integer(row["difficulty"])],
                        after: ["time": .integer(Int64(time)), "difficulty": .integer(Int64(difficulty))])
    }

    static func requireActiveStaff(_ db: any StoreConnection, _ medarbetareId: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT active FROM medarbetare WHERE id = ?", arguments: [medarbetareId]) == true else {
            throw WorkloadFailure(.medarbetare, .unknownReference)
        }
    }

    /// Last period's cases of a worker and those handed to her, with their latest decisions.
    static func carriedCases(_ db: any StoreConnection, period: WorkloadPeriod, intoOwner owner: Int64) throws -> [CarriedCase] {
        try StoreRow.fetchAll(db, sql: """
            SELECT r.case_id, r.medarbetare_id, r.time, r.difficulty, d.kind, d.to_medarbetare_id
            FROM workload_rating r
            JOIN workload_case c ON c.id = r.case_id
            LEFT JOIN workload_decision d ON d.id = (SELECT max(id) FROM workload_decision WHERE case_id = r.case_id)
            WHERE r.period = ? AND (r.medarbetare_id = ? OR c.medarbetare_id = ?)
            ORDER BY c.reference, r.case_id
            """, arguments: [period.description, owner, owner]).map { row in
            CarriedCase(
                caseId: row["case_id"], medarbetareId: row["medarbetare_id"], time: row["time"], difficulty: row["difficulty"],
                decision: (row["kind"] as String?).flatMap(DecisionKind.init(rawValue:)), toMedarbetareId: row["to_medarbetare_id"])
        }
    }

    static func fetchWorkloadSettings(_ db: any StoreConnection) throws -> WorkloadSettings {
        guard let row = try StoreRow.fetchOne(db, sql: "SELECT * FROM workload_settings WHERE id = 1") else { return .standard }
        return WorkloadSettings(
            periodKind: PeriodKind(rawValue: row["period_kind"]) ?? .week, highThreshold: row["high_threshold"],
            heavyOverall: row["heavy_overall"], heavyTungPercent: row["heavy_tung_percent"],
            heavyPeriodsInRow: row["heavy_periods_in_row"], mismatchHighOverall: row["mismatch_high_overall"],
            mismatchLattPercent: row["mismatch_latt_percent"], mismatchLowOverall: row["mismatch_low_overall"],
            mismatchTungPercent: row["mismatch_tung_percent"], mismatchMinCases: row["mismatch_min_cases"])
    }

    static func auditValues(_ settings: WorkloadSettings) -> [String: AuditValue] {
        [
            "period_kind": .text(settings.periodKind.rawValue), "high_threshold": .integer(Int64(settings.highThreshold)),
            "heavy_overall": .integer(Int64(settings.heavyOverall)), "heavy_tung_percent": .integer(Int64(settings.heavyTungPercent)),
            "heavy_periods_in_row": .integer(Int64(settings.heavyPeriodsInRow)),
            "mismatch_high_overall": .integer(Int64(settings.mismatchHighOverall)),
            "mismatch_latt_percent": .integer(Int64(settings.mismatchLattPercent)),
            "mismatch_low_overall": .integer(Int64(settings.mismatchLowOverall)),
            "mismatch_tung_percent": .integer(Int64(settings.mismatchTungPercent)),
            "mismatch_min_cases": .integer(Int64(settings.mismatchMinCases)),
        ]
    }
}
