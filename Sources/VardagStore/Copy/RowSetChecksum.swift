/// A checksum of a set of rows that does not depend on their order, the same on both backends.
///
/// Each row's FNV-1a checksum (as `TableChecksum` computes it) is added up modulo 2^64, so
/// the rows a merge read from the source and the rows it reads back from the target (in
/// whatever order the target returns them) give the same sum when they are the same rows.
/// It is for telling that a merge is whole and unchanged, not a defence against tampering.
struct RowSetChecksum: Equatable, Sendable, CustomStringConvertible {
    private var sum: UInt64 = 0
    /// The number of rows added.
    private(set) var rows = 0

    /// Adds one row.
    mutating func add(_ row: [StoreValue]) {
        var one = TableChecksum()
        one.add(row)
        sum = sum &+ one.value
        rows += 1
    }

    /// The checksum as 16 hexadecimal digits.
    var description: String {
        let hex = String(sum, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
