/// A stretch of text that looks like a Swedish personnummer or samordningsnummer.
public struct PersonnummerMatch: Hashable, Sendable {
    /// The matched characters exactly as written, e.g. `"19121212-1212"`.
    public var text: String
    /// Where in the text, counted in characters from the start.
    public var offset: Int
    /// True when the day is a samordningsnummer's day (the real day + 60).
    public var isSamordningsnummer: Bool

    public init(text: String, offset: Int, isSamordningsnummer: Bool) {
        self.text = text
        self.offset = offset
        self.isSamordningsnummer = isSamordningsnummer
    }
}
