/// A kind of record with its own retention (gallring) period. Raw values are stored in the
/// `retention_setting` table; never change them.
///
/// Defaults, chosen to match how long the records are useful and what Swedish social
/// services usually keep (documented in the README's "Data and safety" section):
/// | kind | default | what purge does |
/// |---|---|---|
/// | `workload` | 2 years | case ratings, overall ratings and decisions of periods before the cutoff, and time-diary days before it, are deleted; then cases left with no rating or decision and unchanged since the cutoff |
/// | `dialogue` | 5 years | loops finished before the cutoff keep their counts, but question, answer, meeting-note and action texts are replaced by "(gallrad)" |
/// | `shadowing` | 3 years | lärdomar of days before the cutoff are blanked; participants who left before it are renamed "Borttagen deltagare #id" |
/// | `competence` | 5 years | plans done or cancelled with a target date before the cutoff are deleted; so are the mapping, steps and plans of inactive medarbetare unchanged since the cutoff |
/// | `staff` | 2 years | inactive medarbetare whose last change is older than the cutoff, and who have no workload or competence rows left, are renamed "Borttagen medarbetare #id" |
/// | `audit` | 5 years | audit rows older than the cutoff are deleted (the purge itself is audited anew) |
public enum RetentionKind: String, CaseIterable, Hashable, Sendable, Codable {
    case workload
    case dialogue
    case shadowing
    case competence
    case staff
    case audit

    /// The default retention.
    public var defaultRetention: RetentionDuration {
        switch self {
        case .workload, .staff: return try! RetentionDuration(amount: 2, unit: .years)
        case .shadowing: return try! RetentionDuration(amount: 3, unit: .years)
        case .dialogue, .competence, .audit: return try! RetentionDuration(amount: 5, unit: .years)
        }
    }

    /// Whether a retention keeps records for less than a tenth of this kind's default
    /// (under about 73 days for workload's 2 years): short enough that setting it by
    /// mistake, say `1d` for `1y`, would purge what the law expects to be kept, so it is
    /// confirmed first.
    /// - Parameter duration: the new retention.
    /// - Returns: true when the change must be confirmed.
    public func isFarBelowDefault(_ duration: RetentionDuration) -> Bool {
        duration.approximateDays * 10 < defaultRetention.approximateDays
    }
}
