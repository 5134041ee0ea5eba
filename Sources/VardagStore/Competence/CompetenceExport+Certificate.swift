import VardagDomain

extension CompetenceExport {
    /// The undersköterskor (holders of a protected title) without Socialstyrelsen's
    /// certificate: those without the transition right first, then the fewest days left
    /// until 2033-06-30, then the read's order (kommun, unit, name).
    /// - Parameters:
    ///   - db: the database.
    ///   - scope: everyone or one kommun.
    ///   - today: the day the transition is judged on.
    /// - Returns: the table; `Dagar kvar` is empty for someone without the right.
    /// - Throws: GRDB errors.
    static func certificateTable(from db: AppDatabase, scope: CompetenceScope, today: LocalDate) throws -> Table {
        let titles = Dictionary(uniqueKeysWithValues: try db.competenceTitles().map { ($0.id, $0) })
        let ladders = try db.competenceLadders()
        let listed = try db.competencePeople(scope).enumerated().compactMap { index, person
            -> (index: Int, person: CompetencePerson, title: CompetenceTitle, standing: ProtectedTitleRule.Standing)? in
            guard let title = person.mapping.titleId.flatMap({ titles[$0] }) else { return nil }
            let standing = CompetenceAssessment.assess(
                mapping: person.mapping, title: title, hasLadder: ladders[person.omrade] != nil, today: today).standing
            guard UncertifiedList.isListed(standing), let standing else { return nil }
            return (index, person, title, standing)
        }.sorted { UncertifiedList.comesFirst($0.standing, $1.standing) ?? ($0.index < $1.index) }
        let rows = listed.map { entry -> [String] in
            let days = UncertifiedList.daysLeft(entry.standing)
            return [entry.person.kommunName, entry.person.enhetName, entry.person.name, entry.person.role.displayName,
                    entry.title.name, entry.person.mapping.employedOnProtectionDay ? "Ja" : "Nej",
                    days.map(String.init) ?? "", days == nil ? "Saknar bevis och övergångsrätt" : "Övergång"]
        }
        return Table(header: ["Kommun", "Enhet", "Namn", "Roll", "Titel", "Anställd som undersköterska 2023-07-01",
                              "Dagar kvar", "Status"], rows: rows)
    }
}
