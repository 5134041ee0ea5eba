/// A ladder step a person has completed, on a date, by course or by validering.
public struct StepCompletion: Hashable, Sendable, Codable {
    /// 1 to 5.
    public var step: Int
    /// The day it was completed (or validated).
    public var date: LocalDate
    /// True when the step was recognised through validering of prior learning;
    /// such a step may be completed out of order.
    public var validering: Bool

    public init(step: Int, date: LocalDate, validering: Bool = false) {
        self.step = step
        self.date = date
        self.validering = validering
    }
}
