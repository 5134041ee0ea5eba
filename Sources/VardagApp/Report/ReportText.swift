import ReportKit
import VardagDomain

/// How the Rapport screen writes months and figures: as the nämnd report does, in the
/// catalogue's language, with plain spaces (a terminal cell for each character).
enum ReportText {
    /// "november 2026".
    static func monthName(_ month: StaffMonth, _ s: Strings) -> String {
        NamndPrintout.monthName(month, s)
    }

    /// The report's number format for the catalogue's language.
    static func number(_ s: Strings) -> ReportNumber { ReportNumber(s.language == .en ? .en : .sv) }

    /// A share as a percentage with one decimal: "7,4 %" or "7.4%".
    static func percent(_ share: Double, _ s: Strings) -> String {
        number(s).percent(share).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// A number with decimals ("41,50"), thousands apart by a plain space.
    static func decimal(_ value: Double, decimals: Int, _ s: Strings) -> String {
        number(s).format(value, decimals: decimals).replacingOccurrences(of: "\u{202F}", with: " ")
    }

    /// What a hidden figure shows, as in the report: "för få" for a small group, "dold" for
    /// a figure hidden so that no other can be worked out by subtraction.
    static func hidden(_ visibility: StaffVisibility, _ s: Strings) -> String {
        visibility == .tooFew ? s["report.fewPeople"] : s["report.namnd.protected"]
    }
}
