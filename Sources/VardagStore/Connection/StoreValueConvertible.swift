import Foundation

/// A Swift type the store binds as a statement parameter and reads from a column.
///
/// Reading is lenient in the ways SQL itself is: an integral real reads as an integer, an
/// integer as a real, 0/1 as a Boolean, and a number as its text; anything else that does
/// not fit reads as nil.
public protocol StoreValueConvertible {
    /// The value as a statement parameter.
    var storeValue: StoreValue { get }
    /// The Swift value of a column value, or nil when it does not fit this type.
    static func fromStoreValue(_ value: StoreValue) -> Self?
}

extension Int64: StoreValueConvertible {
    public var storeValue: StoreValue { .integer(self) }
    public static func fromStoreValue(_ value: StoreValue) -> Int64? {
        switch value {
        case .integer(let number): return number
        case .real(let number): return number.rounded() == number ? Int64(exactly: number) : nil
        case .text(let text): return Int64(text)
        case .null, .blob: return nil
        }
    }
}

extension Int: StoreValueConvertible {
    public var storeValue: StoreValue { .integer(Int64(self)) }
    public static func fromStoreValue(_ value: StoreValue) -> Int? {
        Int64.fromStoreValue(value).flatMap { Int(exactly: $0) }
    }
}

extension Int32: StoreValueConvertible {
    public var storeValue: StoreValue { .integer(Int64(self)) }
    public static func fromStoreValue(_ value: StoreValue) -> Int32? {
        Int64.fromStoreValue(value).flatMap { Int32(exactly: $0) }
    }
}

extension Double: StoreValueConvertible {
    public var storeValue: StoreValue { .real(self) }
    public static func fromStoreValue(_ value: StoreValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .real(let number): return number
        case .text(let text): return Double(text)
        case .null, .blob: return nil
        }
    }
}

extension Bool: StoreValueConvertible {
    public var storeValue: StoreValue { .integer(self ? 1 : 0) }
    public static func fromStoreValue(_ value: StoreValue) -> Bool? {
        switch value {
        case .integer(let number): return number != 0
        case .real(let number): return number != 0
        case .text(let text): return ["t", "true", "1"].contains(text) ? true : (["f", "false", "0"].contains(text) ? false : nil)
        case .null, .blob: return nil
        }
    }
}

extension String: StoreValueConvertible {
    public var storeValue: StoreValue { .text(self) }
    public static func fromStoreValue(_ value: StoreValue) -> String? {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .blob(let data): return String(data: data, encoding: .utf8)
        case .null: return nil
        }
    }
}

extension Data: StoreValueConvertible {
    public var storeValue: StoreValue { .blob(self) }
    public static func fromStoreValue(_ value: StoreValue) -> Data? {
        switch value {
        case .blob(let data): return data
        case .text(let text): return Data(text.utf8)
        case .null, .integer, .real: return nil
        }
    }
}

extension StoreValue: StoreValueConvertible {
    public var storeValue: StoreValue { self }
    public static func fromStoreValue(_ value: StoreValue) -> StoreValue? { value }
}

extension Optional: StoreValueConvertible where Wrapped: StoreValueConvertible {
    public var storeValue: StoreValue { self?.storeValue ?? .null }
    /// NULL reads as `.some(nil)`; a value that does not fit `Wrapped` reads as nil.
    public static func fromStoreValue(_ value: StoreValue) -> Wrapped?? {
        if value.isNull { return .some(nil) }
        return Wrapped.fromStoreValue(value).map { .some($0) }
    }
}

extension UInt8: StoreValueConvertible {
    public var storeValue: StoreValue { .integer(Int64(self)) }
    public static func fromStoreValue(_ value: StoreValue) -> UInt8? {
        Int64.fromStoreValue(value).flatMap { UInt8(exactly: $0) }
    }
}
