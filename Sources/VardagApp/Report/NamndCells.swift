import ReportKit
import VardagDomain

/// The cells of a public table: a figure about people shown only where its group's
/// visibility (`PublicGroupSuppression`) allows, else the words for why not.
struct NamndCells {
    /// The page's strings.
    let strings: Strings
    /// How numbers are written.
    let number: ReportNumber

    /// The figure, "för få" or "dold".
    /// - Parameters:
    ///   - visibility: the group's visibility.
    ///   - text: the figure as text, nil for nothing known ("–").
    func figure(_ visibility: StaffVisibility, _ text: @autoclosure () -> String?) -> ReportCell {
        switch visibility {
        case .tooFew: return .suppressed(strings["report.fewPeople"])
        case .protecting: return .suppressed(strings["report.namnd.protected"])
        case .shown: return text().map { .text($0) } ?? .empty
        }
    }

    /// A count as text.
    func count(_ value: Int) -> ReportCell { .text(String(value)) }

    /// A share of two counts, "–" when the whole is 0.
    func share(_ part: Int, of whole: Int) -> String? {
        whole == 0 ? nil : number.percent(Double(part) / Double(whole))
    }
}
