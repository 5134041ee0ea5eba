/// Which migrations a database has and which this build knows, for `vardag check`.
public struct SchemaVersion: Hashable, Sendable {
    /// Migration identifiers applied to the database, in the order this build registers them,
    /// followed by any it does not know.
    public var applied: [String]
    /// Migration identifiers this build knows, in order.
    public var known: [String]

    /// True when every known migration is applied and there are no unknown ones.
    public var isCurrent: Bool { applied == known }

    /// Applied identifiers this build does not know (written by a newer Vardag).
    public var unknown: [String] { applied.filter { !known.contains($0) } }

    /// The number of applied migrations, a simple schema number.
    public var number: Int { applied.count }

    public init(applied: [String], known: [String]) {
        self.applied = applied
        self.known = known
    }
}
