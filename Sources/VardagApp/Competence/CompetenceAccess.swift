import VardagDomain
import VardagStore

/// What the viewer sees and may change in Kompetenstrappa: the one place that decides it.
///
/// It follows PostgreSQL's policies (`vardag_scope_competence_staff`): a person's competence
/// rows are seen by her teamledare, her enhetschef and her kommun's kompetensstrateg, and
/// by herself as medarbetare; the titles and ladders are kept by the kompetensstrateg; the
/// comparison across kommuner is aggregates only, small groups suppressed (on PostgreSQL
/// computed by the server, `vardag_competence_comparison`), which is all the regional
/// samordnare sees. Whoever sees everything sees all of it and
/// alone changes the small-group threshold (a setting). On SQLite the app keeps to this;
/// on PostgreSQL the server already does.
enum CompetenceAccess {
    /// Whether the viewer sees (and maps, plans for) a person.
    static func covers(_ person: CompetencePerson, _ viewer: Viewer) -> Bool {
        viewer.seesEverything || (viewer.holds(.medarbetare) && viewer.personId == person.id)
            || viewer.scopeIds(.teamledare).contains(person.teamId) || viewer.scopeIds(.enhetschef).contains(person.enhetId)
            || viewer.scopeIds(.kompetensstrateg).contains(person.kommunId)
    }

    /// Whether she sees every person of a unit without asking about each (her kommun as
    /// kompetensstrateg, her unit as enhetschef); else a unit shows only when it holds someone she covers.
    static func coversWhole(_ unit: CompetenceUnit, _ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.scopeIds(.enhetschef).contains(unit.id) || viewer.scopeIds(.kompetensstrateg).contains(unit.kommunId)
    }

    /// Whether some of her roles reach single people only (a team, herself), so that the
    /// units she sees partly must be found from the people.
    static func coversSomePeople(_ viewer: Viewer) -> Bool {
        !viewer.seesEverything && (viewer.holds(.teamledare) || (viewer.holds(.medarbetare) && viewer.personId != nil))
    }

    /// Whether she sees the comparison across kommuner (aggregates): anyone with a part in the tool.
    static func seesComparison(_ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.holds(.regionalSamordnare) || viewer.holds(.kompetensstrateg)
            || viewer.holds(.enhetschef) || viewer.holds(.teamledare) || viewer.holds(.medarbetare)
    }

    /// Whether she changes the titles' requirements and the ladders' steps.
    static func keepsCatalogue(_ viewer: Viewer) -> Bool { viewer.seesEverything || viewer.holds(.kompetensstrateg) }

    /// Whether she changes the small-group threshold, a setting that decides what every comparison reveals.
    static func setsThreshold(_ viewer: Viewer) -> Bool { viewer.seesEverything }

    /// The units she sees: all for whoever sees everything, else those she covers whole and
    /// those holding someone she covers.
    /// - Throws: a failed read.
    static func units(_ context: AppContext) throws -> [CompetenceUnit] {
        let viewer = context.viewer
        let all = try context.store.competenceUnits()
        guard !viewer.seesEverything else { return all }
        let partly = coversSomePeople(viewer)
            ? Set(try context.store.competencePeople(.all).filter { covers($0, viewer) }.map(\.enhetId)) : []
        return all.filter { coversWhole($0, viewer) || partly.contains($0.id) }
    }
}
