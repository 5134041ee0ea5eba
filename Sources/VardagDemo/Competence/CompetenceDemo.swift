import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// Fills the competence tables for every active person of a demo region: uniform titles,
/// education with realistic gaps, certificates, some undersköterskor on the transition,
/// completed steps in order (a few by validering), wishes and development plans,
/// some of them overdue. Deterministic for a seed.
public enum CompetenceDemo {
    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var mapped: Int
        public var steps: Int
        public var planItems: Int
        public var onTransition: Int
    }

    static let wishes = [
        "", "", "", "Vill gå nästa steg under våren.", "Fördjupning i demens och bemötande.",
        "Handledning i motiverande samtal.", "Vill läsa in undersköterskebevis.", "Mer om lågaffektivt bemötande.",
        "Läkemedelsdelegering.", "Vill bli handledare för nya kollegor.",
    ]
    static let extraCourses = ["Basala hygienrutiner, repetition", "Brandskydd", "Första hjälpen", "Social dokumentation, fördjupning"]

    /// Maps every active person who has no mapping yet.
    /// - Parameters:
    ///   - db: a database with a register (e.g. after `DemoData.populate`).
    ///   - seed: the random seed.
    ///   - withAudit: one audit row per person (the app's normal path); the benchmark turns it off for speed.
    /// - Returns: what was written.
    /// - Throws: GRDB errors.
    @discardableResult
    public static func populate(_ db: AppDatabase, seed: UInt64 = 2026, withAudit: Bool = true) throws -> Summary {
        try db.writeGeneratedData { connection in
            var random = SeededGenerator(seed: seed ^ 0xC0FFEE)
            let titles = try AppDatabase.fetchTitles(connection)
            let ladders = try AppDatabase.fetchLadders(connection)
            let people = try AppDatabase.fetchPeople(connection, scope: .all).filter { !$0.isMapped }
            let stepsStart = try LocalDate(year: 2018, month: 1, day: 8).daysSinceEpoch
            let planStart = try LocalDate(year: 2026, month: 1, day: 15).daysSinceEpoch
            let planEnd = try LocalDate(year: 2027, month: 9, day: 30).daysSinceEpoch
            let insertPlan = try connection.cachedStatement(sql: """
                INSERT INTO competence_plan (medarbetare_id, step_no, course, target_date, status) VALUES (?, ?, ?, ?, ?)
                """)
            var summary = Summary(mapped: 0, steps: 0, planItems: 0, onTransition: 0)
            for person in people {
                let title = person.mapping.titleId.flatMap { id in titles.first { $0.id == id } }
                var mapping = person.mapping
                let roll = Int.random(in: 0..<100, using: &random)
                if let title {
                    if roll < 72 {
                        mapping.educationKind = title.educationKind
                        mapping.points = title.educationKind == .gymnasial ? title.points + [0, 0, 100, 200][roll % 4] : 0
                    } else if title.educationKind == .gymnasial {
                        mapping.educationKind = roll < 90 ? .gymnasial : .ingen
                        mapping.points = mapping.educationKind == .gymnasial ? [400, 800, 1100, 1200][roll % 4] : 0
                    } else {
                        mapping.educationKind = title.educationKind == .hogskola ? .yrkeshogskola : .gymnasial
                        mapping.points = mapping.educationKind == .gymnasial ? 1500 : 0
                    }
                    if mapping.educationKind != .ingen { mapping.educationYear = 1985 + roll % 40 }
                    if title.protected || title.certificateRequired {
                        mapping.certificate = Int.random(in: 0..<100, using: &random) < 55
                        if !mapping.certificate && ProtectedTitleRule.couldRelyOnTransition(startDate: person.startDate) {
                            mapping.employedOnProtectionDay = true
                            summary.onTransition += 1
                        }
                    }
                }
                var nextStep = 1
                if ladders[person.omrade] != nil {
                    let done = person.isManager ? Int.random(in: 0...2, using: &random) : Int.random(in: 0...5, using: &random)
                    var day = stepsStart + Int.random(in: 0..<700, using: &random)
                    for step in 0..<done {
                        let validering = step == 0 && Int.random(in: 0..<10, using: &random) == 0
                        mapping.completions.append(StepCompletion(step: step + 1, date: try LocalDate(daysSinceEpoch: day), validering: validering))
                        day += 120 + Int.random(in: 0..<300, using: &random)
                        if day > planStart + 300 { break }
                    }
                    nextStep = mapping.completions.count + 1
                }
                mapping.wishes = wishes[Int.random(in: 0..<wishes.count, using: &random)]
                try AppDatabase.upsertMapping(connection, mapping)
                try AppDatabase.replaceSteps(connection, person.id, mapping.completions)
                if withAudit {
                    try db.recordAudit(connection, .insert, entity: "competence_mapping", entityId: person.id, before: nil,
                                       after: try AppDatabase.mappingAudit(connection, person.id) ?? [:])
                }
                summary.mapped += 1
                summary.steps += mapping.completions.count
                // Plans: managers always (they lead the change), others often.
                let plans = person.isManager || Int.random(in: 0..<100, using: &random) < 45
                if plans && nextStep <= Ladder.stepCount && ladders[person.omrade] != nil {
                    let target = try LocalDate(daysSinceEpoch: Int.random(in: planStart...planEnd, using: &random))
                    let status: PlanStatus = Int.random(in: 0..<3, using: &random) == 0 ? .pagar : .planerad
                    try insertPlan.execute(arguments: [person.id, nextStep, "", target.iso, status.rawValue])
                    summary.planItems += 1
                }
                if Int.random(in: 0..<100, using: &random) < 15 {
                    let course = extraCourses[Int.random(in: 0..<extraCourses.count, using: &random)]
                    let target = try LocalDate(daysSinceEpoch: Int.random(in: planStart...planEnd, using: &random))
                    try insertPlan.execute(arguments: [person.id, nil, course, target.iso, PlanStatus.planerad.rawValue])
                    summary.planItems += 1
                }
            }
            return summary
        }
    }
}
