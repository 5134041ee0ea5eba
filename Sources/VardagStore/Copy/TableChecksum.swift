/// A checksum of a table's rows that is the same on both backends for the same data.
///
/// FNV-1a (64 bit) over each value in a canonical form (type tag, then the integer, the
/// real's bit pattern, or the text's UTF-8 bytes), rows in key order. It is for telling
/// that a copy is whole and unchanged, not a defence against tampering.
struct TableChecksum: Equatable, Sendable, CustomStringConvertible {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The number of rows added.
    private(set) var rows = 0

    /// Adds one row.
    mutating func add(_ row: [StoreValue]) {
        rows += 1
        for field in row {
            switch field {
            case .null: mix(0)
            case .integer(let number):
                mix(1)
                withUnsafeBytes(of: number.littleEndian) { for byte in $0 { mix(byte) } }
            case .real(let number):
                mix(2)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { for byte in $0 { mix(byte) } }
            case .text(let text):
                mix(3)
                for byte in text.utf8 { mix(byte) }
                mix(0xFF)
            case .blob(let data):
                mix(4)
                for byte in data { mix(byte) }
                mix(0xFF)
            }
        }
        mix(0xFE)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The checksum as 16 hexadecimal digits.
    var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
