import Foundation

/// Hours a vägledare gave to an assignment, the grain of the exchange ledger: typed as
/// hours with a decimal comma or point ("7,5"), kept as whole minutes.
public enum GuideHours {
    /// The most minutes one assignment may carry (1000 hours).
    public static let maxMinutes = 60_000

    /// Parses typed hours.
    /// - Parameter text: e.g. "7,5", "7.5", "12"; empty for not recorded.
    /// - Returns: the minutes (rounded to whole minutes), nil for empty, or the error.
    public static func parse(_ text: String) -> Result<Int?, DialogueError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if trimmed.isEmpty { return .success(nil) }
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), trimmed.filter({ $0 == "." }).count <= 1,
              let hours = Double(trimmed) else {
            return .failure(.invalidHours(max: maxMinutes / 60))
        }
        let minutes = Int((hours * 60).rounded())
        guard (0...maxMinutes).contains(minutes) else { return .failure(.invalidHours(max: maxMinutes / 60)) }
        return .success(minutes)
    }

    /// Minutes as hours with one decimal, "7,5" (Swedish) or "7.5".
    /// - Parameters:
    ///   - minutes: the minutes.
    ///   - comma: whether the decimal mark is a comma.
    public static func text(_ minutes: Int, comma: Bool = true) -> String {
        let tenths = (minutes * 10 + 30) / 60
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
