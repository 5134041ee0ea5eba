/// One row of `vardag export timediary`: one person's minutes in one category on one day.
public struct TimeDiaryExportRow: Hashable, Sendable, Codable {
    public var kommun: String
    public var enhet: String
    public var team: String
    public var medarbetare: String
    public var dag: String
    public var kategori: String
    public var minuter: Int
}
