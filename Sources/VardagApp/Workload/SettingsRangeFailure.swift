import VardagDomain

/// Settings numbers outside the values they accept ("Ange 2–5." at each field), refused
/// by the settings form before anything is stored.
struct SettingsRangeFailure: FieldFailure {
    /// One refused number: the values its field accepts.
    struct OutOfRange: WordedError {
        let range: ClosedRange<Int>

        func text(_ s: Strings) -> String { s.format("workload.settings.range", range.lowerBound, range.upperBound) }
    }

    let fieldErrors: [(field: String, error: any Error)]

    /// - Parameter refused: each field id with the range its value is outside of.
    init(_ refused: [(id: String, range: ClosedRange<Int>)]) {
        fieldErrors = refused.map { ($0.id, OutOfRange(range: $0.range)) }
    }
}
