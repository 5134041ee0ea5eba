import Foundation

/// One value as a database column or parameter holds it, whichever backend read it.
///
/// SQLite's storage classes; PostgreSQL values are read into the same five (integers of
/// any width as `integer`, `numeric` and floats as `real` or `integer`, booleans as 0/1),
/// so the store's reads are written once for both backends.
public enum StoreValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// Whether the value is SQL NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
