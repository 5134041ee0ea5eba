import VardagDomain
import VardagStore

/// The people of a scope, each assessed once against the titles and ladders read with
/// them, so drawing a frame only reads values.
struct CompetenceRoster: Sendable {
    var titles: [CompetenceTitle] = []
    var ladders: [Verksamhetsomrade: Ladder] = [:]
    /// The people, managers first.
    var rows: [CompetenceRow] = []

    /// Reads titles, ladders and the scope's people the viewer covers (`CompetenceAccess`),
    /// and assesses each person.
    /// - Throws: a failed read.
    static func load(_ scope: CompetenceScope, context: AppContext) throws -> CompetenceRoster {
        let store = context.store
        var roster = CompetenceRoster(titles: try store.competenceTitles(), ladders: try store.competenceLadders())
        roster.rows = try store.competencePeople(scope).filter { CompetenceAccess.covers($0, context.viewer) }
            .map { roster.assess($0, today: context.today) }
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
