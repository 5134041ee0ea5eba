/// One row of `vardag export workload`: one rating, with the organisation around it and the case's
/// latest decision up to that period (as the grid shows it).
public struct WorkloadExportRow: Hashable, Sendable, Codable {
    public var kommun: String
    public var enhet: String
    public var team: String
    public var medarbetare: String
    public var period: String
    public var arende: String
    public var arendetyp: String
    public var tid: Int
    public var svarighet: Int
    public var falt: String
    public var beslut: String
    public var beslutAv: String
    public var beslutTid: String
    /// The person's overall self-rating (1–5) for the period, nil when she gave none; the
    /// heavy flag reads it.
    public var helhet: Int? = nil
    /// The period's load figure for the person (Σ time × difficulty over all her ratings of
    /// the period), the same on each of her rows of the period.
    public var belastning: Int? = nil

    enum CodingKeys: String, CodingKey {
        case kommun, enhet, team, medarbetare, period, arende, arendetyp, tid, svarighet, falt, beslut, helhet, belastning
        case beslutAv = "beslut_av"
        case beslutTid = "beslut_tid"
    }
}
