import Foundation

/// A cell of a JSON export that is a number where its text is one: "5" → 5,
/// "0.368" → 0.368, "60 %" → 0.6; anything else (an empty cell, "<5" for a suppressed
/// small group) stays text, so no value is lost or invented.
enum ExportNumber: Encodable, Equatable {
    case integer(Int)
    case decimal(Double)
    case text(String)

    /// Reads a cell.
    init(_ cell: String) {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if let integer = Int(trimmed) {
            self = .integer(integer)
        } else if trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)) {
            self = .decimal(percent / 100)
        } else if let decimal = Double(trimmed), decimal.isFinite, trimmed.contains(".") {
            self = .decimal(decimal)
        } else {
            self = .text(cell)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .decimal(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}
