import VardagDomain

extension CompetenceExport {
    /// The spreading activities (kunskapsspridning) of active staff, by planned date: whose,
    /// what was learned (step or course), what kind, for whom, how many took part (a count),
    /// the dates, whether it is overdue, and what changed.
    /// - Parameters:
    ///   - db: the database.
    ///   - scope: everyone or one kommun.
    ///   - today: the day overdue is judged on.
    /// - Returns: the table; `Deltagare` is empty until held, a number in JSON.
    /// - Throws: the store's errors.
    static func spreadingTable(from db: AppDatabase, scope: CompetenceScope, today: LocalDate) throws -> Table {
        let people = Dictionary(uniqueKeysWithValues: try db.competencePeople(scope).map { ($0.id, $0) })
        let courses = Dictionary(try db.competencePlanItems(scope).map { ($0.id, $0.course) }) { a, _ in a }
        let rows = try db.competenceSpreading(scope).compactMap { activity -> [String]? in
            guard let person = people[activity.medarbetareId] else { return nil }
            let audience = activity.audience == .team ? person.teamName : person.enhetName
            return [person.kommunName, person.enhetName, person.name, activity.step.map(String.init) ?? "",
                    activity.planItemId.flatMap { courses[$0] } ?? "", activity.kind.displayName, activity.description,
                    activity.audience.displayName + " (" + audience + ")", activity.plannedOn.iso, activity.heldOn?.iso ?? "",
                    activity.participants.map(String.init) ?? "", activity.isOverdue(today: today) ? "Ja" : "Nej",
                    activity.outcome]
        }
        return Table(header: ["Kommun", "Enhet", "Namn", "Steg", "Kurs", "Vad", "Beskrivning", "För vem", "Planerad",
                              "Hållen", "Deltagare", "Försenad", "Vad ändrades"], rows: rows)
    }
}
