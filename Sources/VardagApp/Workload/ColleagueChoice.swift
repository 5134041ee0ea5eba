import VardagDomain
import VardagStore

/// The omfördela picker's colleagues, each with her load, cases per field and marks in the
/// period, least loaded first: "Bo Ek · bel. 9 · 1/0/0/1 ⚑".
struct ColleagueChoice: Hashable {
    let id: Int64
    let label: String

    /// The team's other active members in order of load (lowest first, then name).
    /// - Parameters:
    ///   - rows: the team overview of the period (`workloadOverview`).
    ///   - excluding: the worker whose case is handed on.
    ///   - settings: for the self-rating mark.
    /// - Returns: the choices.
    static func ordered(_ rows: [OverviewRow], excluding: Int64, settings: WorkloadSettings, strings s: Strings) -> [ColleagueChoice] {
        rows.filter { $0.id != excluding }
            .sorted { ($0.current.load, $0.sortKey, $0.id) < ($1.current.load, $1.sortKey, $1.id) }
            .map { row in
                let c = row.current
                var label = s.format("workload.form.colleagueLoad", row.name, c.load, c.counts.latt, c.counts.tidskravande,
                                     c.counts.svar, c.counts.tung)
                if row.flagged { label += " " + s["workload.flag.short"] }
                if SelfRatingMismatch.of(c, settings: settings) != nil { label += " " + s["workload.flag.mismatch"] }
                return ColleagueChoice(id: row.id, label: label)
            }
    }
}
