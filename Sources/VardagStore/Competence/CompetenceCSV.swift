import Foundation
import VardagDomain

/// The CSV layout shared by the mapping export and the import, so an exported file can be
/// edited in Excel and imported again.
///
/// Columns (`;`, UTF-8, BOM allowed): Id (Vardag's medarbetar-id, optional), Kommun, Enhet,
/// Team (where `createMissing` adds a new person), Namn, Titel, Utbildning, Poäng, Utbildningsår, Bevis,
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
        // The forms exports write, read from the bytes without copying them.
        if let plain = plainStepCell(text.utf8) { return plain }
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
    static func plainStepCell<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> (LocalDate, Bool)?? {
        if bytes.isEmpty { return .some(nil) }
        let count = bytes.count
        if count == 10, let date = bareDate(bytes) { return (date, false) }
        if count == 12, bytes.last == UInt8(ascii: "V"), let date = bareDate(bytes.prefix(11)) { return (date, true) }
        return nil
    }

    /// A number of one to nine ASCII digits, nothing else; nil for any other form (the text
    /// path then reads it, or says what is wrong).
    static func plainNumber(_ bytes: some Collection<UInt8>) -> Int? {
        guard (1...9).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return value
    }

    /// Ja, Nej or an empty cell, exactly as exports write them; nil for other forms.
    static func exactYesNo(_ bytes: some Collection<UInt8>) -> Bool? {
        if bytes.isEmpty || bytes.elementsEqual("Nej".utf8) { return false }
        if bytes.elementsEqual("Ja".utf8) { return true }
        return nil
    }

    /// An education kind written exactly as its display name or code; nil for other forms
    /// (`EducationKind.parse` then reads the text).
    static func exactEducationKind(_ bytes: some Collection<UInt8>) -> EducationKind? {
        EducationKind.allCases.first { $0.displayName.utf8.elementsEqual(bytes) || $0.rawValue.utf8.elementsEqual(bytes) }
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

    /// Reads a yes/no cell: Ja or Nej in any case, or empty (no). Anything else (`X`, `1`,
    /// `J`) is refused rather than guessed at: the app offers only Ja and Nej.
    static func parseYesNo(_ text: String) -> Bool? {
        if let exact = exactYesNo(text.utf8) { return exact }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "nej": return false
        case "ja": return true
        default: return nil
        }
    }
}
