import TerminalKit
import VardagDomain
import VardagStore

/// The form that sets the nämnd report's small-group threshold (groups of this many
/// people or fewer show "för få"): a whole number from 10 to 100, stored with its audit row.
struct StaffThresholdEditor: FormEditor {
    /// A threshold that is no whole number in range, worded at its field.
    struct Refusal: FieldFailure, WordedError {
        var fieldErrors: [(field: String, error: any Error)] { [("threshold", self)] }

        func text(_ s: Strings) -> String {
            s.format("rapport.threshold.range", StaffSuppression.minimumThreshold, StaffSuppression.maximumThreshold)
        }
    }

    var form: FormState

    /// A number: it can hold no personnummer or name.
    var personnummerFieldIds: [String]? { [] }
    var failureSummaryKey: String { "" }

    /// The form filled with the threshold in force.
    init(current: Int, strings s: Strings) {
        form = FormState(fields: [
            .text("threshold", label: s["rapport.threshold.label"], text: String(current), maxLength: 4),
        ])
    }

    /// Stores the threshold.
    /// - Returns: the threshold stored.
    /// - Throws: `Refusal` for a value that is no whole number from 10 to 100,
    ///   `AccessFailure.notAllowed` for a login that may not, the store's errors.
    mutating func save(context: AppContext) throws -> Int {
        guard let value = Int(form.value(of: "threshold").trimmingCharacters(in: .whitespaces)) else { throw Refusal() }
        do {
            try context.store.setStaffSuppressionThreshold(value)
        } catch is StaffSuppressionError {
            throw Refusal()
        }
        return value
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s["rapport.threshold.title"], hint: s["rapport.threshold.keys"], intro: s["rapport.threshold.intro"],
                maxWidth: 66, labelWidth: 22, fitsContent: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}
