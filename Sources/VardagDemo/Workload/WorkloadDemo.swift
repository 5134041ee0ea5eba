import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// Fyrfältaren demo data: ratings for every team for the last 12 weeks, some heavy workers,
/// waiting cases and time diary weeks, so the overview has something true to show.
///
/// Deterministic for a seed and a `today`. Written in one transaction with audit rows, like the app's writes.
public enum WorkloadDemo {
    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var ratings: Int
        public var cases: Int
        public var decisions: Int
        public var diaryEntries: Int
    }

    /// Adds the demo data on top of the demo register.
    /// - Parameters:
    ///   - store: a database with the demo register and no workload data.
    ///   - today: the day the demo is made (today by default); the 12 weeks end with its week.
    ///   - seed: the random seed.
    /// - Returns: what was written.
    /// - Throws: GRDB errors.
    @discardableResult
    public static func populate(_ store: AppDatabase, today: LocalDate = LocalDate.today(), seed: UInt64 = 48) throws -> Summary {
        var random = SeededGenerator(seed: seed)
        let weeks = WorkloadPeriod(containing: today, kind: .week).trailing(12)
        return try store.writeGeneratedData { db in
            var summary = Summary(ratings: 0, cases: 0, decisions: 0, diaryEntries: 0)
            let teams = try StoreRow.fetchAll(db, sql: "SELECT id FROM team WHERE active = 1 ORDER BY id")
            for (teamIndex, team) in teams.enumerated() {
                let teamId: Int64 = team["id"]
                let people = try Int64.fetchAll(db, sql: """
                    SELECT id FROM medarbetare WHERE team_id = ? AND active = 1 ORDER BY sort_key, id
                    """, arguments: [teamId])
                var caseNumber = 1
                for (personIndex, person) in people.enumerated() {
                    // Every third team has one worker who has been heavy for the last weeks.
                    let heavy = teamIndex % 3 == 0 && personIndex == people.count - 1
                    let caseCount = heavy ? 14 : Int.random(in: 5...11, using: &random)
                    var cases: [(id: Int64, time: Int, difficulty: Int)] = []
                    for _ in 0..<caseCount {
                        let type = CaseType.allCases[Int.random(in: 0..<CaseType.allCases.count, using: &random)]
                        try db.execute(sql: "INSERT INTO workload_case (medarbetare_id, reference, case_type, note) VALUES (?, ?, ?, '')",
                                       arguments: [person, "Ärende \(caseNumber)", type.rawValue])
                        let id = try db.lastInsertedRowID()
                        try store.recordAudit(db, .insert, entity: "workload_case", entityId: id, before: nil, after: [
                            "medarbetare_id": .integer(person), "reference": .text("Ärende \(caseNumber)"), "case_type": .text(type.rawValue),
                        ])
                        caseNumber += 1
                        summary.cases += 1
                        cases.append((id, Int.random(in: 1...4, using: &random), Int.random(in: 1...4, using: &random)))
                    }
                    for (weekIndex, week) in weeks.enumerated() {
                        let late = weekIndex >= weeks.count - 3
                        for (i, item) in cases.enumerated() {
                            var time = item.time, difficulty = item.difficulty
                            if Int.random(in: 0..<4, using: &random) == 0 { time = Rating(clamping: time + Int.random(in: -1...1, using: &random)).value }
                            if Int.random(in: 0..<4, using: &random) == 0 { difficulty = Rating(clamping: difficulty + Int.random(in: -1...1, using: &random)).value }
                            if heavy && late && i < 10 { time = max(time, 4); difficulty = max(difficulty, 4) }
                            try store.insertRating(db, caseId: item.id, medarbetareId: person, period: week, time: time, difficulty: difficulty)
                            summary.ratings += 1
                        }
                        let overall = heavy && late ? 5 : Int.random(in: 2...4, using: &random)
                        // The current week is not rated by everyone yet.
                        if heavy || weekIndex < weeks.count - 1 || personIndex % 2 == 0 {
                            try db.execute(sql: "INSERT INTO workload_overall (medarbetare_id, period, rating) VALUES (?, ?, ?)",
                                           arguments: [person, week.description, overall])
                            try store.recordAudit(db, .insert, entity: "workload_overall", entityId: try db.lastInsertedRowID(), before: nil, after: [
                                "medarbetare_id": .integer(person), "period": .text(week.description), "rating": .integer(Int64(overall)),
                            ])
                        }
                    }
                    // Decisions from the last talk: one priority, and one or two waiting cases.
                    let lastWeek = weeks[weeks.count - 2]
                    if cases.count >= 3 {
                        summary.decisions += try decide(store, db, caseId: cases[0].id, period: lastWeek, kind: .prioritera, review: nil,
                                                        note: "Först i veckan")
                        let review = today.adding(days: Int.random(in: -2...20, using: &random))
                        summary.decisions += try decide(store, db, caseId: cases[1].id, period: lastWeek, kind: .kanVanta, review: review,
                                                        note: "Väntar på underlag")
                        if heavy {
                            summary.decisions += try decide(store, db, caseId: cases[2].id, period: lastWeek, kind: .kanVanta,
                                                            review: today.adding(days: 2), note: "Avlastning")
                        }
                    }
                    // Time diaries: the weekdays of the last three weeks up to today, in every other team.
                    if teamIndex % 2 == 0 {
                        for week in weeks.suffix(3) {
                            for day in week.firstDay.days(through: week.firstDay.adding(days: 4)) where day <= today {
                                var left = 480
                                let direct = Int.random(in: 6...20, using: &random) * 10
                                for (category, minutes) in [(TimeCategory.direkt, direct), (.indirekt, Int.random(in: 6...14, using: &random) * 10),
                                                            (.resor, Int.random(in: 2...8, using: &random) * 10), (.ovrigt, 30)] {
                                    let value = min(left, minutes)
                                    left -= value
                                    try insertDiary(store, db, person: person, day: day, category: category, minutes: value)
                                    summary.diaryEntries += 1
                                }
                                try insertDiary(store, db, person: person, day: day, category: .administration, minutes: left)
                                summary.diaryEntries += 1
                            }
                        }
                    }
                }
            }
            return summary
        }
    }

    private static func decide(
        _ store: AppDatabase, _ db: any StoreConnection, caseId: Int64, period: WorkloadPeriod, kind: DecisionKind, review: LocalDate?, note: String
    ) throws -> Int {
        try db.execute(sql: """
            INSERT INTO workload_decision (case_id, period, kind, review_date, note, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, 'demo', ?)
            """, arguments: [caseId, period.description, kind.rawValue, review?.iso, note,
                             "\(period.firstDay.adding(days: 2).iso)T09:00:00.000Z"])
        try store.recordAudit(db, .insert, entity: "workload_decision", entityId: try db.lastInsertedRowID(), before: nil, after: [
            "case_id": .integer(caseId), "kind": .text(kind.rawValue), "review_date": review.map { .text($0.iso) } ?? .null,
        ])
        return 1
    }

    private static func insertDiary(_ store: AppDatabase, _ db: any StoreConnection, person: Int64, day: LocalDate, category: TimeCategory, minutes: Int) throws {
        try db.execute(sql: "INSERT INTO timediary_entry (medarbetare_id, day, category, minutes) VALUES (?, ?, ?, ?)",
                       arguments: [person, day.iso, category.rawValue, minutes])
        try store.recordAudit(db, .insert, entity: "timediary_entry", entityId: try db.lastInsertedRowID(), before: nil, after: [
            "medarbetare_id": .integer(person), "day": .text(day.iso), "category": .text(category.rawValue), "minutes": .integer(Int64(minutes)),
        ])
    }
}

extension LocalDate {
    /// The dates from this one through another, inclusive.
    func days(through last: LocalDate) -> [LocalDate] {
        guard self <= last else { return [] }
        return (0...days(to: last)).map { adding(days: $0) }
    }
}
