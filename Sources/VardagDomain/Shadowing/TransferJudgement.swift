/// Whether a servicebiträde could take over an observed task: ja, med stöd, nej.
///
/// Raw values are stored in the database; never change them.
public enum TransferJudgement: String, CaseIterable, Hashable, Sendable, Codable {
    case yes = "ja"
    case withSupport = "med_stod"
    case no = "nej"
}
