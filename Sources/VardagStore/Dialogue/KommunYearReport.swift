import VardagDomain

/// A kommun's name with its yearly dialogue report.
public struct KommunYearReport: Hashable, Sendable {
    public var kommunName: String
    public var report: DialogueYearReport
}
