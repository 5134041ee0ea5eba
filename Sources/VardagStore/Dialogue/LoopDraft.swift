import VardagDomain

/// A new slinga as typed into the form; the store checks it against the rules.
public struct LoopDraft: Hashable, Sendable {
    public var enhetId: Int64
    public var theme: String
    public var chosenBy: ThemeChooser
    public var plannedStart: String
    public var guide1: Int64?
    public var guide2: Int64?
    /// The staff taking part (medarbetare of the unit).
    public var staffIds: [Int64]

    public init(enhetId: Int64, theme: String, chosenBy: ThemeChooser, plannedStart: String,
                guide1: Int64?, guide2: Int64?, staffIds: [Int64]) {
        self.enhetId = enhetId
        self.theme = theme
        self.chosenBy = chosenBy
        self.plannedStart = plannedStart
        self.guide1 = guide1
        self.guide2 = guide2
        self.staffIds = staffIds
    }
}


