import Foundation
import VardagDomain

/// Kompetenstrappa reads: titles, ladders, units, people with their mapping, plans, settings.
extension AppDatabase {
    /// All titles, retired ones too, in Swedish alphabetical order.
    /// - Throws: GRDB errors.
    public func competenceTitles() throws -> [CompetenceTitle] {
        try writer.read { db in try Self.fetchTitles(db) }
    }

    @_spi(Seeding) public static func fetchTitles(_ db: any StoreConnection) throws -> [CompetenceTitle] {
        try StoreRow.fetchAll(db, sql: """
            SELECT id, name, education_kind, points, certificate_required, protected, active FROM competence_title
            """).map { row in
            CompetenceTitle(
                id: row["id"], name: row["name"],
                educationKind: EducationKind(rawValue: row["education_kind"]) ?? .ingen, points: row["points"],
                certificateRequired: row["certificate_required"], protected: row["protected"], active: row["active"])
        }
        // Each key once (it folds the text), not twice per comparison.
        .map { (key: RegisterName.swedishSortKey($0.name), title: $0) }
        .sorted { $0.key < $1.key }
        .map(\.title)
    }

    /// The ladders per area (funktionshinder, socialpsykiatri, vård och omsorg).
    /// - Throws: GRDB errors.
    public func competenceLadders() throws -> [Verksamhetsomrade: Ladder] {
        try writer.read { db in try Self.fetchLadders(db) }
    }

    @_spi(Seeding) public static func fetchLadders(_ db: any StoreConnection) throws -> [Verksamhetsomrade: Ladder] {
        var steps: [Verksamhetsomrade: [LadderStep]] = [:]
        for row in try StoreRow.fetchAll(db, sql: "SELECT omrade, step_no, name, content, courses_json FROM competence_ladder_step") {
            guard let omrade = Verksamhetsomrade(rawValue: row["omrade"]) else { continue }
            let courses = (try? JSONDecoder().decode([String].self, from: Data((row["courses_json"] as String).utf8))) ?? []
            steps[omrade, default: []].append(LadderStep(number: row["step_no"], name: row["name"], content: row["content"], courses: courses))
        }
        var ladders: [Verksamhetsomrade: Ladder] = [:]
        for (omrade, list) in steps {
            if let ladder = try? Ladder(omrade: omrade, steps: list) { ladders[omrade] = ladder }
        }
        return ladders
    }

    /// Active units with active staff, ordered by kommun then unit (Swedish order).
    ///
    /// The staff are counted per team first, in the order of `medarbetare_active_by_team`
    /// (no sorting, no look-up per person), and only the teams' counts are joined to their
    /// units: joining every person to her team, unit and kommun before grouping cost six
    /// times as much at 60,000 staff, and it runs each time the grid opens.
    /// - Throws: GRDB errors.
    public func competenceUnits() throws -> [CompetenceUnit] {
        try writer.read { db in
            try StoreRow.fetchAll(db, sql: """
                SELECT e.id, e.name, e.omrade, k.id AS kommun_id, k.name AS kommun_name, CAST(sum(c.staff) AS BIGINT) AS staff
                FROM (SELECT team_id, count(*) AS staff FROM medarbetare WHERE active = 1 GROUP BY team_id) c
                JOIN team t ON t.id = c.team_id JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE e.active = 1
                GROUP BY e.id, k.id ORDER BY k.sort_key, e.sort_key
                """).map { row in
                CompetenceUnit(id: row["id"], name: row["name"], omrade: Verksamhetsomrade(rawValue: row["omrade"]) ?? .ifo,
                               kommunId: row["kommun_id"], kommunName: row["kommun_name"], staffCount: row["staff"])
            }
        }
    }

    /// Active people in a scope with their mapping and planned steps, managers first, then by name.
    /// - Parameters:
    ///   - scope: everyone, a kommun or a unit.
    ///   - today: unused by the read itself; kept out so reads stay pure (see `CompetenceAssessment`).
    /// - Throws: GRDB errors.
    public func competencePeople(_ scope: CompetenceScope = .all) throws -> [CompetencePerson] {
        try writer.read { db in try Self.fetchPeople(db, scope: scope) }
    }

    @_spi(Seeding) public static func fetchPeople(_ db: any StoreConnection, scope: CompetenceScope) throws -> [CompetencePerson] {
        let titlesByKey = Dictionary(try fetchTitles(db).map { (RegisterName.uniquenessKey($0.name), $0.id) }) { a, _ in a }
        var filter = ""
        var arguments: StoreArguments = []
        switch scope {
        case .all: break
        case .kommun(let id): filter = "AND k.id = ?"; arguments = [id]
        case .enhet(let id): filter = "AND e.id = ?"; arguments = [id]
        }
        var completions: [Int64: [StepCompletion]] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT s.medarbetare_id, s.step_no, s.completed_on, s.validering FROM competence_step_done s
            JOIN medarbetare m ON m.id = s.medarbetare_id JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE m.active = 1 \(filter)
            """, arguments: arguments) {
            guard let date = try? LocalDate.parse(row["completed_on"]) else { continue }
            completions[row["medarbetare_id"], default: []].append(
                StepCompletion(step: row["step_no"], date: date, validering: row["validering"]))
        }
        var planned: [Int64: Set<Int>] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT p.medarbetare_id, p.step_no FROM competence_plan p
            JOIN medarbetare m ON m.id = p.medarbetare_id JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            WHERE m.active = 1 AND p.step_no IS NOT NULL AND p.status IN ('planerad', 'pagar') \(filter)
            """, arguments: arguments) {
            planned[row["medarbetare_id"], default: []].insert(row["step_no"])
        }
        let rows = try StoreRow.fetchAll(db, sql: """
            SELECT m.id, m.name, m.title, m.role, m.start_date, t.id AS team_id, t.name AS team_name,
                   e.id AS enhet_id, e.name AS enhet_name, e.omrade, k.id AS kommun_id, k.name AS kommun_name,
                   c.medarbetare_id AS mapped, c.title_id, c.education_kind, c.points, c.education_year,
                   c.certificate, c.employed_on_protection_day, c.wishes
            FROM medarbetare m JOIN team t ON t.id = m.team_id
            JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
            WHERE m.active = 1 \(filter)
            ORDER BY k.sort_key, e.sort_key, CASE m.role WHEN 'chef' THEN 0 ELSE 1 END, m.sort_key, m.id
            """, arguments: arguments)
        return rows.map { row in
            let id: Int64 = row["id"]
            let registerTitle: String = row["title"]
            let isMapped = (row["mapped"] as Int64?) != nil
            let startDate = (try? LocalDate.parse(row["start_date"])) ?? ProtectedTitleRule.protectedFrom
            let mapping: CompetenceMapping
            if isMapped {
                mapping = CompetenceMapping(
                    medarbetareId: id, titleId: row["title_id"],
                    educationKind: EducationKind(rawValue: row["education_kind"]) ?? .ingen, points: row["points"],
                    educationYear: row["education_year"], certificate: row["certificate"],
                    employedOnProtectionDay: row["employed_on_protection_day"],
                    completions: (completions[id] ?? []).sorted { $0.step < $1.step }, wishes: row["wishes"])
            } else {
                mapping = CompetenceMapping(medarbetareId: id, titleId: titlesByKey[RegisterName.uniquenessKey(registerTitle)])
            }
            return CompetencePerson(
                id: id, name: row["name"], registerTitle: registerTitle,
                role: MedarbetarRoll(rawValue: row["role"]) ?? .medarbetare, startDate: startDate,
                teamId: row["team_id"], teamName: row["team_name"], enhetId: row["enhet_id"], enhetName: row["enhet_name"],
                omrade: Verksamhetsomrade(rawValue: row["omrade"]) ?? .ifo, kommunId: row["kommun_id"],
                kommunName: row["kommun_name"], mapping: mapping, isMapped: isMapped, plannedSteps: planned[id] ?? [])
        }
    }

    /// Plan items of the people in a scope (active staff), ordered by target date.
    /// - Throws: GRDB errors.
    public func competencePlanItems(_ scope: CompetenceScope = .all, medarbetareId: Int64? = nil) throws -> [PlanItem] {
        try writer.read { db in
            var filter = ""
            var arguments: StoreArguments = []
            switch scope {
            case .all: break
            case .kommun(let id): filter = "AND k.id = ?"; arguments += [id]
            case .enhet(let id): filter = "AND e.id = ?"; arguments += [id]
            }
            if let medarbetareId { filter += " AND m.id = ?"; arguments += [medarbetareId] }
            return try StoreRow.fetchAll(db, sql: """
                SELECT p.id, p.medarbetare_id, p.step_no, p.course, p.target_date, p.status, p.provider, p.cost
                FROM competence_plan p
                JOIN medarbetare m ON m.id = p.medarbetare_id JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE m.active = 1 \(filter) ORDER BY p.target_date, p.id
                """, arguments: arguments).compactMap { row in
                guard let date = try? LocalDate.parse(row["target_date"]) else { return nil }
                return PlanItem(id: row["id"], medarbetareId: row["medarbetare_id"], step: row["step_no"],
                                course: row["course"], targetDate: date, status: PlanStatus(rawValue: row["status"]) ?? .planerad,
                                provider: row["provider"], cost: (row["cost"] as Int64?).map { Int($0) })
            }
        }
    }

    /// The small-group suppression setting.
    /// - Throws: GRDB errors.
    public func competenceSuppression() throws -> SmallGroupSuppression {
        try writer.read { db in try Self.fetchSuppression(db) }
    }

    static func fetchSuppression(_ db: any StoreConnection) throws -> SmallGroupSuppression {
        let value = try Int.fetchOne(db, sql: "SELECT value FROM competence_setting WHERE key = 'suppression_threshold'")
        // A value below the floor (written before the floor existed, or by hand) reads as the floor.
        return SmallGroupSuppression(stored: value)
    }
}
