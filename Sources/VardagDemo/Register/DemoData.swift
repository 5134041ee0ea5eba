import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// Fills an empty database with a fictional region for demos, screenshots and benchmarks.
///
/// Everything is deterministic: the same seed gives the same people, titles, dates and ids.
/// The rows go through the same validated inserts and audit trail as the app's own writes,
/// all in one transaction.
public enum DemoData {
    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var kommuner: Int
        public var enheter: Int
        public var teams: Int
        public var medarbetare: Int
        public var inactive: Int
    }

    /// The shape of a generated region.
    struct Plan: Sendable {
        var kommuner: Int
        var firstKommun = 0
        var enheterPerOmrade: @Sendable (Verksamhetsomrade) -> Int
        var teamsPerEnhet: @Sendable (Verksamhetsomrade) -> Int
        var staff: Int
        var uniqueNames: Bool
    }

    /// The small demo region: 3 kommuner, 15 enheter in all four verksamhetsområden,
    /// 21 teams and 60 staff (6 inactive), with chefs, teamledare and vägledare.
    /// - Parameters:
    ///   - db: an empty database.
    ///   - seed: the random seed.
    ///   - firstKommun: the place in the catalogue's list of the first kommun's name (another
    ///     value gives other kommun names, for a second kommun's file to merge into a region).
    /// - Returns: what was written.
    /// - Throws: `StoreError.databaseNotEmpty` when the register has any kommun.
    @discardableResult
    public static func populate(_ db: AppDatabase, seed: UInt64 = 2026, firstKommun: Int = 0) throws -> Summary {
        try populate(db, plan: Plan(
            kommuner: 3, firstKommun: firstKommun,
            enheterPerOmrade: { $0 == .vardOchOmsorg ? 2 : 1 },
            teamsPerEnhet: { $0 == .vardOchOmsorg ? 2 : 1 },
            staff: 60, uniqueNames: true), seed: seed)
    }

    /// A large region for benchmarks: 10 kommuner, 80 enheter and teams of about 25 people.
    /// - Parameters:
    ///   - db: an empty database.
    ///   - staff: how many staff (10,000 for the benchmark).
    ///   - seed: the random seed.
    /// - Returns: what was written.
    /// - Throws: `StoreError.databaseNotEmpty` when the register has any kommun.
    @discardableResult
    public static func populateLarge(_ db: AppDatabase, staff: Int = 10_000, seed: UInt64 = 2026) throws -> Summary {
        let enheter = 10 * 4 * 2
        let teamsPerEnhet = max(1, Int((Double(staff) / Double(enheter * 25)).rounded(.up)))
        return try populate(db, plan: Plan(
            kommuner: 10, enheterPerOmrade: { _ in 2 }, teamsPerEnhet: { _ in teamsPerEnhet },
            staff: staff, uniqueNames: false), seed: seed)
    }

    static func populate(_ db: AppDatabase, plan: Plan, seed: UInt64) throws -> Summary {
        let catalogue = try DemoCatalogue.load()
        return try db.writeGeneratedData { connection in
            guard try Int.fetchOne(connection, sql: "SELECT count(*) FROM kommun") == 0 else { throw StoreError.databaseNotEmpty }
            var random = SeededGenerator(seed: seed)
            var teams: [(team: Team, omrade: Verksamhetsomrade, firstInEnhet: Bool)] = []
            var enhetCount = 0
            for kommunIndex in 0..<plan.kommuner {
                let kommun = try db.insertKommun(connection, name: catalogue.kommunName(index: plan.firstKommun + kommunIndex))
                for omrade in Verksamhetsomrade.allCases {
                    for enhetIndex in 0..<plan.enheterPerOmrade(omrade) {
                        let enhet = try db.insertEnhet(
                            connection, kommunId: kommun.id,
                            name: catalogue.enhetName(omrade, index: enhetIndex), omrade: omrade)
                        enhetCount += 1
                        for teamIndex in 0..<plan.teamsPerEnhet(omrade) {
                            let team = try db.insertTeam(
                                connection, enhetId: enhet.id, name: catalogue.teamName(omrade, index: teamIndex))
                            teams.append((team, omrade, teamIndex == 0))
                        }
                    }
                }
            }
            var usedNames: Set<String> = []
            var inactive = 0
            let earliest = (try? LocalDate(year: 2008, month: 1, day: 1))!.daysSinceEpoch
            let latest = (try? LocalDate(year: 2025, month: 10, day: 31))!.daysSinceEpoch
            for index in 0..<plan.staff {
                let slot = teams[index % teams.count]
                let positionInTeam = index / teams.count
                var name = randomName(catalogue, &random)
                while plan.uniqueNames && usedNames.contains(name) { name = randomName(catalogue, &random) }
                usedNames.insert(name)
                let role: MedarbetarRoll
                let title: String
                let areaTitles = catalogue.titles[slot.omrade.rawValue] ?? ["Medarbetare"]
                if positionInTeam == 0 && slot.firstInEnhet {
                    role = .chef
                    title = catalogue.managerTitle
                } else if positionInTeam == 1 && slot.omrade == .vardOchOmsorg {
                    role = .teamledare
                    title = areaTitles[0]
                } else {
                    role = index % 15 == 7 ? .vagledare : .medarbetare
                    title = areaTitles[Int.random(in: 0..<areaTitles.count, using: &random)]
                }
                let start = try LocalDate(daysSinceEpoch: Int.random(in: earliest...latest, using: &random))
                let active = index % 10 != 9
                if !active { inactive += 1 }
                _ = try db.insertMedarbetare(
                    connection,
                    MedarbetareDraft(teamId: slot.team.id, name: name, title: title, role: role, startDate: start),
                    active: active)
            }
            return Summary(kommuner: plan.kommuner, enheter: enhetCount, teams: teams.count,
                           medarbetare: plan.staff, inactive: inactive)
        }
    }

    private static func randomName(_ catalogue: DemoCatalogue, _ random: inout SeededGenerator) -> String {
        let first = catalogue.firstNames[Int.random(in: 0..<catalogue.firstNames.count, using: &random)]
        let last = catalogue.lastNames[Int.random(in: 0..<catalogue.lastNames.count, using: &random)]
        return "\(first) \(last)"
    }
}
