/// One of the four fields of the grid, from the two halves of time and difficulty.
///
/// The board is drawn with difficulty growing upwards and time growing to the right:
/// svår (top left), tung (top right), lätt (bottom left), tidskrävande (bottom right).
public enum WorkloadField: String, CaseIterable, Hashable, Sendable, Codable {
    /// Little time, low difficulty.
    case latt
    /// Much time, low difficulty.
    case tidskravande
    /// Little time, high difficulty.
    case svar
    /// Much time, high difficulty.
    case tung

    /// The field of a case rated `time` and `difficulty`, where "high" means at least `threshold`.
    /// - Parameters:
    ///   - time: tidsåtgång 1–5.
    ///   - difficulty: upplevd svårighetsgrad 1–5.
    ///   - threshold: the lowest high value (3 by default).
    /// - Returns: the field.
    public static func of(time: Int, difficulty: Int, threshold: Int = WorkloadSettings.defaultHighThreshold) -> WorkloadField {
        switch (time >= threshold, difficulty >= threshold) {
        case (false, false): return .latt
        case (true, false): return .tidskravande
        case (false, true): return .svar
        case (true, true): return .tung
        }
    }

    /// Whether time is on the high side.
    public var highTime: Bool { self == .tidskravande || self == .tung }
    /// Whether difficulty is on the high side.
    public var highDifficulty: Bool { self == .svar || self == .tung }

    /// The field with the time half swapped (the one left or right on the board).
    public var acrossTime: WorkloadField {
        switch self {
        case .latt: return .tidskravande
        case .tidskravande: return .latt
        case .svar: return .tung
        case .tung: return .svar
        }
    }

    /// The field with the difficulty half swapped (the one above or below on the board).
    public var acrossDifficulty: WorkloadField {
        switch self {
        case .latt: return .svar
        case .svar: return .latt
        case .tidskravande: return .tung
        case .tung: return .tidskravande
        }
    }
}
