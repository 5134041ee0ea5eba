import VardagDomain

/// A refusal a form words itself, for a check it makes before the domain sees the value
/// (a date that does not parse, points that are not a number): the field it belongs to
/// and the catalogue key of what to say there.
///
/// A `FieldFailure` like the domain's, so `FormEditor` shows it at its field the same way.
struct FormRefusal: FieldFailure, WordedError {
    /// The id of the form field the refusal belongs to.
    let field: String
    /// The catalogue key of the message ("competence.form.badDate", say).
    let key: String

    var fieldErrors: [(field: String, error: any Error)] { [(field, self)] }

    func text(_ s: Strings) -> String { s[key] }
}
