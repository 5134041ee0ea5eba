/// Why bringing a kommun's database into a regional one was refused; nothing was stored.
public enum MergeRefusal: Error, Equatable, Sendable {
    /// Names that must be unique in the whole database are already in the target.
    case nameClash([NameClash])
    /// A table, or an id column (`table.column`, or `audit`'s `entity.key`), that the merge
    /// rules do not know: a schema newer than the rules, which must not be merged half-way.
    case unclassified(table: String, column: String?)
    /// A reference to a row the source does not have (a catalogue id with no row).
    case unmappable(table: String, column: String, id: Int64)
    /// The rows read back from the target do not match the source's (see the report).
    case mismatch(MergeReport)

    /// One name found on both sides.
    public struct NameClash: Equatable, Sendable {
        /// `kommun` or `shadowing_team`.
        public let table: String
        /// The name as the source has it.
        public let name: String
    }

    public static func == (left: MergeRefusal, right: MergeRefusal) -> Bool {
        switch (left, right) {
        case let (.nameClash(a), .nameClash(b)): return a == b
        case let (.unclassified(a, b), .unclassified(c, d)): return a == c && b == d
        case let (.unmappable(a, b, c), .unmappable(d, e, f)): return a == d && b == e && c == f
        case (.mismatch, .mismatch): return true
        default: return false
        }
    }
}
