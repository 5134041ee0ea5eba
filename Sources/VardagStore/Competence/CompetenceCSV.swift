import Foundation
import VardagDomain

/// The CSV layout shared by the mapping export and the import, so an exported file can be
/// edited in Excel and imported again.
///
/// Columns (`;`, UTF-8, BOM allowed): Id (Vardag's medarbetar-id, optional), Kommun, Enhet,
/// Team (ignored on import), Namn, Titel, Utbildning, Poäng, Utbildningsår, Bevis,
/// Övergång (employed as undersköterska on 2023-07-01), Steg 1 … Steg 5, Önskemål.
/// A step cell is empty, a date `YYYY-MM-DD`, or a date followed by ` V` for validering.
public enum CompetenceCSV {
    public static let header = [
        "Id", "Kommun", "Enhet", "Team", "Namn", "Titel", "Utbildning", "Poäng", "Utbildningsår", "Bevis", "Övergång",
        "Steg 1", "Steg 2", "Steg 3", "Steg 4", "Steg 5", "Önskemål",
    ]
    /// Columns an import file must have.
    public static let required: Set<String> = [
        "kommun", "enhet", "namn", "titel", "utbildning", "poäng", "bevis", "steg 1", "steg 2", "steg 3", "steg 4", "steg 5",
    ]
    static let optional: Set<String> = ["id", "team", "utbildningsår", "övergång", "önskemål"]

    /// A step cell's text.
    public static func stepCell(_ completion: StepCompletion?) -> String {
        guard let completion else { return "" }
        return completion.date.iso + (completion.validering ? " V" : "")
    }

    /// Reads a step cell.
    /// - Returns: nil for an empty cell, or (date, validering).
    /// - Throws: `CompetenceError.invalidDate`.
    static func parseStepCell(_ text: String) throws(CompetenceError) -> (LocalDate, Bool)? {
        if text.isEmpty { return nil }
        // Fast paths: a bare date, or a date and " V", read from the bytes without copying them.
        let count = text.utf8.count
        if count == 10, let date = bareDate(text.utf8) { return (date, false) }
        if count == 12, text.utf8.last == UInt8(ascii: "V"), let date = bareDate(text.utf8.prefix(11)) { return (date, true) }
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        var validering = false
        let upper = value.uppercased()
        if upper.hasSuffix(" V") || upper.hasSuffix("(V)") {
            validering = true
            value = String(value.dropLast(upper.hasSuffix("(V)") ? 3 : 2)).trimmingCharacters(in: .whitespaces)
        }
        do {
            return (try LocalDate.parse(value), validering)
        } catch {
            throw .invalidDate(.date, text)
        }
    }

    /// A step cell read from its bytes when it has the form exports write: empty,
    /// `YYYY-MM-DD`, or that and ` V`.
    /// - Returns: nil when the cell has another form (`parseStepCell` then reads its text);
    ///   `.some(nil)` for an empty cell.
    static func plainStepCell(_ bytes: ArraySlice<UInt8>) -> (LocalDate, Bool)?? {
        if bytes.isEmpty { return .some(nil) }
        if bytes.count == 10, let date = bareDate(bytes) { return (date, false) }
        if bytes.count == 12, bytes.last == UInt8(ascii: "V"), let date = bareDate(bytes.prefix(11)) { return (date, true) }
        return nil
    }

    /// A `YYYY-MM-DD` date from the first ten bytes when an eleventh, if any, is a space; or
    /// nil (then the slow path reports why).
    private static func bareDate(_ bytes: some Collection<UInt8>) -> LocalDate? {
        var year = 0, month = 0, day = 0
        var offset = 0
        for byte in bytes {
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 10:
                guard byte == UInt8(ascii: " ") else { return nil }
            default:
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte &- UInt8(ascii: "0"))
                if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
            }
            offset += 1
        }
        guard offset == 10 || offset == 11 else { return nil }
        return try? LocalDate(year: year, month: month, day: day)
    }

    /// Reads a yes/no cell: Ja/Nej, J/N, 1/0, x, empty (no).
    static func parseYesNo(_ text: String) -> Bool? {
        switch text {
        case "Ja": return true
        case "Nej", "": return false
        default: break
        }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "nej", "n", "0", "no", "false": return false
        case "ja", "j", "1", "x", "yes", "true": return true
        default: return nil
        }
    }
}
