/// One line of a hypothesis's history: a dated note, or a change of status (with the
/// conclusion written when it closed), and who wrote it.
public struct HypothesisEvent: Hashable, Sendable, Identifiable {
    /// What the line records.
    ///
    /// Raw values are stored in the database; never change them.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// A free-text note.
        case note
        /// A change of status (or the first status, when `oldStatus` is nil).
        case status
    }

    public var id: Int64
    public var hypothesisId: Int64
    public var kind: Kind
    /// The status before the change; nil for a note and for the hypothesis's first status.
    public var oldStatus: HypothesisStatus?
    /// The status after the change; nil for a note.
    public var newStatus: HypothesisStatus?
    /// The note, or the conclusion written when the change closed the hypothesis (else empty).
    public var text: String
    /// The login that wrote it.
    public var writtenBy: String
    /// When, as an ISO 8601 UTC timestamp (the audit's form).
    public var at: String

    public init(id: Int64, hypothesisId: Int64, kind: Kind, oldStatus: HypothesisStatus? = nil, newStatus: HypothesisStatus? = nil,
                text: String, writtenBy: String, at: String) {
        self.id = id; self.hypothesisId = hypothesisId; self.kind = kind; self.oldStatus = oldStatus
        self.newStatus = newStatus; self.text = text; self.writtenBy = writtenBy; self.at = at
    }

    /// True for a status change that closed the hypothesis (its text is the conclusion then).
    public var closes: Bool { kind == .status && newStatus.map { !$0.isOpen } == true }
}
