/// How many cases sit in each field.
public struct FieldCounts: Hashable, Sendable, Codable {
    public var latt: Int
    public var tidskravande: Int
    public var svar: Int
    public var tung: Int

    public init(latt: Int = 0, tidskravande: Int = 0, svar: Int = 0, tung: Int = 0) {
        self.latt = latt
        self.tidskravande = tidskravande
        self.svar = svar
        self.tung = tung
    }

    /// The count of one field.
    public subscript(field: WorkloadField) -> Int {
        get {
            switch field {
            case .latt: return latt
            case .tidskravande: return tidskravande
            case .svar: return svar
            case .tung: return tung
            }
        }
        set {
            switch field {
            case .latt: latt = newValue
            case .tidskravande: tidskravande = newValue
            case .svar: svar = newValue
            case .tung: tung = newValue
            }
        }
    }

    /// All cases.
    public var total: Int { latt + tidskravande + svar + tung }
}
