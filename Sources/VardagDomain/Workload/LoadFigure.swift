/// The load figure of a period: the sum over the worker's rated cases of tidsåtgång × svårighetsgrad.
///
/// Each case weighs 1 (1×1) to 25 (5×5), so a case that takes much time *and* is hard
/// counts far more than two easy ones; fifteen middling cases (3×3) give 135. It is a
/// conversation starter for the worker and her leader, not a performance measure.
public enum LoadFigure {
    /// The load of ratings.
    /// - Parameter ratings: (time, difficulty) pairs, each 1–5.
    /// - Returns: Σ time × difficulty.
    public static func of(_ ratings: [(time: Int, difficulty: Int)]) -> Int {
        ratings.reduce(0) { $0 + $1.time * $1.difficulty }
    }
}
