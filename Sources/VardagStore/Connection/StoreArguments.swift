/// The parameters of one statement, in order (`?` or `?N` in the SQL).
public struct StoreArguments: ExpressibleByArrayLiteral, Sendable {
    /// The values, first parameter first.
    public private(set) var values: [StoreValue]

    /// Arguments from Swift values (nil is NULL).
    public init(arrayLiteral elements: (any StoreValueConvertible)?...) {
        values = elements.map { $0?.storeValue ?? .null }
    }

    /// Arguments from Swift values (nil is NULL).
    public init(_ elements: [(any StoreValueConvertible)?]) {
        values = elements.map { $0?.storeValue ?? .null }
    }

    /// Arguments from a sequence of one type (ids, say).
    public init<S: Sequence>(_ elements: S) where S.Element: StoreValueConvertible {
        values = elements.map(\.storeValue)
    }

    /// Arguments from values as they are.
    public init(values: [StoreValue] = []) {
        self.values = values
    }

    /// Whether there are no parameters.
    public var isEmpty: Bool { values.isEmpty }

    /// Appends the parameters of another list.
    public mutating func append(contentsOf other: StoreArguments) {
        values += other.values
    }

    /// The parameters of both lists, `left`'s first.
    public static func + (left: StoreArguments, right: StoreArguments) -> StoreArguments {
        StoreArguments(values: left.values + right.values)
    }

    /// Appends the parameters of another list.
    public static func += (left: inout StoreArguments, right: StoreArguments) {
        left.values += right.values
    }
}
