import CLibPQ
import Foundation

/// One result of a statement run on the server, read into `StoreRow`s.
///
/// Values come in PostgreSQL's text format and are read by their column type: integers
/// as `integer`, floats as `real`, `numeric` as an integer when it has no fraction,
/// booleans as 0/1, `bytea` as bytes, everything else as text.
final class PostgresResult {
    private let result: OpaquePointer
    /// The column names.
    let columns: StoreColumns
    /// The rows.
    let rowCount: Int
    private let columnTypes: [Oid]

    /// Takes over a successful libpq result (it is freed with this value).
    init(_ result: OpaquePointer) {
        self.result = result
        let columnCount = Int(PQnfields(result))
        columns = StoreColumns((0..<columnCount).map { String(cString: PQfname(result, CInt($0))) })
        columnTypes = (0..<columnCount).map { PQftype(result, CInt($0)) }
        rowCount = Int(PQntuples(result))
    }

    deinit {
        PQclear(result)
    }

    /// How many rows an INSERT, UPDATE or DELETE changed (0 for other statements).
    var changedRows: Int {
        Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    /// The row at a position.
    func row(_ index: Int) -> StoreRow {
        StoreRow(columns: columns, values: columnTypes.indices.map { value(row: index, column: $0) })
    }

    /// The rows one at a time.
    func cursor() -> StoreRowCursor {
        var next = 0
        return StoreRowCursor { [self] in
            guard next < rowCount else { return nil }
            defer { next += 1 }
            return row(next)
        }
    }

    private func value(row: Int, column: Int) -> StoreValue {
        let r = CInt(row), c = CInt(column)
        if PQgetisnull(result, r, c) != 0 { return .null }
        let text = String(cString: PQgetvalue(result, r, c))
        switch columnTypes[column] {
        case Self.int8, Self.int4, Self.int2, Self.oid:
            return Int64(text).map(StoreValue.integer) ?? .text(text)
        case Self.float8, Self.float4:
            return Double(text).map(StoreValue.real) ?? .text(text)
        case Self.numeric:
            if let integer = Int64(text) { return .integer(integer) }
            return Double(text).map(StoreValue.real) ?? .text(text)
        case Self.bool:
            return .integer(text == "t" ? 1 : 0)
        case Self.bytea:
            return .blob(Self.decodeHex(text))
        default:
            return .text(text)
        }
    }

    /// `bytea`'s hex output (`\x0a1b…`) as bytes.
    private static func decodeHex(_ text: String) -> Data {
        var bytes = Data()
        var high: UInt8?
        for unit in text.utf8.dropFirst(2) {
            let nibble: UInt8
            switch unit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = unit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = unit - UInt8(ascii: "a") + 10
            default: continue
            }
            if let first = high { bytes.append(first << 4 | nibble); high = nil } else { high = nibble }
        }
        return bytes
    }

    // The type OIDs of pg_type that are read as numbers.
    static let bool: Oid = 16, bytea: Oid = 17, int8: Oid = 20, int2: Oid = 21, int4: Oid = 23, oid: Oid = 26
    static let float4: Oid = 700, float8: Oid = 701, numeric: Oid = 1700, text: Oid = 25
}
