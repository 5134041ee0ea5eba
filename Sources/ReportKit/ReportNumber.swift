import Foundation

/// Numbers as a reader of the report's language writes them: a decimal comma and a thin
/// space between thousands in Swedish ("1 234,5 %"), a point and a comma in English.
public struct ReportNumber: Sendable {
    /// The report's language.
    public let language: ReportLanguage

    /// Makes a formatter for a language.
    public init(_ language: ReportLanguage) {
        self.language = language
    }

    /// A number with a fixed count of decimals.
    /// - Parameters:
    ///   - value: the number.
    ///   - decimals: how many decimals (0 for whole numbers).
    /// - Returns: the number as text, grouped by thousands.
    public func format(_ value: Double, decimals: Int = 0) -> String {
        let rounded = String(format: "%.\(decimals)f", abs(value))
        let parts = rounded.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var grouped = ""
        for (i, digit) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped += language == .sv ? "\u{202F}" : "," }
            grouped.append(digit)
        }
        let sign = value < 0 && rounded.contains(where: { $0 != "0" && $0 != "." }) ? "−" : ""
        guard parts.count == 2 else { return sign + grouped }
        return sign + grouped + (language == .sv ? "," : ".") + parts[1]
    }

    /// A share (0–1) as a percentage with one decimal: "12,5 %" or "12.5%".
    /// - Parameter share: the share.
    /// - Returns: the percentage as text.
    public func percent(_ share: Double, decimals: Int = 1) -> String {
        format(share * 100, decimals: decimals) + (language == .sv ? "\u{00A0}%" : "%")
    }
}

/// The language a report is written in.
public enum ReportLanguage: String, Sendable {
    case sv, en
}
