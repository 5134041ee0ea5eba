/// One line of a participant's step history in the export.
public struct ShadowingPathExportRow: Hashable, Sendable, Codable {
    public var team: String
    public var participant: String
    /// The step (raw value: introduktion … anstalld), "kompetenssteg_N" for a competence
    /// step N (1–5) done on the ladder, or "slutat" for the leaving line.
    public var step: String
    /// How she left (raw value) on the leaving line; "" on a step.
    public var outcome: String
    /// The step's (or the leaving's) date, YYYY-MM-DD.
    public var date: String
    /// Days in the step up to the next one (or her leaving, or today); nil on the leaving line
    /// and on a competence step.
    public var days: Int?
    /// A competence step's name on the ladder of the host team's unit ("Demens och
    /// kognition"), for the CSV's "Kompetenssteg 3: Demens och kognition"; nil on other
    /// lines. Not in the JSON, whose `step` code stays as it was.
    public var stepName: String? = nil

    private enum CodingKeys: String, CodingKey {
        case team, participant, step, outcome, date, days
    }
}
