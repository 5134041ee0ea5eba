/// One hypothesis in the export, with its conclusion, notes and status history (JSON: one
/// object per hypothesis; CSV: one row per history line).
public struct ShadowingHypothesisExportRow: Hashable, Sendable, Codable {
    /// One note or status change.
    public struct Event: Hashable, Sendable, Codable {
        /// "note" or "status".
        public var kind: String
        /// The status before (raw value), "" for a note or the first status.
        public var fromStatus: String
        /// The status after (raw value), "" for a note.
        public var toStatus: String
        /// The note, or the conclusion written when the change closed the hypothesis.
        public var text: String
        public var writtenBy: String
        /// ISO 8601 UTC.
        public var at: String
    }

    public var team: String
    public var statement: String
    /// Raw value: att_prova, pagar, bekraftad, forkastad.
    public var status: String
    public var reviewDate: String
    /// The conclusion of a closed hypothesis, "" while open.
    public var conclusion: String
    /// How many logged days are linked to it.
    public var linkedDays: Int
    /// Oldest first.
    public var events: [Event]
}
