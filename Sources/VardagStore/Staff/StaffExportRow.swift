import Foundation
import VardagDomain

/// One row of `vardag export staff --format json`: a unit's month, or the kommun's total,
/// with the small-group rule applied.
///
/// A hidden figure is `null`, and `visning` says why: `"för få"` (the group has the
/// threshold's people or fewer) or `"dold"` (hidden so that no hidden figure can be worked
/// out from the total); `"visas"` when shown. Sick leave shares and turnover are fractions
/// rounded to four decimals (0.0431 is 4.31 %); the hours and counts they come from are
/// there too, so a reader can compute them again. `personalomsattning` is `"saknas"` when
/// fewer than 9 of its 12 months have figures.
public struct StaffExportRow: Encodable, Hashable, Sendable {
    public var kommun: String
    /// The unit, or nil on the kommun's total row.
    public var enhet: String?
    public var manad: String
    /// `enhet` or `kommun` (the total).
    public var niva: String
    public var enheter: Int
    public var visning: String
    public var anstallda: Int
    public var arsarbetare: Hundredths
    public var vakanser: Int
    public var pagaendeRekryteringar: Int
    /// The month's figures, nil when hidden.
    public var figures: StaffFigures?
    /// The turnover, nil when hidden.
    public var turnover: StaffTurnover?

    /// The export row of a document row.
    public init(kommun: String, _ row: StaffPublicationRow) {
        self.kommun = kommun
        enhet = row.unitName
        manad = row.month.description
        niva = row.isTotal ? "kommun" : "enhet"
        enheter = row.units
        visning = row.visibility.rawValue
        anstallda = row.headcount
        arsarbetare = row.fte
        vakanser = row.vacancies
        pagaendeRekryteringar = row.openRecruitments
        figures = row.figures
        turnover = row.turnover
    }

    /// A fraction rounded to four decimals.
    static func rounded(_ share: Double?) -> Double? {
        share.map { ($0 * 10_000).rounded() / 10_000 }
    }

    private enum Key: String, CodingKey {
        case kommun, enhet, manad, niva, enheter, visning, anstallda, arsarbetare, vakanser, pagaendeRekryteringar
        case nyanstallda, slutatEgenBegaran, slutatPension, slutatVisstid, slutatAnnat, slutatTotalt
        case sjuktimmarKort, sjuktimmarLang, schemalagdaTimmar, sjukfranvaroKort, sjukfranvaroLang, sjukfranvaro
        case personalomsattning, omsattningManader, omsattningSlutat, omsattningMedelAnstallda
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kommun, forKey: .kommun)
        try c.encode(enhet, forKey: .enhet)
        try c.encode(manad, forKey: .manad)
        try c.encode(niva, forKey: .niva)
        try c.encode(enheter, forKey: .enheter)
        try c.encode(visning, forKey: .visning)
        try c.encode(anstallda, forKey: .anstallda)
        try c.encode(arsarbetare, forKey: .arsarbetare)
        try c.encode(vakanser, forKey: .vakanser)
        try c.encode(pagaendeRekryteringar, forKey: .pagaendeRekryteringar)
        let f = figures
        try c.encode(f?.newHires, forKey: .nyanstallda)
        try c.encode(f?.leftOwnRequest, forKey: .slutatEgenBegaran)
        try c.encode(f?.leftRetirement, forKey: .slutatPension)
        try c.encode(f?.leftFixedTerm, forKey: .slutatVisstid)
        try c.encode(f?.leftOther, forKey: .slutatAnnat)
        try c.encode(f?.leavers, forKey: .slutatTotalt)
        try c.encode(f?.sickHoursShort, forKey: .sjuktimmarKort)
        try c.encode(f?.sickHoursLong, forKey: .sjuktimmarLang)
        try c.encode(f?.scheduledHours, forKey: .schemalagdaTimmar)
        try c.encode(Self.rounded(f?.sickShareShort), forKey: .sjukfranvaroKort)
        try c.encode(Self.rounded(f?.sickShareLong), forKey: .sjukfranvaroLang)
        try c.encode(Self.rounded(f?.sickShare), forKey: .sjukfranvaro)
        if let turnover {
            if let rate = Self.rounded(turnover.rate) {
                try c.encode(rate, forKey: .personalomsattning)
            } else {
                try c.encode("saknas", forKey: .personalomsattning)
            }
            try c.encode(turnover.monthsWithFigures, forKey: .omsattningManader)
            try c.encode(turnover.leavers, forKey: .omsattningSlutat)
            try c.encode(Self.rounded(turnover.averageHeadcount), forKey: .omsattningMedelAnstallda)
        } else {
            try c.encodeNil(forKey: .personalomsattning)
            try c.encodeNil(forKey: .omsattningManader)
            try c.encodeNil(forKey: .omsattningSlutat)
            try c.encodeNil(forKey: .omsattningMedelAnstallda)
        }
    }
}
