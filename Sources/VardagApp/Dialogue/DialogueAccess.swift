import VardagDomain
import VardagStore

/// What the viewer sees and may change in Delaktighetsmodellen: the one place that decides it.
///
/// It follows PostgreSQL's policies (`vardag_scope_loops`): a vägledare the slingor she is
/// assigned to, an enhetschef her unit's slingor and targets, the regional samordnare the
/// guide pool, whoever sees everything all of it. On SQLite the app keeps to this; on
/// PostgreSQL the server already does, and this only leaves out what would come back empty.
/// A teamledare, or a medarbetare on a slinga's staff, is given no slinga by the policies,
/// so none here either.
struct DialogueAccess: Sendable {
    /// Who is working.
    let viewer: Viewer
    /// The slingor she leads as a vägledare (empty without that role, or when she sees everything).
    let guidedLoopIds: Set<Int64>

    /// The viewer's access, with the slingor she is assigned to read from the store.
    /// - Throws: a failed read.
    static func reading(_ context: AppContext) throws -> DialogueAccess {
        let viewer = context.viewer
        guard !viewer.seesEverything, viewer.holds(.vagledare), let personId = viewer.personId else {
            return DialogueAccess(viewer: viewer, guidedLoopIds: [])
        }
        return DialogueAccess(viewer: viewer, guidedLoopIds: Set(try context.store.guideAssignments(guideId: personId).map(\.id)))
    }

    /// Whether any of her roles has a part in the tool (else its tabs say so instead of showing data).
    static func usesTool(_ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.holds(.vagledare) || viewer.holds(.enhetschef) || viewer.holds(.regionalSamordnare)
    }

    /// Whether she sees (and works in) a slinga: her unit's as enhetschef, one she is assigned to as vägledare.
    func covers(loopId: Int64, enhetId: Int64) -> Bool {
        viewer.seesEverything || viewer.scopeIds(.enhetschef).contains(enhetId) || guidedLoopIds.contains(loopId)
    }

    /// A guide's assignments that the viewer covers: all for whoever sees everything, else
    /// those whose slinga she sees (on PostgreSQL the policies already leave out the rest).
    /// - Throws: a failed read.
    func assignments(of guideId: Int64, _ context: AppContext) throws -> [GuideAssignment] {
        let all = try context.store.guideAssignments(guideId: guideId)
        guard !viewer.seesEverything else { return all }
        let seen = Set(try context.store.dialogueLoops(today: context.today).filter { covers(loopId: $0.id, enhetId: $0.enhetId) }.map(\.id))
        return all.filter { seen.contains($0.id) }
    }

    /// Whether she may start slingor at all (an enhetschef in her unit, or whoever sees everything).
    static func startsLoops(_ viewer: Viewer) -> Bool { viewer.seesEverything || viewer.holds(.enhetschef) }

    /// Whether she sees a unit's yearly target and may set it: an enhetschef her own unit's
    /// (the same units she may start slingor in).
    static func coversUnit(_ enhetId: Int64, _ viewer: Viewer) -> Bool {
        viewer.seesEverything || viewer.scopeIds(.enhetschef).contains(enhetId)
    }

    /// Whether she adds guides to the pool (the regional samordnare keeps it).
    static func keepsPool(_ viewer: Viewer) -> Bool { viewer.seesEverything || viewer.holds(.regionalSamordnare) }

    /// Whether she sees the per-kommun year report, counted over every kommun's slingor.
    static func seesReport(_ viewer: Viewer) -> Bool { viewer.seesEverything }
}
