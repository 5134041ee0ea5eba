import Foundation

/// Rules of the time diary: minutes or 10-minute slots, at most a day per day, and the share of direct time.
public enum TimeDiary {
    /// Minutes in one slot.
    public static let slotMinutes = 10
    /// Minutes in a day.
    public static let dayMinutes = 24 * 60

    /// Whether text being typed can still become minutes `parseMinutes` reads: digits,
    /// then (after at least one digit) the start of a slot word (`s`, `r`, `ruta`, `rutor`,
    /// `slots`). The field refuses a key that breaks this, and says why, instead of
    /// taking a letter that only Enter would refuse.
    /// - Parameter text: the field's text after the key.
    /// - Returns: false when no further typing can make it valid.
    public static func couldBecomeMinutes(_ text: String) -> Bool {
        let trimmed = text.lowercased().drop { $0 == " " }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count).drop { $0 == " " }
        if rest.isEmpty { return true }
        guard !digits.isEmpty else { return false }
        return ["rutor", "ruta", "slots"].contains { $0.hasPrefix(rest) }
    }

    /// Parses minutes as typed: `90` (minutes) or `9s` / `9 rutor` (slots of 10 minutes).
    /// - Parameter text: the text.
    /// - Returns: minutes, 0–1440.
    /// - Throws: `WorkloadError.minutesOutOfRange`.
    public static func parseMinutes(_ text: String) throws(WorkloadError) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        var digits = trimmed
        var factor = 1
        for suffix in [" rutor", "rutor", " ruta", "ruta", " slots", "slots", "s", "r"] where trimmed.hasSuffix(suffix) {
            digits = String(trimmed.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            factor = slotMinutes
            break
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits) else {
            throw .minutesOutOfRange(trimmed)
        }
        // A huge slot count must be refused, not overflow (found by the fuzz test).
        let (minutes, overflow) = number.multipliedReportingOverflow(by: factor)
        guard !overflow, (0...dayMinutes).contains(minutes) else { throw .minutesOutOfRange(trimmed) }
        return minutes
    }

    /// The share of direct time, in percent rounded to whole numbers.
    /// - Parameter minutes: minutes per category.
    /// - Returns: 0–100, or nil when nothing is logged.
    public static func directPercent(_ minutes: [TimeCategory: Int]) -> Int? {
        let total = minutes.values.reduce(0, +)
        guard total > 0 else { return nil }
        let direct = minutes[.direkt] ?? 0
        return (direct * 200 + total) / (2 * total)
    }
}
