/// What `AppDatabase.copyEverything(to:)` copied: per table, the rows and checksum read from
/// the source and read back from the destination, which must agree.
public struct CopyReport: Sendable {
    /// One table's figures.
    public struct Table: Sendable {
        public let name: String
        public let sourceRows: Int
        public let destinationRows: Int
        public let sourceChecksum: String
        public let destinationChecksum: String

        /// Whether both sides hold the same rows.
        public var agrees: Bool { sourceRows == destinationRows && sourceChecksum == destinationChecksum }
    }

    /// The tables, parents first.
    public let tables: [Table]

    /// Whether every table agrees.
    public var agrees: Bool { tables.allSatisfy(\.agrees) }
}
