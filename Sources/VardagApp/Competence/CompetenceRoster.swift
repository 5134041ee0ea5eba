import VardagDomain
import VardagStore

/// The people of a scope, each assessed once against the titles and ladders read with
/// them, so drawing a frame only reads values.
struct CompetenceRoster: Sendable {
    var titles: [CompetenceTitle] = []
    var ladders: [Verksamhetsomrade: Ladder] = [:]
    /// The people, managers first across the whole scope (a kommun's managers before any
    /// of its staff, not only within each unit), each part in the store's order.
    var rows: [CompetenceRow] = []

    /// Reads titles, ladders and the scope's people the viewer covers (`CompetenceAccess`),
    /// and assesses each person.
    /// - Throws: a failed read.
    static func load(_ scope: CompetenceScope, context: AppContext) throws -> CompetenceRoster {
        let store = context.store
        var roster = CompetenceRoster(titles: try store.competenceTitles(), ladders: try store.competenceLadders())
        let rows = try store.competencePeople(scope).filter { CompetenceAccess.covers($0, context.viewer) }
            .map { roster.assess($0, today: context.today) }
        // Managers lead the change: the store orders by kommun and unit, so a kommun-wide
        // list needs its managers lifted out of their units (a stable partition).
        roster.rows = rows.filter(\.person.isManager) + rows.filter { !$0.person.isManager }
        return roster
    }

    /// One person with her title and assessment.
    func assess(_ person: CompetencePerson, today: LocalDate) -> CompetenceRow {
        let title = person.mapping.titleId.flatMap { id in titles.first { $0.id == id } }
        return CompetenceRow(person: person, title: title, assessment: CompetenceAssessment.assess(
            mapping: person.mapping, title: title, hasLadder: ladders[person.omrade] != nil,
            plannedSteps: person.plannedSteps, today: today))
    }

    /// The name of a person of the roster ("" when she is not in it).
    func name(of medarbetareId: Int64) -> String {
        rows.first { $0.person.id == medarbetareId }?.person.name ?? ""
    }
}
