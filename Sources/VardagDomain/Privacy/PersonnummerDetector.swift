/// Finds text that looks like a Swedish personnummer or samordningsnummer, so a form can
/// warn before such text is stored in a free-text field.
///
/// Recognised shapes (digits not glued to other digits): `YYMMDD-XXXX`, `YYMMDD+XXXX`,
/// `YYMMDDXXXX`, `YYYYMMDD-XXXX`, `YYYYMMDD+XXXX` and `YYYYMMDDXXXX`.
///
/// To keep false alarms on ordinary numbers (phone numbers, case numbers, sums) rare, a
/// candidate must also have
/// - a real calendar date: month 01–12 and a day that exists in that month; for a
///   samordningsnummer the day is the real day + 60 (61–91). A six-digit date is accepted
///   when it exists in either 19YY or 20YY; an eight-digit date must be in 1800–2099;
/// - a valid Luhn check digit over the ten digits `YYMMDDNNNC`, as the Skatteverket
///   numbers have.
///
/// The trade-off, chosen on purpose: a mistyped number with a wrong check digit is not
/// flagged. The check is a reminder, not a guarantee; the forms also say that no brukare
/// names or identities belong there.
public enum PersonnummerDetector {
    /// All personnummer-like stretches in the text, in order.
    /// - Parameter text: free text as typed.
    /// - Returns: the matches; empty when none.
    public static func matches(in text: String) -> [PersonnummerMatch] {
        let chars = Array(text)
        var result: [PersonnummerMatch] = []
        var i = 0
        while i < chars.count {
            guard isDigit(chars[i]), i == 0 || !isDigit(chars[i - 1]) else { i += 1; continue }
            if let match = match(at: i, in: chars) {
                result.append(match)
                i += match.text.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// True when the text contains something that looks like a personnummer.
    public static func containsPersonnummer(_ text: String) -> Bool {
        !matches(in: text).isEmpty
    }

    /// The longest shape that fits at `start`: eight-digit dates first, then six.
    private static func match(at start: Int, in chars: [Character]) -> PersonnummerMatch? {
        for dateLength in [8, 6] {
            for separated in [true, false] {
                let length = dateLength + (separated ? 1 : 0) + 4
                guard start + length <= chars.count else { continue }
                if start + length < chars.count, isDigit(chars[start + length]) { continue }
                let slice = Array(chars[start..<(start + length)])
                let datePart = slice[0..<dateLength]
                let serial = slice[(length - 4)...]
                guard datePart.allSatisfy(isDigit), serial.allSatisfy(isDigit) else { continue }
                if separated, slice[dateLength] != "-" && slice[dateLength] != "+" { continue }
                let digits = (datePart + serial).compactMap { $0.wholeNumberValue }
                guard let samordning = validDate(digits.prefix(dateLength).map { $0 }) else { continue }
                guard luhnValid(Array(digits.suffix(10))) else { continue }
                return PersonnummerMatch(text: String(slice), offset: start, isSamordningsnummer: samordning)
            }
        }
        return nil
    }

    /// Whether the date digits name a real day; returns whether it is a samordningsnummer day, or nil.
    private static func validDate(_ d: [Int]) -> Bool? {
        let number = { (from: Int, count: Int) in d[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        let centuries: [Int]
        let offset: Int
        if d.count == 8 {
            let century = number(0, 2)
            guard (18...20).contains(century) else { return nil }
            centuries = [century]
            offset = 2
        } else {
            centuries = [19, 20]
            offset = 0
        }
        let yy = number(offset, 2)
        let month = number(offset + 2, 2)
        var day = number(offset + 4, 2)
        let samordning = day > 60
        if samordning { day -= 60 }
        guard (1...12).contains(month), day >= 1 else { return nil }
        for century in centuries where day <= daysIn(month: month, year: century * 100 + yy) {
            return samordning
        }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The Luhn check over ten digits: weights 2,1,2,1,… on the first nine; the tenth is the check digit.
    private static func luhnValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for (i, digit) in digits.prefix(9).enumerated() {
            let product = digit * (i % 2 == 0 ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10 == digits[9]
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
}
