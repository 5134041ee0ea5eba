/// What `AppDatabase.mergeKommun(into:)` brought over: per table, the source's rows and
/// checksum and the rows the target gained, read back and mapped back to the source's ids.
public struct MergeReport: Sendable {
    /// How a table was treated.
    public enum Kind: String, Sendable {
        /// The kommun's own rows, added with new ids.
        case owned
        /// A catalogue or setting matched by its natural key (only missing keys added).
        case shared
        /// Rows the schema's triggers keep, replaced by the source's.
        case derived
        /// Not carried over.
        case transient
    }

    /// One table's figures.
    public struct Table: Sendable {
        public let name: String
        public let kind: Kind
        /// Rows in the source.
        public let sourceRows: Int
        /// Rows the target gained.
        public let addedRows: Int
        /// Source rows matched to rows the target had (shared tables).
        public let matchedRows: Int
        /// The source's rows (for a shared table: their ids and keys).
        public let sourceChecksum: String
        /// The target's rows the merge added or matched, mapped back to the source's ids.
        public let mergedChecksum: String

        /// Whether every source row arrived unchanged (a transient table always agrees).
        public var agrees: Bool {
            kind == .transient
                || (sourceRows == addedRows + matchedRows && sourceChecksum == mergedChecksum)
        }
    }

    /// The tables, parents first.
    public let tables: [Table]

    /// Whether every table agrees.
    public var agrees: Bool { tables.allSatisfy(\.agrees) }

    /// All rows the target gained.
    public var addedRows: Int { tables.map(\.addedRows).reduce(0, +) }
}
