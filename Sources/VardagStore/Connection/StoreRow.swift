/// One row a query returned: its values by position and by column name.
///
/// Reading a column as a non-optional type that the value does not fit (NULL, say) is a
/// programming error in the query and stops the program, as GRDB's rows did; read it as an
/// optional where NULL is allowed.
public struct StoreRow: Sendable {
    /// The column names, shared by every row of one result.
    public let columns: StoreColumns
    /// The values, in column order.
    public let values: [StoreValue]

    /// A row of a result.
    public init(columns: StoreColumns, values: [StoreValue]) {
        self.columns = columns
        self.values = values
    }

    /// How many columns the row has.
    public var count: Int { values.count }

    /// The value at a position (0-based), as a Swift type.
    public subscript<T: StoreValueConvertible>(_ index: Int) -> T {
        Self.convert(values[index], column: columns.names[index])
    }

    /// The value of a named column (case-insensitive, as SQL is), as a Swift type.
    public subscript<T: StoreValueConvertible>(_ name: String) -> T {
        guard let index = columns.index(of: name) else {
            preconditionFailure("no column \(name) in \(columns.names)")
        }
        return Self.convert(values[index], column: name)
    }

    /// The raw value of a named column, or nil when there is no such column.
    public func value(named name: String) -> StoreValue? {
        columns.index(of: name).map { values[$0] }
    }

    private static func convert<T: StoreValueConvertible>(_ value: StoreValue, column: String) -> T {
        guard let converted = T.fromStoreValue(value) else {
            preconditionFailure("column \(column) holds \(value), not \(T.self)")
        }
        return converted
    }
}

/// The column names of one result, with a lookup by name.
public final class StoreColumns: Sendable {
    /// The names as the query gave them.
    public let names: [String]
    private let positions: [String: Int]

    /// Columns with these names.
    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        self.positions = positions
    }

    /// The position of the first column with this name (ignoring case).
    public func index(of name: String) -> Int? {
        positions[name] ?? positions[name.lowercased()]
    }
}
