/// A refusal the app makes itself (a form's own check, not a domain rule), worded from
/// the catalogue, so that `ErrorText` and a form's failure display show it like any other.
protocol WordedError: Error {
    /// The message in the catalogue's language.
    func text(_ s: Strings) -> String
}
