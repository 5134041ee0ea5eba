/// How one table's ids in a kommun's database become ids in the regional database, and back.
///
/// A table the kommun owns has its ids moved by one offset (past the highest id the target
/// ever handed out), so every id maps, also one that only the audit trail still names. A
/// shared catalogue maps each source row to the target's row with the same natural key.
struct IDMap: Sendable {
    private let offset: Int64
    private let matched: [Int64: Int64]?
    private let reversed: [Int64: Int64]?

    /// Ids moved by `offset`.
    init(offset: Int64) {
        self.offset = offset
        matched = nil
        reversed = nil
    }

    /// Ids matched one by one (source id to target id; no two source ids to one target id).
    init(matching: [Int64: Int64]) {
        offset = 0
        matched = matching
        reversed = Dictionary(matching.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The target's id for a source id; nil when a catalogue has no such row.
    func forward(_ id: Int64) -> Int64? {
        guard let matched else { return id + offset }
        return matched[id]
    }

    /// The source's id for a target id the merge wrote; nil when it maps from none.
    func backward(_ id: Int64) -> Int64? {
        guard let reversed else { return id - offset }
        return reversed[id]
    }

    /// The lowest target id a merged row can have, for an owned table (the rows with higher ids are the merge's).
    var firstMergedID: Int64? { matched == nil ? offset + 1 : nil }
}
