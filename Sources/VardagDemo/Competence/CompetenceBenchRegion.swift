import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// The benchmark's region: Fyrbodal-sized, 14 kommuner, with units of about 300 people.
public enum CompetenceBenchRegion {
    /// Generates the register (14 kommuner, 6 units each: 3 vård och omsorg, 2 funktionshinder,
    /// 1 socialpsykiatri, 12 teams per unit) and maps every active person.
    /// - Parameters:
    ///   - db: an empty database.
    ///   - staff: how many staff in all (30,000 for the benchmark).
    /// - Returns: the register summary and the competence summary.
    /// - Throws: `StoreError.databaseNotEmpty`, GRDB errors.
    public static func populate(_ db: AppDatabase, staff: Int = 30_000) throws -> (DemoData.Summary, CompetenceDemo.Summary) {
        let register = try DemoData.populate(db, plan: DemoData.Plan(
            kommuner: 14,
            enheterPerOmrade: { omrade in
                switch omrade {
                case .vardOchOmsorg: return 3
                case .funktionshinder: return 2
                case .socialpsykiatri: return 1
                case .ifo: return 0
                }
            },
            teamsPerEnhet: { _ in 12 }, staff: staff, uniqueNames: false), seed: 14)
        let competence = try CompetenceDemo.populate(db, seed: 14, withAudit: false)
        return (register, competence)
    }

    /// Removes every mapping and completed step, leaving the register and the plans: the
    /// region as it is before its first HR import. Only for the benchmark's generated
    /// database (no audit row: it measures an import, not a change anyone made).
    /// - Parameter db: the generated region.
    /// - Throws: GRDB errors.
    public static func removeMappings(_ db: AppDatabase) throws {
        try db.writeGeneratedData { db in
            try db.execute(sql: "DELETE FROM competence_step_done; DELETE FROM competence_mapping;")
        }
    }

    /// Changes every mapping and every completed step (each wish reworded, each step a day
    /// earlier), so that an export taken now differs from the original file in every row:
    /// the benchmark's import where everything changes. Only for the generated database.
    /// - Parameter db: the generated region.
    /// - Throws: GRDB errors.
    public static func changeEveryMapping(_ db: AppDatabase) throws {
        try db.writeGeneratedData { db in
            try db.execute(sql: """
                UPDATE competence_mapping SET wishes = CASE WHEN wishes = '' THEN 'Vill lära mer' ELSE wishes || ' Gärna i år.' END;
                UPDATE competence_step_done SET completed_on = date(completed_on, '-1 day');
                """)
        }
    }
}
