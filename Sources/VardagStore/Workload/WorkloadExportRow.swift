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

    enum CodingKeys: String, CodingKey {
        case kommun, enhet, team, medarbetare, period, arende, arendetyp, tid, svarighet, falt, beslut
        case beslutAv = "beslut_av"
        case beslutTid = "beslut_tid"
    }
}
