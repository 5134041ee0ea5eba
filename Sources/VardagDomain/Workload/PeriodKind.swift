/// How long one rating period is: an ISO week (the default) or a calendar month.
public enum PeriodKind: String, CaseIterable, Hashable, Sendable, Codable {
    case week
    case month
}
