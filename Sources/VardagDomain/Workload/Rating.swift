import Foundation

/// A self-rating from 1 (very little) to 5 (very much): tidsåtgång, svårighetsgrad or the overall load.
public struct Rating: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1 to 5.
    public let value: Int

    /// The allowed values.
    public static let range = 1...5

    /// Makes a rating, refusing values outside 1–5.
    /// - Parameter value: the number.
    /// - Throws: `WorkloadError.ratingOutOfRange`.
    public init(_ value: Int) throws(WorkloadError) {
        guard Self.range.contains(value) else { throw .ratingOutOfRange(String(value)) }
        self.value = value
    }

    /// Parses a typed rating: one digit 1–5, surrounding spaces allowed.
    /// - Parameter text: the text.
    /// - Returns: the rating.
    /// - Throws: `WorkloadError.ratingOutOfRange` for anything else.
    public static func parse(_ text: String) throws(WorkloadError) -> Rating {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let number = Int(trimmed) else { throw .ratingOutOfRange(trimmed) }
        do { return try Rating(number) } catch { throw .ratingOutOfRange(trimmed) }
    }

    /// One step up, staying at 5.
    public var raised: Rating { Rating(clamping: value + 1) }
    /// One step down, staying at 1.
    public var lowered: Rating { Rating(clamping: value - 1) }

    /// A rating with the value clamped into 1–5.
    public init(clamping value: Int) {
        self.value = min(5, max(1, value))
    }

    public var description: String { String(value) }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        do { try self.init(value) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
