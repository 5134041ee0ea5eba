import VardagDomain

/// What a gallring run did (or, in a dry run, would do), one line per kind and target.
public struct PurgeReport: Hashable, Sendable {
    /// One counted effect of the purge.
    public struct Line: Hashable, Sendable {
        /// The retention kind.
        public var kind: RetentionKind
        /// Records dated before this day were past retention.
        public var cutoff: LocalDate
        /// What was affected, e.g. `dialogue_question.text`, `audit`, `medarbetare.name`.
        public var target: String
        /// `deleted` or `anonymised`.
        public var effect: String
        /// How many rows.
        public var count: Int
    }

    /// The lines in kind order.
    public var lines: [Line]
    /// True when nothing was changed (a dry run).
    public var dryRun: Bool

    /// The total number of rows affected.
    public var total: Int { lines.reduce(0) { $0 + $1.count } }
}
