import Foundation

/// A non-negative or negative decimal with at most two decimals, kept exactly as a whole
/// number of hundredths: årsarbetare (FTE, e.g. 21.75) and hours (e.g. 1 234.5).
///
/// No floating point anywhere on the way in or out, so a figure read from a file, stored
/// and exported again is the same figure, and sums are exact.
public struct Hundredths: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The value in hundredths (21.75 is 2175).
    public var hundredths: Int

    /// - Parameter hundredths: the value in hundredths.
    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// A whole number.
    public init(whole: Int) {
        hundredths = whole * 100
    }

    /// Zero.
    public static let zero = Hundredths(hundredths: 0)

    /// How a text failed to read as a decimal.
    public enum ParseFailure: Error, Hashable, Sendable {
        /// Not a number at all.
        case notANumber
        /// More than two decimals.
        case tooManyDecimals
        /// Beyond `limit`.
        case tooLarge
    }

    /// The largest value accepted, in hundredths (ten million whole units).
    public static let limit = 1_000_000_000

    /// Reads `12`, `12,5`, `12.50`, `-3`, `1 234,5` (spaces, also no-break ones, between
    /// digit groups, as Swedish Excel writes them); a comma or a point is the decimal sign.
    /// - Throws: `ParseFailure`.
    public static func parse(_ text: String) throws(ParseFailure) -> Hundredths {
        let blanks: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\t"]
        var scalars = Array(text.unicodeScalars)
        while let first = scalars.first, blanks.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, blanks.contains(last) { scalars.removeLast() }
        var negative = false
        if let sign = scalars.first, sign == "-" || sign == "\u{2212}" || sign == "+" {
            negative = sign != "+"
            scalars.removeFirst()
        }
        var value = 0, decimals = 0
        var seenPoint = false, seenDigit = false, lastWasDigit = false
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                lastWasDigit = true
                seenDigit = true
                if seenPoint {
                    decimals += 1
                    // Zeros beyond two decimals change nothing; other digits would be lost.
                    if decimals > 2 {
                        if scalar == "0" { continue }
                        throw .tooManyDecimals
                    }
                }
                value = value * 10 + Int(scalar.value - 48)
                if value > limit * 10 { throw .tooLarge }
            case ",", ".":
                guard !seenPoint, lastWasDigit else { throw .notANumber }
                seenPoint = true
                lastWasDigit = false
            case _ where blanks.contains(scalar):
                // Between digit groups only: `1 234`.
                guard !seenPoint, lastWasDigit else { throw .notANumber }
                lastWasDigit = false
            default:
                throw .notANumber
            }
        }
        guard seenDigit, lastWasDigit else { throw .notANumber }
        let scaled = value * (decimals >= 2 ? 1 : decimals == 1 ? 10 : 100)
        guard scaled <= limit else { throw .tooLarge }
        return Hundredths(hundredths: negative ? -scaled : scaled)
    }

    /// `21.75`, `12.00`, `-3.50`: always two decimals, a point as the decimal sign.
    public var description: String { text(decimalSign: ".") }

    /// The value with two decimals and the given decimal sign (`,` in Swedish text).
    public func text(decimalSign: String) -> String {
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + decimalSign + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// The value as an exact `Decimal` (JSON writes it as a number, e.g. `21.75`).
    public var decimal: Decimal { Decimal(hundredths) / 100 }

    /// The value as a `Double`, for shares.
    public var double: Double { Double(hundredths) / 100 }

    public static func < (lhs: Hundredths, rhs: Hundredths) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Hundredths, rhs: Hundredths) -> Hundredths { Hundredths(hundredths: lhs.hundredths + rhs.hundredths) }

    /// Encoded as a JSON number (exact), decoded from a number or text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimal)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let value = try? Hundredths.parse(text) {
            self = value
            return
        }
        let number = try container.decode(Decimal.self)
        var scaled = number * 100, rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        self.init(hundredths: NSDecimalNumber(decimal: rounded).intValue)
    }
}
