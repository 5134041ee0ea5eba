import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// The benchmark's large Fyrfältaren database: many teams, years of weekly ratings.
///
/// Written without audit rows (it is generated, not entered) in one transaction with
/// prepared statements, so three million ratings take seconds rather than minutes.
public enum WorkloadLargeData {
    /// The shape of the data.
    public struct Plan: Hashable, Sendable {
        public var teams: Int
        public var staffPerTeam: Int
        public var weeks: Int
        public var casesPerPerson: Int
        /// How many kommuner the teams are spread over (nil: one per ten teams).
        public var kommuner: Int?

        public init(teams: Int = 100, staffPerTeam: Int = 20, weeks: Int = 104, casesPerPerson: Int = 15, kommuner: Int? = nil) {
            self.kommuner = kommuner
            self.teams = teams
            self.staffPerTeam = staffPerTeam
            self.weeks = weeks
            self.casesPerPerson = casesPerPerson
        }
    }

    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var teamIds: [Int64]
        public var staff: Int
        public var ratings: Int
        public var lastWeek: WorkloadPeriod
    }

    /// Fills an empty database.
    /// - Parameters:
    ///   - store: an empty database.
    ///   - plan: the size.
    ///   - lastWeek: the newest week rated.
    ///   - seed: the random seed.
    /// - Returns: what was written.
    /// - Throws: `StoreError.databaseNotEmpty`, GRDB errors.
    @discardableResult
    public static func populate(_ store: AppDatabase, plan: Plan, lastWeek: WorkloadPeriod, seed: UInt64 = 7) throws -> Summary {
        var random = SeededGenerator(seed: seed)
        let catalogue = try DemoCatalogue.load()
        let weeks = lastWeek.trailing(plan.weeks).map(\.description)
        return try store.writeGeneratedData { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM kommun") == 0 else { throw StoreError.databaseNotEmpty }
            var teamIds: [Int64] = []
            let kommuner = max(1, plan.kommuner ?? plan.teams / 10)
            var enheter: [Int64] = []
            for k in 0..<kommuner {
                let kommun = try store.insertKommun(db, name: catalogue.kommunName(index: k))
                for e in 0..<max(1, plan.teams / kommuner) where teamIds.count + enheter.count < plan.teams {
                    let enhet = try store.insertEnhet(db, kommunId: kommun.id, name: "IFO \(e + 1)", omrade: .ifo)
                    enheter.append(enhet.id)
                }
            }
            for (i, enhet) in enheter.enumerated() where teamIds.count < plan.teams {
                teamIds.append(try store.insertTeam(db, enhetId: enhet, name: "Team \(i + 1)").id)
            }
            let start = try LocalDate(year: 2015, month: 1, day: 1)
            var people: [Int64] = []
            for teamId in teamIds {
                for _ in 0..<plan.staffPerTeam {
                    let name = catalogue.firstNames[Int.random(in: 0..<catalogue.firstNames.count, using: &random)] + " "
                        + catalogue.lastNames[Int.random(in: 0..<catalogue.lastNames.count, using: &random)]
                    people.append(try store.insertMedarbetare(db, MedarbetareDraft(
                        teamId: teamId, name: name, title: "Socialsekreterare", role: .medarbetare, startDate: start)).id)
                }
            }
            let insertCase = try db.makeStatement(sql: "INSERT INTO workload_case (medarbetare_id, reference, case_type) VALUES (?, ?, 'utredning')")
            let insertRating = try db.makeStatement(sql: """
                INSERT INTO workload_rating (case_id, medarbetare_id, period, time, difficulty) VALUES (?, ?, ?, ?, ?)
                """)
            let insertOverall = try db.makeStatement(sql: "INSERT INTO workload_overall (medarbetare_id, period, rating) VALUES (?, ?, ?)")
            var ratings = 0
            for person in people {
                var cases: [(Int64, Int, Int)] = []
                for c in 0..<plan.casesPerPerson {
                    try insertCase.execute(arguments: [person, "Ärende \(c + 1)"])
                    cases.append((try db.lastInsertedRowID(), Int.random(in: 1...5, using: &random), Int.random(in: 1...5, using: &random)))
                }
                for week in weeks {
                    for (caseId, time, difficulty) in cases {
                        let drift = Int(random.next() % 3) - 1
                        try insertRating.execute(arguments: [caseId, person, week, Rating(clamping: time + drift).value, difficulty])
                        ratings += 1
                    }
                    try insertOverall.execute(arguments: [person, week, Int(random.next() % 5) + 1])
                }
            }
            return Summary(teamIds: teamIds, staff: people.count, ratings: ratings, lastWeek: lastWeek)
        }
    }
}
